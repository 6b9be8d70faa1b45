title = 误取消的订单还能恢复吗？
summary = 不小心取消了速卖通订单？能否恢复取决于订单状态。下面介绍每种情况的处理方法。
intro = 点错按钮在所难免。很多时候，误取消的订单很容易就能找回来。

section-by-status = 按订单状态处理
    .intro = 打开被取消的订单，查看订单状态，然后在下方找到对应的情况。
condition-resume-awaiting = 在订单页面点击**恢复订单**，订单就会照常继续处理。
condition-resume-processing = 订单页面上的**恢复订单**链接仍然有效，点击即可恢复订单。
condition-order-again = 卖家已确认取消，订单无法恢复。请将商品重新加入购物车，重新下单。
condition-admin-cancelled = 此订单无法恢复。平台怀疑卖家存在欺诈行为时，会主动取消订单，以保护您的资金安全。如有不明白的地方，请联系客服，客服会告诉您接下来该怎么做，以及如何拿回款项。

section-cancelled-at-checkout = 本想付款却点了取消？
    .intro = 如果付款时点错了按钮，订单在付款前就被取消了，这是最容易补救的情况之一：
step-add-to-cart = 将商品重新加入购物车。
step-check-out-again = 从头开始重新下单。
step-read-buttons = 点击按钮前，先看清按钮名称。

section-good-to-know = 温馨提示
note-seller-decides = 取消已付款的订单时，最终由卖家决定。如果卖家已经发货，取消就不会生效。
note-fraud-protection = 平台因怀疑卖家欺诈而取消订单，是为了保护您的资金：如果款项付给了不良卖家，您可能钱货两空。速卖通会严格审核每一位卖家、每一笔付款和每一次发货，只有在您确认收到商品且质量没有问题后，款项才会打给卖家。
note-support-round-the-clock = 不清楚订单出了什么问题？客服7×24小时在线，会告诉您下一步该怎么做。

# 搜索关键词：读者可能搜索、但正文中没有出现的词语。只用于搜索，不会显示。
keywords = 撤销取消, 恢复订单, 误取消, 重新下单
