title = When is delivery confirmed automatically?
summary = If a customer doesn’t confirm delivery, the system does it for them after a set time. Here’s when, and how you can speed things up.
intro = On platforms that pay you only once delivery is confirmed, such as PayPal or Taobao, you receive the money when the customer confirms that the order has arrived. Sometimes a customer can’t confirm delivery online, so the system does it automatically.

section-when-confirmed = When delivery is confirmed automatically
deadline-courier = Sent by courier: delivery is confirmed automatically { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the parcel is shipped.
deadline-ordinary-letter = Sent by ordinary letter: the delivery status is updated { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after shipping.

section-what-you-can-do = What you can do
remedy-remind-customer = If an order has been delivered but the customer hasn’t confirmed it, send them a friendly reminder.
remedy-check-settings = Check when you receive payments: sign in to your e-commerce platform account and update the payment receipt setting if you need to.

section-good-to-know = Good to know
note-get-paid-early = Don’t want to wait for delivery to be confirmed? You can [get paid in advance](article:early-payment-release).

# Search keywords: words readers may search with that the text above does not use. Indexed,
# never shown.
keywords = delivery confirmed automatically, auto confirm receipt, confirmation of delivery, buyer did not confirm
