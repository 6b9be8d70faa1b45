title = Quand vais-je récupérer mon argent après une annulation ?
summary = Où va votre argent après l’annulation d’une commande, d’un paiement ou d’une demande de terminal de paiement, et en combien de temps vous êtes remboursé.
intro = La façon dont vous récupérez votre argent dépend de ce qui a été annulé. Trouvez votre cas ci-dessous.

section-where-money-goes = Où va votre argent
remedy-paid-order = **Commande payée sur une place de marché** (par exemple AliExpress) : une fois la commande clôturée, l’argent est reversé sur le moyen de paiement utilisé. Voir [ce qui se passe après l’annulation](article:cancel-aliexpress-order#after-you-cancel).
remedy-pay-on-behalf = **Ordre de paiement à régler en votre nom** : si vous avez envoyé plus que le montant de la commande, le surplus est reversé sur le solde de votre compte ; si vous avez envoyé trop peu, nous vous demanderons de compléter la différence. Voir [les écarts de prix](article:alipay-payment-cancelled#price-difference).
remedy-pos-application = **Demande de terminal de paiement** : vérifiez auprès du prestataire le montant qui vous sera remboursé et le mode de remboursement, et rendez le terminal. Voir [que faire une fois la demande annulée](article:cancel-pos-terminal-application#once-cancelled).

section-refund-times = Délais de remboursement
deadline-paid-order-refund = Le remboursement d’une commande payée arrive dans { $weeks ->
        [one] la semaine
       *[other] les { $weeks } semaines
    } suivant la clôture de la commande.
deadline-report-seller-refund = Si un vendeur vous rembourse un achat que nous avons réglé en votre nom, prévenez-nous dans un délai { $weeks ->
        [one] d’une semaine
       *[other] de { $weeks } semaines
    } pour que nous puissions le vérifier.
deadline-problem-solved = Nous résolvons tout problème lié à un paiement effectué en votre nom sous { $working_days ->
        [one] { $working_days } jour ouvré
       *[other] { $working_days } jours ouvrés
    }.

section-good-to-know = Bon à savoir
note-refund-late = Si votre remboursement n’est pas arrivé dans ce délai, contactez-nous en gardant votre numéro de commande à portée de main.
note-admin-cancelled = Si la plateforme a annulé votre commande parce qu’elle soupçonnait le vendeur de fraude, la commande ne peut pas être rétablie, mais votre argent est protégé. [Voir la marche à suivre](article:restore-cancelled-order#admin-cancelled).

# Mots-clés de recherche : des mots que les lecteurs peuvent chercher sans qu’ils figurent dans le
# texte. Indexés, jamais affichés.
keywords = rembourser, remboursement, récupérer mon argent, être remboursé, argent rendu
