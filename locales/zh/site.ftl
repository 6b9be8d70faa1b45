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
