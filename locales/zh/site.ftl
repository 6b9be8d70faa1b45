site-name = 帮助中心
site-tagline = 订单取消、付款与退款问题，一站解答
language-name = 中文

## 分类

category-payment-cancellations = 付款被取消
    .description = 了解付款或代付订单被取消的原因及解决方法。
category-cancelling-an-order = 取消订单
    .description = 如何取消电商平台订单或POS机申请。
category-after-cancellation = 取消之后
    .description = 恢复误取消的订单，顺利拿回退款。
category-for-merchants = 商家专区
    .description = 确认收货、提前收款和退款申请处理。

## 订单状态（与订单页面显示一致）

status-awaiting-payment = 待付款
status-awaiting-shipment = 待发货
status-shipped = 已发货
status-closed = 已关闭
status-awaiting-seller-confirmation = 等待卖家确认
status-seller-processing = 卖家处理中
status-payment-processing = 付款处理中
status-cancelled-by-administration = 已被平台取消

## 联系方式

contact-chat = 在线客服
    .details = 7×24小时在线。
contact-email = 电子邮件
    .details = 来信咨询，我们会通过邮件回复。请注明订单号。

## 取消问题向导：“被取消的是什么？”的选项，以及下一个问题

finder-order = 订单
    .description = 电商平台订单（如速卖通）：您想取消的订单，或已被取消的订单。
    .question = 您的订单显示什么状态？
finder-payment = 代付款项
    .description = 我们未能完成的支付宝付款或代付订单。
    .question = 以下哪种情况与您遇到的相符？
finder-application = POS机申请
    .description = 您想取消的POS机申请。
    .question = 您为什么想取消？
