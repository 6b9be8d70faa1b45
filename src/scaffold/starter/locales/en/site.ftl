# The site's own texts in English: its name, its language's name, and a name for each
# category, order status and contact option of content/site.yaml.

site-name = Help Centre
site-tagline = Answers about your orders
# The language's name in itself, for the language switcher.
language-name = English

category-orders = Orders
    .description = Placing, changing and cancelling orders.

status-awaiting-shipment = Awaiting shipment
status-shipped = Shipped

contact-email = Email
    .details = Write to us and we’ll reply by email.
