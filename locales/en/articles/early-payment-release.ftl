title = How do I get paid before delivery is confirmed?
summary = With early payment release you can receive a customer’s payment in advance, without waiting for delivery to be confirmed.
intro = Early payment release lets you receive your customers’ payments ahead of time, with no waiting period. It takes a few steps.

section-how-to-release = How to release a payment early
step-open-release-page = Sign in and, in the left-hand menu of your account home page, go to **Transaction management** › **Payment release in advance**.
step-check-amount-and-fee = Check how much you can release in advance and the service fee for it.
step-first-time = If this is your first time, fill in your personal profile and verify your mobile phone number.
    .detail = Then continue to the next step.
step-confirm-amount = Confirm the amount you want to release and select **I agree to the above and confirm**.
step-enter-password = Enter your password. The payment is now released to you.

section-good-to-know = Good to know
note-service-fee = Early release has a service fee. You’ll always see it, together with the amount, before you confirm.

# Search keywords: words readers may search with that the text above does not use. Indexed,
# never shown.
keywords = get paid early, early payment, payment before delivery, receive money sooner, release of funds
