title = How do I cancel a POS terminal application?
summary = You can cancel a POS terminal application online, in a branch or by phone. Here’s how, and what to do once it’s cancelled.
intro = Applied for a POS terminal and changed your mind? Before you start, check your application’s status to make sure it can still be cancelled. Then choose whichever way of cancelling suits you best.

section-ways-to-cancel = Ways to cancel
channel-online = Online
    .details = Sign in to the merchant platform on the website or in the app, open **Order management** and find your POS terminal application. Submit a cancellation request with the order number and your reason, follow the on-screen instructions and wait for customer service to review and confirm it.
channel-branch = In a branch
    .details = Bring your **ID card**, the **POS terminal** and your **contract** to a branch. Staff there will handle the cancellation with you and explain each step.
channel-hotline = By phone
    .details = Call the customer service hotline and say you want to cancel. You’ll be asked for your personal details to confirm your identity, so keep your order number and merchant details to hand. If customer service is busy, you can ask to book a time to discuss your request in detail.

section-cancellation-steps = How to apply for cancellation
step-read-policy = Read the cancellation policy.
    .detail = It tells you:
        - whether there’s a time limit for cancelling after you’ve applied
        - which ways of cancelling are available to you
        - whether a cancellation fee applies, and when
        - what happens afterwards, such as a refund or returning the device
step-fill-in-form = Fill in the cancellation form, including the reason you’re cancelling. Check that every detail, especially your identity details, is correct.
step-pay-fee = Pay any cancellation fee.
    .detail = Depending on the terms, there may be a cancellation fee or other charges. Make sure you know how much they are, and confirm in your application that you agree to pay them.
step-wait-for-approval = Wait for your cancellation to be approved. This can take some time, depending on the provider’s policy and procedures.

section-follow-up = Keep track of your request
remedy-check-status = Check the status of your request regularly. A short reminder by email or text message to your contact now and then makes sure you don’t miss an update.
remedy-stay-in-touch = If you have any questions along the way, contact customer service straight away.
remedy-keep-records = Keep a record of everything: calls, emails and text messages. It backs up your request and can help speed things up.

section-once-cancelled = Once your application is cancelled
remedy-confirm-refund = Confirm the amount of your refund and how you’ll receive it. If anything is unclear or the refund is late, get in touch straight away.
remedy-return-device = Return the POS terminal as instructed by customer service.
remedy-give-feedback = Leave feedback on how the cancellation went. It helps other customers know what to expect and helps the provider improve.

section-common-reasons = Why people cancel
    .intro = Whatever your reason, cancelling is straightforward. These are some of the reasons people cancel:
cause-needs-changed = Your needs have changed
    .reason = A new job or different preferences mean you no longer need the terminal. Cancelling avoids wasted resources and frees the money for something that suits you better.
cause-budget = Your budget has changed
    .reason = After reviewing your finances, you’d rather not invest in a POS terminal right now and want to avoid unnecessary costs.
cause-better-offer = You’ve found a better offer
    .reason = Another provider is offering better terms or a promotion you’d like to take up instead.
cause-new-technology = You want newer technology
    .reason = Payment technology moves fast, and the terminal you applied for may no longer meet the latest standards.
cause-regulations = Laws or regulations require it
    .reason = Some regions don’t allow certain types of POS terminal, or require businesses to use specific security measures.

section-good-to-know = Good to know
note-follow-the-rules = Cancel only through the official channels and follow the provider’s rules. This way you avoid unnecessary charges and disputes.

# Search keywords: words readers may search with that the text above does not use. Indexed,
# never shown.
keywords = card machine application, card reader, payment terminal, POS, withdraw my application
