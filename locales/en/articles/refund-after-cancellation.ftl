title = When will I get my refund after a cancellation?
summary = Where your money goes after an order, a payment or a POS terminal application is cancelled, and how long a refund takes.
intro = How you get your money back depends on what was cancelled. Find your case below.

section-where-money-goes = Where your money goes
remedy-paid-order = **A paid marketplace order** (for example on AliExpress): once the order is closed, the money goes back to the payment method you used. See [what happens after you cancel](article:cancel-aliexpress-order#after-you-cancel).
remedy-pay-on-behalf = **A pay-on-behalf order**: if you sent more than the order cost, the extra goes back to your account balance; if you sent too little, you’ll be asked to top up the difference. See [price differences](article:alipay-payment-cancelled#price-difference).
remedy-pos-application = **A POS terminal application**: confirm with the provider how much you’ll get back and how, and return the POS terminal. See [what to do once it’s cancelled](article:cancel-pos-terminal-application#once-cancelled).

section-refund-times = How long a refund takes
deadline-paid-order-refund = A refund for a paid order arrives within { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of the order being closed.
deadline-report-seller-refund = If a seller refunds you for a pay-on-behalf order, let us know within { $weeks ->
        [one] a week
       *[other] { $weeks } weeks
    } so that we can verify it.
deadline-problem-solved = We solve any problem with a pay-on-behalf payment within { $working_days ->
        [one] { $working_days } working day
       *[other] { $working_days } working days
    }.

section-good-to-know = Good to know
note-refund-late = If your refund hasn’t arrived in time, contact us and have your order number ready.
note-admin-cancelled = If the platform cancelled your order because it suspected the seller of fraud, the order can’t be restored, but your money is protected. [Find out what to do](article:restore-cancelled-order#admin-cancelled).

# Search keywords: words readers may search with that the text above does not use. Indexed,
# never shown.
keywords = refund, money back, get my money back, reimbursement, repayment, when will I be refunded
