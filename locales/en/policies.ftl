# The Timeframes page: a heading per topic and a sentence per policy of content/policies.yaml.
# Each sentence receives the policy's number as the variable named after its unit.

topic-marketplace-orders = Marketplace orders
policy-unpaid-order-closes = An order that isn’t paid within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } closes automatically.
policy-cancel-button-active = The **Cancel order** button of a paid order becomes active once the payment has been verified, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after you pay.
policy-seller-cancellation-reply = The seller has { $days ->
        [one] { $days } day
       *[other] { $days } days
    } to respond to a request to cancel a paid order. If they don’t respond in time, the order closes automatically.
policy-refund-paid-order = The money for a cancelled paid order is returned to the payment method you used within { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }, counted from the moment the order is closed.

topic-pay-on-behalf = Payments made on your behalf
policy-payment-problem-solved = We solve any problem with a payment made on your behalf within { $working_days ->
        [one] { $working_days } working day
       *[other] { $working_days } working days
    }.
policy-report-seller-refund = If a seller refunds you for an order we paid on your behalf, tell us within { $weeks ->
        [one] a week
       *[other] { $weeks } weeks
    } so that we can verify it.

topic-merchants = For merchants
policy-delivery-confirmed-courier = If the customer doesn’t confirm delivery, a parcel sent by courier is confirmed as delivered automatically { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after it is shipped.
policy-delivery-status-letter = The delivery status of an order sent by ordinary letter is updated { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after it is shipped.
policy-refund-request-processed = Sellers process a buyer’s refund request within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
