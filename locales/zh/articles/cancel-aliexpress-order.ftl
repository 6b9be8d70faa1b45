title = 如何取消速卖通订单？
summary = 付款前后如何取消速卖通订单、取消后会怎样，以及退款何时到账。
intro = 改变主意了，或者对卖家不太放心？取消方式取决于您是否已经付款，以及订单是否已经发货。

section-can-i-cancel = 我的订单可以取消吗？

condition-unpaid = 不付款即可。订单在{ $days }天内未付款将自动关闭。在此期间，卖家可能会发消息询问您未付款的原因，并提供发货建议、其他付款方式、折扣或赠品。
condition-closed-unpaid = 订单已无法付款：**立即付款**按钮会变成**重新加入购物车**。如果您还想购买，点击它即可。
condition-paid-not-shipped = 您可以自行取消订单。已付款订单只有在此状态下才能取消，请在卖家发货前按照[如何取消已付款订单](article:cancel-aliexpress-order#how-to-cancel)中的步骤操作。
condition-already-shipped = 卖家发货后，订单就无法取消了。

section-how-to-cancel = 如何取消已付款订单
step-find-order = 进入**我的订单**，找到要取消的订单。
step-press-cancel = 点击**取消订单**。
    .detail = 付款通过核验后该按钮才可用，即付款{ $days }天后。
step-choose-reason = 在弹出的窗口中选择申请取消订单，选择取消原因并确认。
step-complaint = 决定是否投诉卖家。
    .detail = 如果是卖家的过错导致您取消订单，请在“是否要投诉该供应商？”处选择**是**，系统将发起标准纠纷。

section-after-you-cancel = 取消之后
deadline-seller-answer = 卖家须在{ $days }天内回应您的取消申请；逾期未回应，订单将自动关闭。
deadline-refund-arrives = 自订单关闭之日起{ $weeks }周内，款项将按原支付方式退回。

section-seller-says-shipped = 卖家称已经发货怎么办？
    .intro = 并非所有卖家都愿意取消已付款的订单。有些卖家会说包裹已经寄出，只是还没在系统中更新。请核实：
remedy-ask-for-tracking = 立即向卖家索要物流单号、发货照片或邮寄凭证扫描件。
remedy-open-dispute = 如果卖家不回复或提供的单号有误，您就有充分理由发起纠纷，而且此类纠纷通常很快就能解决。

section-good-to-know = 温馨提示
note-no-fine = 取消已付款的速卖通订单不会被罚款。不过，下单前最好考虑清楚，免得花时间办理取消。
note-cancelled-by-mistake = 不小心取消了订单？根据订单状态，您或许可以[恢复订单](article:restore-cancelled-order#by-status)。

# 搜索关键词：读者可能搜索、但正文中没有出现的词语。只用于搜索，不会显示。
keywords = 怎么取消订单, 取消订单, 不想要了
