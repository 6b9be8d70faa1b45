title = 为什么我的支付宝付款被取消了？
summary = 我们无法为您代付支付宝订单的常见原因，以及每种情况的处理方法。
intro = 我们为您代付支付宝订单时，有几种情况可能导致付款失败。别担心：请在下方找到您遇到的情况，或直接联系我们，我们会告诉您付款被取消的具体原因。

section-reasons = 常见原因

cause-verification-code = 无法获取手机验证码
    .reason = 为了代您付款，我们有时需要用发送到您手机上的验证码登录您的支付宝账户，尤其是该账户从未在电脑上登录过时。客服会致电向您索取验证码，如果联系不上您，充值就会失败。
    .solution = 我们会再次联系您，请您重新提交订单。

cause-price-difference = 商品价格有变动
    .reason = 您汇入的金额与卖家的最终报价不一致。未经与您核实，我们无法按其他金额充值，因此付款被取消。
    .solution = 客服联系您时请及时回复，以便与您确认最终金额。
    .remark = 如果汇款不足，我们会请您补足差额；如果汇款多了，多出的部分默认退回您的账户余额。

cause-out-of-stock = 卖家缺货
    .reason = 卖家库存不足，在我们付款前就取消了订单。
    .solution = 提交订单前，请先向卖家确认库存是否充足。

cause-time-limited-offer = 限时活动已结束
    .reason = 该订单属于限时促销，活动结束时订单会同时被取消。支付宝订单由我们的供应商处理，因此我们无法保证准确的处理时间。
    .solution = 您可以自行为支付宝充值并完成付款。

cause-points-or-coupons = 使用了积分或优惠券
    .reason = 使用积分或优惠券购买的商品无法代付。
    .solution = 请去掉积分或优惠券，然后在Mypoz账户中重新提交付款订单。

cause-payment-password = 支付密码有问题
    .reason = 您尚未设置支付密码，或者忘记了密码。
    .solution = 请自行设置或重置支付密码，然后重试。

cause-seller-refund = 卖家已退款
    .solution = 卖家完成退款后会通知您。请在{ $weeks ->
        [1] 一周
       *[other] { $weeks }周
    }内告知我们，以便核实。

section-what-to-do = 您可以这样做
remedy-ask-for-reason = 联系客服，了解订单被取消的具体原因。
remedy-work-it-out = 与卖家或我们的客服一起协商解决。

section-how-long = 处理时间
deadline-problem-solved = 所有付款问题都会在{ $working_days }个工作日内解决。

# 搜索关键词：读者可能搜索、但正文中没有出现的词语。只用于搜索，不会显示。
keywords = 支付宝付款失败, 付款被拒, 验证码, 差价
