title = Comment annuler une commande AliExpress ?
summary = Comment annuler une commande AliExpress avant ou après le paiement, ce qui se passe ensuite et quand vous récupérez votre argent.
intro = Vous avez changé d’avis, ou le vendeur ne vous inspire plus confiance ? La marche à suivre dépend de deux choses : avez-vous déjà payé, et la commande a-t-elle été expédiée ?

section-can-i-cancel = Puis-je annuler ma commande ?

condition-unpaid = Ne payez tout simplement pas. Une commande qui n’est pas payée sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } est clôturée automatiquement. D’ici là, le vendeur peut vous écrire pour savoir pourquoi vous n’avez pas payé et vous proposer des conseils de livraison, d’autres moyens de paiement, une remise ou un bonus.
condition-closed-unpaid = La commande ne peut plus être payée : le bouton **Payer maintenant** devient **Ajouter à nouveau au panier**. Utilisez-le si vous souhaitez finalement acheter l’article.
condition-paid-not-shipped = Vous pouvez annuler la commande vous-même. C’est le seul statut dans lequel une commande payée peut être annulée : agissez avant que le vendeur ne l’expédie, en suivant les étapes de la partie [Annuler une commande payée](article:cancel-aliexpress-order#how-to-cancel).
condition-already-shipped = Une fois la commande expédiée par le vendeur, elle ne peut plus être annulée.

section-how-to-cancel = Annuler une commande payée
step-find-order = Ouvrez **Mes commandes** et retrouvez la commande à annuler.
step-press-cancel = Cliquez sur **Annuler la commande**.
    .detail = Le bouton ne devient actif qu’une fois votre paiement vérifié, soit { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après le paiement.
step-choose-reason = Dans la fenêtre qui s’ouvre, choisissez de demander l’annulation, sélectionnez le motif et confirmez.
step-complaint = Décidez si vous souhaitez déposer une réclamation contre le vendeur.
    .detail = Si vous annulez à cause d’une faute du vendeur, répondez **Oui** à la question « Voulez-vous déposer une réclamation contre ce fournisseur ? ». Un litige standard est alors ouvert.

section-after-you-cancel = Et ensuite ?
deadline-seller-answer = Le vendeur dispose de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } pour répondre à votre demande d’annulation. Sans réponse de sa part dans ce délai, la commande est clôturée automatiquement.
deadline-refund-arrives = Votre argent est reversé sur le moyen de paiement utilisé sous { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } à compter de la clôture de la commande.

section-seller-says-shipped = Le vendeur affirme avoir déjà expédié la commande ?
    .intro = Tous les vendeurs n’acceptent pas volontiers d’annuler une commande payée. Certains affirment que le colis est déjà parti mais qu’il n’apparaît pas encore dans le système. Vérifiez-le :
remedy-ask-for-tracking = Demandez immédiatement au vendeur le numéro de suivi, une photo ou un scan du récépissé postal.
remedy-open-dispute = Si le vendeur ne répond pas ou fournit un numéro de suivi erroné, c’est un motif valable pour ouvrir un litige, et les litiges de ce type sont généralement réglés rapidement.

section-good-to-know = Bon à savoir
note-no-fine = Annuler une commande AliExpress déjà payée n’entraîne aucune pénalité. Mieux vaut tout de même bien réfléchir à vos achats pour ne pas perdre de temps à les annuler.
note-cancelled-by-mistake = Vous avez annulé une commande par erreur ? Selon son statut, vous pourrez peut-être [la rétablir](article:restore-cancelled-order#by-status).

# Mots-clés de recherche : des mots que les lecteurs peuvent chercher sans qu’ils figurent dans le
# texte. Indexés, jamais affichés.
keywords = annuler commande, annuler une commande avant expédition, renoncer à une commande
