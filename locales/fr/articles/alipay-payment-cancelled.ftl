title = Pourquoi mon paiement Alipay a-t-il été annulé ?
summary = Les raisons les plus fréquentes pour lesquelles nous ne pouvons pas effectuer un paiement Alipay en votre nom, et que faire dans chaque cas.
intro = Lorsque nous réglons une commande Alipay pour vous, plusieurs raisons peuvent empêcher le paiement d’aboutir. Pas d’inquiétude : trouvez votre cas ci-dessous, ou contactez-nous et nous vous dirons précisément pourquoi votre paiement a été annulé.

section-reasons = Les raisons les plus fréquentes

cause-verification-code = Nous n’avons pas pu obtenir votre code de vérification
    .reason = Pour payer en votre nom, nous devons parfois nous connecter à votre compte Alipay avec un code envoyé sur votre téléphone, surtout si votre compte n’a jamais été utilisé sur un ordinateur. Notre service client vous appelle pour obtenir ce code ; si nous ne parvenons pas à vous joindre, la recharge échoue.
    .solution = Nous vous recontacterons pour vous demander de soumettre à nouveau la commande.

cause-price-difference = Le prix a changé
    .reason = Le montant envoyé ne correspond pas au prix final du vendeur. Nous ne pouvons pas recharger un montant différent sans vous consulter, c’est pourquoi le paiement a été annulé.
    .solution = Répondez à notre service client lorsqu’il vous contacte, afin que nous confirmions ensemble le montant final.
    .remark = Si vous avez envoyé trop peu, nous vous demanderons de compléter la différence. Si vous avez envoyé trop, le surplus est automatiquement reversé sur le solde de votre compte.

cause-out-of-stock = L’article est en rupture de stock
    .reason = Le vendeur n’avait plus de stock et a annulé la commande avant que nous puissions la payer.
    .solution = Avant de passer commande, demandez au vendeur de confirmer qu’il dispose d’un stock suffisant.

cause-time-limited-offer = L’offre a pris fin
    .reason = La commande faisait partie d’une promotion limitée dans le temps : elle a été annulée automatiquement à la fin de la promotion. Les commandes Alipay sont traitées par notre fournisseur, nous ne pouvons donc pas garantir de délai de traitement précis.
    .solution = Rechargez votre compte Alipay et réglez la commande vous-même.

cause-points-or-coupons = Vous avez utilisé des points ou des coupons
    .reason = Nous ne pouvons pas payer en votre nom des articles achetés avec des points ou des coupons.
    .solution = Retirez les points ou les coupons, puis soumettez à nouveau l’ordre de paiement depuis votre compte Mypoz.

cause-payment-password = Un problème de mot de passe de paiement
    .reason = Vous n’avez pas défini de mot de passe de paiement, ou vous l’avez oublié.
    .solution = Définissez ou réinitialisez vous-même votre mot de passe de paiement, puis réessayez.

cause-seller-refund = Le vendeur vous a remboursé
    .solution = Le vendeur vous préviendra une fois le remboursement effectué. Signalez-le-nous dans un délai { $weeks ->
        [one] d’une semaine
       *[other] de { $weeks } semaines
    } pour que nous puissions le vérifier.

section-what-to-do = Que faire ?
remedy-ask-for-reason = Contactez notre service client pour connaître la raison exacte de l’annulation.
remedy-work-it-out = Trouvez une solution avec le vendeur ou avec notre service client.

section-how-long = Délai de résolution
deadline-problem-solved = Nous résolvons tout problème de paiement sous { $working_days ->
        [one] { $working_days } jour ouvré
       *[other] { $working_days } jours ouvrés
    }.

# Mots-clés de recherche : des mots que les lecteurs peuvent chercher sans qu’ils figurent dans le
# texte. Indexés, jamais affichés.
keywords = paiement alipay refusé, paiement échoué, code de vérification, différence de prix
