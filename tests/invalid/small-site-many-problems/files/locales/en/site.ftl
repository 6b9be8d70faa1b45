site-name = Small help
site-tagline = Answers
language-name = English
category-payments = Payments
    .description = About payments.
status-shipped = Shipped
