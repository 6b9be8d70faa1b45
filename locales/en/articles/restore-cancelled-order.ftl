title = Can I restore an order I cancelled by mistake?
summary = Cancelled an AliExpress order by accident? Whether you can get it back depends on the order status. Here’s what to do in each case.
intro = Clicking the wrong button happens to the best of us. In many cases an order cancelled by mistake is easy to get back.

section-by-status = What to do, by order status
    .intro = Open the cancelled order and check its status, then find it below.
condition-resume-awaiting = Click **Resume order** on the order page. The order carries on as if you had never cancelled it.
condition-resume-processing = The **Resume order** link is still active on the order page. Click it to restore the order.
condition-order-again = The seller has confirmed the cancellation, so the order can’t be resumed. Add the items to your cart again and place a new order.
condition-admin-cancelled = This order can’t be restored. The platform cancels an order itself when it suspects the seller of fraud, to keep your money safe. If anything is unclear, contact support: they’ll explain what to do and how you’ll get your money back.

section-cancelled-at-checkout = Cancelled at checkout instead of paying?
    .intro = If you hit the wrong button while paying and the order was cancelled before any money was sent, this is one of the easiest cases to put right:
step-add-to-cart = Add the items to your cart again.
step-check-out-again = Go through checkout again from the start.
step-read-buttons = Read each button carefully before you click it.

section-good-to-know = Good to know
note-seller-decides = When you cancel a paid order, the seller makes the final decision. If they have already shipped it, the cancellation doesn’t go through.
note-fraud-protection = When the platform cancels an order because it suspects the seller of fraud, it’s protecting your money: had the payment reached a fraudulent seller, you could have lost both the goods and the money. AliExpress checks every seller, payment and delivery, and the seller is only paid once you confirm that the goods have arrived in good condition.
note-support-round-the-clock = Not sure what happened to your order? Support is available 24/7 and will tell you what to do next.

# Search keywords: words readers may search with that the text above does not use. Indexed,
# never shown.
keywords = undo a cancellation, cancelled by mistake, reopen my order, resume order, get my order back
