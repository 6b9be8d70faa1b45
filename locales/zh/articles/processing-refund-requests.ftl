title = 如何处理退款申请？
summary = 买家在订单页面申请退款。了解退款流程，以及您需要在多长时间内处理。
intro = 网购时买家无法先试用商品，因此清晰的退款流程非常重要。下面介绍退款申请如何到达您这里，以及您需要做什么。

section-how-it-works = 退款流程
step-buyer-requests = 买家登录账户，找到相关订单，向您发起退款申请。
step-seller-processes = 请在{ $days }天内处理该申请。
step-buyer-notified = 退款成功后，买家会收到退款已发放的通知。

section-good-to-know = 温馨提示
note-check-refund-settings = 店铺的退款处理方式取决于系统设置，请在账户中检查相关设置。

# 搜索关键词：读者可能搜索、但正文中没有出现的词语。只用于搜索，不会显示。
keywords = 买家申请退款, 卖家处理退款, 同意退款
