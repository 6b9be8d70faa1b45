title = Why was my pay-on-behalf order cancelled?
summary = There are three kinds of cancelled pay-on-behalf orders. Find out which one applies to you and how to fix it.

section-order-types = The three kinds of cancelled orders
    .intro = Find the case that matches your order below.

cause-wrong-details = The whole order was not processed
    .reason = Some of the details you gave us were incorrect.
    .solution = Submit a new order with the correct details. You can use the same receipt.

cause-promo-codes = Only part of the payment went through
    .reason = You used promo codes, coupons or points, so the payment couldn’t be completed.
    .solution = Remove the promo codes, coupons or points, then pay the difference.

cause-recipient-account = There’s a problem with the recipient’s account
    .reason = The recipient’s account number or bank details are wrong.
    .solution = When we get in touch, send us the correct details.

section-good-to-know = Good to know
note-alipay-payments = Paying through Alipay? See [why an Alipay payment can be cancelled](article:alipay-payment-cancelled#reasons) for the reasons specific to Alipay.

# Search keywords: words readers may search with that the text above does not use. Indexed,
# never shown.
keywords = pay on behalf order cancelled, promo code, coupon, recipient account, wrong details
