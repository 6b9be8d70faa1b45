site-name = Centre d’aide
site-tagline = Commandes annulées, paiements et remboursements : toutes les réponses
language-name = Français

## Catégories

category-payment-cancellations = Paiements annulés
    .description = Pourquoi un paiement ou un ordre de paiement à régler en votre nom a été annulé, et comment y remédier.
category-cancelling-an-order = Annuler une commande
    .description = Comment annuler une commande sur une place de marché ou une demande de terminal de paiement.
category-after-cancellation = Après une annulation
    .description = Rétablir une commande annulée par erreur et récupérer votre argent.
category-for-merchants = Espace vendeurs
    .description = Confirmation de livraison, versement anticipé des paiements et demandes de remboursement.

## Statuts de commande, tels qu’ils s’affichent sur la page de la commande

status-awaiting-payment = En attente de paiement
status-awaiting-shipment = En attente d’expédition
status-shipped = Expédiée
status-closed = Clôturée
status-awaiting-seller-confirmation = En attente de confirmation du vendeur
status-seller-processing = En cours de traitement par le vendeur
status-payment-processing = Paiement en cours de traitement
status-cancelled-by-administration = Annulée par la plateforme

## Contact

contact-chat = Chat d’assistance
    .details = Nous sommes disponibles 24 h/24, 7 j/7.
contact-email = E-mail
    .details = Écrivez-nous et nous vous répondrons par e-mail. Pensez à indiquer votre numéro de commande.

## L’assistant d’annulation : les réponses à « Qu’est-ce qui a été annulé ? », et la question suivante

finder-order = Une commande
    .description = Une commande sur une place de marché, par exemple AliExpress : une commande que vous voulez annuler, ou qui a été annulée.
    .question = Quel statut votre commande affiche-t-elle ?
finder-payment = Un paiement effectué en votre nom
    .description = Un paiement Alipay ou un ordre de paiement à régler en votre nom que nous n’avons pas pu mener à bien.
    .question = Laquelle de ces situations correspond à la vôtre ?
finder-application = Une demande de terminal de paiement
    .description = Une demande de terminal de paiement que vous voulez annuler.
    .question = Pourquoi voulez-vous l’annuler ?
