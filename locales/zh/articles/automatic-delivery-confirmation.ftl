title = 什么情况下会自动确认收货？
summary = 如果买家一直不确认收货，系统会在一定时间后自动确认。了解具体时间，以及您可以如何加快进度。
intro = 在PayPal、淘宝等确认收货后才向您付款的平台上，买家确认收到订单后您才能收到货款。有时买家无法在线确认收货，这时系统会自动确认。

section-when-confirmed = 自动确认收货的时间
deadline-courier = 快递发货：自发货之日起{ $days }天后，系统自动确认收货。
deadline-ordinary-letter = 平信寄送：自发货之日起{ $days }天后，系统自动更新收货状态。

section-what-you-can-do = 您可以这样做
remedy-remind-customer = 订单已送达但买家迟迟未确认收货时，可以友好地提醒买家确认。
remedy-check-settings = 检查收款时间设置：登录您的电商平台账户，根据需要修改收款时间设置。

section-good-to-know = 温馨提示
note-get-paid-early = 不想等买家确认收货？您可以[提前收款](article:early-payment-release)。

# 搜索关键词：读者可能搜索、但正文中没有出现的词语。只用于搜索，不会显示。
keywords = 自动确认收货, 确认收货, 买家没有确认收货
