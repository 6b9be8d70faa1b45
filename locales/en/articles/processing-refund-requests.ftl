title = How do I handle refund requests?
summary = Buyers request refunds from the order page. Here’s how the process works and how long you have to respond.
intro = Buyers can’t try products before buying online, so a clear refund process matters. This is how a refund request reaches you and what you need to do.

section-how-it-works = How a refund works
step-buyer-requests = The buyer signs in, finds the order and sends you a refund request.
step-seller-processes = Process the request within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
step-buyer-notified = Once the refund has gone through, the buyer is notified that it has been issued.

section-good-to-know = Good to know
note-check-refund-settings = How refunds work for your shop depends on your system settings, so check them in your account.

# Search keywords: words readers may search with that the text above does not use. Indexed,
# never shown.
keywords = buyer asks for a refund, customer refund request, refund request from a buyer, approve a refund
