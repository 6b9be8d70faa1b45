topic-marketplace-orders = 电商平台订单
policy-unpaid-order-closes = 订单在{ $days }天内未付款将自动关闭。
policy-cancel-button-active = 已付款订单的**取消订单**按钮在付款通过核验后才可用，即付款{ $days }天后。
policy-seller-cancellation-reply = 卖家须在{ $days }天内回应已付款订单的取消申请；逾期未回应，订单将自动关闭。
policy-refund-paid-order = 已付款订单取消后，款项自订单关闭之日起{ $weeks }周内按原支付方式退回。

topic-pay-on-behalf = 代付
policy-payment-problem-solved = 代付出现任何问题，我们都会在{ $working_days }个工作日内解决。
policy-report-seller-refund = 如果卖家为我们代付的订单退了款，请在{ $weeks ->
        [1] 一周
       *[other] { $weeks }周
    }内告知我们，以便核实。

topic-merchants = 商家专区
policy-delivery-confirmed-courier = 买家未确认收货时，快递包裹自发货之日起{ $days }天后由系统自动确认收货。
policy-delivery-status-letter = 平信寄送的订单自发货之日起{ $days }天后，系统自动更新收货状态。
policy-refund-request-processed = 卖家须在{ $days }天内处理买家的退款申请。
