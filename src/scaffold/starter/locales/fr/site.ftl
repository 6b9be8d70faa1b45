# Les textes propres au site, en français.

site-name = Centre d’aide
site-tagline = Des réponses sur vos commandes
language-name = Français

category-orders = Commandes
    .description = Passer, modifier et annuler une commande.

status-awaiting-shipment = En attente d’expédition
status-shipped = Expédiée

contact-email = E-mail
    .details = Écrivez-nous, nous vous répondrons par e-mail.
