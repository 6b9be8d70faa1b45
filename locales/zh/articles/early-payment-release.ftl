title = 如何在确认收货前提前收款？
summary = 使用提前收款功能，无需等待买家确认收货，即可提前收到货款。
intro = 提前收款功能让您无需等待，即可提前收到买家的货款。只需几步即可完成。

section-how-to-release = 提前收款步骤
step-open-release-page = 登录账户，在账户首页左侧导航栏的**交易管理**中，点击**提前放款**。
step-check-amount-and-fee = 查看可提前收款的金额及相应的服务费。
step-first-time = 如果是首次使用该功能，请先完善个人资料并完成手机验证。
    .detail = 完成后进入下一步。
step-confirm-amount = 再次确认要提前收款的金额，然后选择**我同意以上内容并确认**。
step-enter-password = 输入密码，即可提前收到货款。

section-good-to-know = 温馨提示
note-service-fee = 提前收款需支付服务费。确认之前，页面会同时显示可提前收款的金额和服务费。

# 搜索关键词：读者可能搜索、但正文中没有出现的词语。只用于搜索，不会显示。
keywords = 提前收款, 提前放款, 提前拿到货款, 早点收到钱
