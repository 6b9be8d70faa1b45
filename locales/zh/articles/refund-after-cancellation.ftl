title = 取消后多久能拿到退款？
summary = 订单、付款或POS机申请取消后，款项会退到哪里、退款需要多长时间。
intro = 退款方式取决于被取消的是什么。请在下方找到您的情况。

section-where-money-goes = 款项退到哪里
remedy-paid-order = **已付款的电商平台订单**（如速卖通）：订单关闭后，款项按原支付方式退回。详见[取消订单之后](article:cancel-aliexpress-order#after-you-cancel)。
remedy-pay-on-behalf = **代付订单**：如果您汇入的金额多于订单金额，多出的部分退回您的账户余额；如果金额不足，我们会请您补足差额。详见[商品价格有变动](article:alipay-payment-cancelled#price-difference)。
remedy-pos-application = **POS机申请**：与服务商确认退款金额和退款方式，并退还POS机。详见[取消成功后](article:cancel-pos-terminal-application#once-cancelled)。

section-refund-times = 退款所需时间
deadline-paid-order-refund = 已付款订单的退款将在订单关闭后{ $weeks }周内到账。
deadline-report-seller-refund = 如果卖家为代付订单退了款，请在{ $weeks ->
        [1] 一周
       *[other] { $weeks }周
    }内告知我们，以便核实。
deadline-problem-solved = 代付订单出现任何问题，我们都会在{ $working_days }个工作日内解决。

section-good-to-know = 温馨提示
note-refund-late = 如果超过上述时间仍未收到退款，请准备好订单号并联系我们。
note-admin-cancelled = 如果平台因怀疑卖家欺诈而取消了订单，订单将无法恢复，但您的资金是安全的。[查看处理方法](article:restore-cancelled-order#admin-cancelled)。

# 搜索关键词：读者可能搜索、但正文中没有出现的词语。只用于搜索，不会显示。
keywords = 退钱, 退款, 钱什么时候退回, 退款到账, 返还
