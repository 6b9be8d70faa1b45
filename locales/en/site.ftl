site-name = Help Centre
site-tagline = Cancelled orders, payments and refunds, explained
language-name = English

## Categories

category-payment-cancellations = Cancelled payments
    .description = Why a payment or a pay-on-behalf order was cancelled, and how to put it right.
category-cancelling-an-order = Cancelling an order
    .description = How to cancel a marketplace order or a POS terminal application.
category-after-cancellation = After a cancellation
    .description = Restoring an order you cancelled by mistake and getting your money back.
category-for-merchants = For merchants
    .description = Delivery confirmation, early payment release and refund requests.

## Order statuses, as shown on the order page

status-awaiting-payment = Awaiting payment
status-awaiting-shipment = Awaiting shipment
status-shipped = Shipped
status-closed = Closed
status-awaiting-seller-confirmation = Awaiting seller confirmation
status-seller-processing = Seller processing the order
status-payment-processing = Payment being processed
status-cancelled-by-administration = Cancelled by the platform

## Contact options

contact-chat = Support chat
    .details = We’re here 24/7.
contact-email = Email
    .details = Write to us and we’ll reply by email. Please include your order number.

## The cancellation finder: the answers to “What was cancelled?”, and the next question

finder-order = An order
    .description = A marketplace order, for example on AliExpress: one you want to cancel, or one that was cancelled.
    .question = What status does your order show?
finder-payment = A payment made on your behalf
    .description = An Alipay payment or a pay-on-behalf order that we couldn’t complete.
    .question = Which of these matches what happened?
finder-application = A POS terminal application
    .description = An application for a POS terminal that you want to cancel.
    .question = Why do you want to cancel it?
