title = 为什么我的代付订单被取消了？
summary = 被取消的代付订单分为三种。看看您属于哪一种，以及如何解决。

section-order-types = 三种被取消的订单
    .intro = 请在下方找到与您的订单对应的情况。

cause-wrong-details = 整个订单未处理
    .reason = 您提供的部分信息有误。
    .solution = 请用正确的信息重新提交订单，可以使用同一张付款凭证。

cause-promo-codes = 只完成了部分付款
    .reason = 订单使用了优惠码、优惠券或积分，导致付款无法完成。
    .solution = 请去掉优惠码、优惠券或积分，然后补足差额。

cause-recipient-account = 收款账户有问题
    .reason = 收款人账号或银行信息有误。
    .solution = 我们联系您核实时，请提供正确的信息。

section-good-to-know = 温馨提示
note-alipay-payments = 使用支付宝付款？另请参阅[支付宝付款被取消的原因](article:alipay-payment-cancelled#reasons)。

# 搜索关键词：读者可能搜索、但正文中没有出现的词语。只用于搜索，不会显示。
keywords = 代付订单被取消, 优惠券, 收款账户, 信息有误
