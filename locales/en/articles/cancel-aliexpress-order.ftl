title = How do I cancel an AliExpress order?
summary = How to cancel an AliExpress order before or after paying, what happens next and when you get your money back.
intro = Changed your mind, or not sure about the seller any more? How you cancel depends on whether you’ve already paid and whether the order has been shipped.

section-can-i-cancel = Can I cancel my order?

condition-unpaid = Simply don’t pay. If an order isn’t paid within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, it closes automatically. Until then, the seller may message you to ask why you haven’t paid, and may offer shipping advice, other payment options, a discount or a bonus.
condition-closed-unpaid = The order can no longer be paid: the **Pay now** button turns into **Add to cart again**. Use it if you decide you want the item after all.
condition-paid-not-shipped = You can cancel the order yourself. This is the only status in which a paid order can be cancelled, so act before the seller ships it. Follow the steps under [How to cancel a paid order](article:cancel-aliexpress-order#how-to-cancel).
condition-already-shipped = Once the seller has shipped the order, it can no longer be cancelled.

section-how-to-cancel = How to cancel a paid order
step-find-order = Go to **My orders** and find the order you want to cancel.
step-press-cancel = Click **Cancel order**.
    .detail = The button becomes active only after your payment has been verified, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after you pay.
step-choose-reason = In the window that opens, choose to request cancellation, select your reason and confirm.
step-complaint = Decide whether to file a complaint about the seller.
    .detail = If you’re cancelling because of something the seller did wrong, answer **Yes** to ‘Do you want to file a complaint against this supplier?’. This opens a standard dispute.

section-after-you-cancel = What happens next
deadline-seller-answer = The seller has { $days ->
        [one] { $days } day
       *[other] { $days } days
    } to respond to your cancellation request. If they don’t respond in time, the order closes automatically.
deadline-refund-arrives = Your money is returned to the payment method you used within { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }, counted from the moment the order is closed.

section-seller-says-shipped = What if the seller says the order has already shipped?
    .intro = Not every seller is happy to cancel a paid order. Some say the parcel has already been sent but hasn’t shown up in the system yet. Check that this is true:
remedy-ask-for-tracking = Ask the seller straight away for the tracking number, a photo or a scan of the postal receipt.
remedy-open-dispute = If the seller doesn’t reply or gives you a wrong tracking number, that’s good grounds for opening a dispute, and disputes like this are usually settled quickly.

section-good-to-know = Good to know
note-no-fine = There’s no penalty for cancelling a paid AliExpress order. Still, it’s worth thinking purchases through so you don’t have to spend time cancelling them.
note-cancelled-by-mistake = Cancelled an order by mistake? Depending on its status, you may be able to [restore it](article:restore-cancelled-order#by-status).

# Search keywords: words readers may search with that the text above does not use. Indexed,
# never shown.
keywords = cancel an order, cancel before shipping, stop an order, call off my order
