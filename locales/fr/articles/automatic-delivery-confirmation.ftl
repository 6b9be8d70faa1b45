title = Quand la livraison est-elle confirmée automatiquement ?
summary = Si le client ne confirme pas la livraison, le système le fait à sa place au bout d’un certain temps. Voici quand, et comment vous pouvez accélérer les choses.
intro = Sur les plateformes qui ne vous paient qu’une fois la livraison confirmée, comme PayPal ou Taobao, vous recevez l’argent lorsque le client confirme avoir reçu sa commande. Il arrive qu’un client ne puisse pas confirmer la livraison en ligne : le système la confirme alors automatiquement.

section-when-confirmed = Quand la confirmation est-elle automatique ?
deadline-courier = Envoi par transporteur : la livraison est confirmée automatiquement { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après l’expédition.
deadline-ordinary-letter = Envoi par lettre simple : le statut de livraison est mis à jour { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après l’expédition.

section-what-you-can-do = Ce que vous pouvez faire
remedy-remind-customer = Si une commande a été livrée mais que le client n’a pas confirmé la réception, envoyez-lui un petit rappel.
remedy-check-settings = Vérifiez quand vous recevez vos paiements : connectez-vous à votre compte sur votre plateforme de vente en ligne et modifiez si besoin le paramètre de délai de réception des paiements.

section-good-to-know = Bon à savoir
note-get-paid-early = Vous ne voulez pas attendre la confirmation de livraison ? Vous pouvez [recevoir vos paiements à l’avance](article:early-payment-release).

# Mots-clés de recherche : des mots que les lecteurs peuvent chercher sans qu’ils figurent dans le
# texte. Indexés, jamais affichés.
keywords = confirmation de livraison automatique, confirmation de réception, l’acheteur n’a pas confirmé
