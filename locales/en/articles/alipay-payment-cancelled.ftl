title = Why was my Alipay payment cancelled?
summary = The most common reasons we can’t complete an Alipay payment on your behalf, and what to do about each one.
intro = When we pay an Alipay order for you, a few things can stop the payment from going through. Don’t worry: find your case below, or contact us and we’ll tell you exactly why your payment was cancelled.

section-reasons = Common reasons

cause-verification-code = We couldn’t get your phone verification code
    .reason = To pay on your behalf we sometimes need to sign in to your Alipay account with a code sent to your phone, especially if you’ve never signed in on a computer. Our customer service calls you to get the code, and if we can’t reach you, the top-up fails.
    .solution = We’ll contact you again and ask you to resubmit the order.

cause-price-difference = The price has changed
    .reason = The amount you sent doesn’t match the seller’s final price. We can’t top up a different amount without checking with you first, so the payment was cancelled.
    .solution = Reply when our customer service contacts you, so we can confirm the final amount with you.
    .remark = If you sent too little, you’ll be asked to top up the difference. If you sent too much, the extra is returned to your account balance automatically.

cause-out-of-stock = The item is out of stock
    .reason = The seller ran out of stock and cancelled the order before we could pay for it.
    .solution = Before you submit an order, ask the seller to confirm they have enough stock.

cause-time-limited-offer = The offer has ended
    .reason = The order was part of a time-limited promotion, so it was cancelled automatically when the promotion ended. Alipay orders are processed by our supplier, so we can’t promise an exact processing time.
    .solution = Top up your Alipay account and pay for the order yourself.

cause-points-or-coupons = You used points or coupons
    .reason = We can’t pay on your behalf for goods bought with points or coupons.
    .solution = Remove the points or coupons, then resubmit the payment order in your Mypoz account.

cause-payment-password = There’s a problem with your payment password
    .reason = You haven’t set a payment password, or you’ve forgotten it.
    .solution = Set or reset your payment password yourself, then try again.

cause-seller-refund = The seller has refunded you
    .solution = The seller will let you know once the refund has been made. Tell us about it within { $weeks ->
        [one] a week
       *[other] { $weeks } weeks
    } so that we can verify it.

section-what-to-do = What you can do
remedy-ask-for-reason = Contact our customer service to find out exactly why your order was cancelled.
remedy-work-it-out = Work it out together with the seller or with our customer service.

section-how-long = How long it takes
deadline-problem-solved = We solve every payment problem within { $working_days ->
    [one] { $working_days } working day
   *[other] { $working_days } working days
}.

# Search keywords: words readers may search with that the text above does not use. Indexed,
# never shown.
keywords = alipay payment failed, payment declined, verification code, price difference, top up
