# Les textes de content/articles/cancel-an-order.yaml, en français. Chaque message traduit
# celui de locales/en/articles/cancel-an-order.ftl ; `helpsite check` signale ceux qui
# manquent ou dont le texte anglais a changé depuis.

title = Comment annuler une commande ?
summary = Vous pouvez annuler une commande tant qu’elle n’est pas expédiée. Voici comment, et quand vous êtes remboursé.

section-how = Annuler une commande
step-open-orders = Ouvrez **Mes commandes** et choisissez la commande.
step-choose-cancel = Sélectionnez **Annuler la commande**.
step-confirm = Choisissez un motif et confirmez.

section-by-status = Selon le statut de la commande
condition-not-shipped = Annulez-la comme indiqué ci-dessus : rien n’a encore quitté l’entrepôt.
condition-already-shipped = Elle ne peut plus être annulée. À sa réception, vous pourrez la retourner.

section-money-back = Être remboursé
deadline-refund = Le remboursement arrive sur votre compte { $days ->
        [one] dans la journée
       *[other] dans les { $days } jours
    } qui suivent l’annulation.
