topic-marketplace-orders = Commandes sur une place de marché
policy-unpaid-order-closes = Une commande qui n’est pas payée sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } est clôturée automatiquement.
policy-cancel-button-active = Le bouton **Annuler la commande** d’une commande payée ne devient actif qu’une fois le paiement vérifié, soit { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après le paiement.
policy-seller-cancellation-reply = Le vendeur dispose de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } pour répondre à une demande d’annulation d’une commande payée. Sans réponse de sa part dans ce délai, la commande est clôturée automatiquement.
policy-refund-paid-order = L’argent d’une commande payée puis annulée est reversé sur le moyen de paiement utilisé sous { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } à compter de la clôture de la commande.

topic-pay-on-behalf = Paiements effectués en votre nom
policy-payment-problem-solved = Nous résolvons tout problème lié à un paiement effectué en votre nom sous { $working_days ->
        [one] { $working_days } jour ouvré
       *[other] { $working_days } jours ouvrés
    }.
policy-report-seller-refund = Si un vendeur vous rembourse un achat que nous avons réglé en votre nom, prévenez-nous dans un délai { $weeks ->
        [one] d’une semaine
       *[other] de { $weeks } semaines
    } pour que nous puissions le vérifier.

topic-merchants = Espace vendeurs
policy-delivery-confirmed-courier = Si le client ne confirme pas la réception, la livraison d’un colis envoyé par transporteur est confirmée automatiquement { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après l’expédition.
policy-delivery-status-letter = Le statut de livraison d’une commande envoyée par lettre simple est mis à jour { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après l’expédition.
policy-refund-request-processed = Le vendeur traite la demande de remboursement d’un acheteur sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
