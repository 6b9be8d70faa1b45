title = Puis-je rétablir une commande annulée par erreur ?
summary = Vous avez annulé une commande AliExpress par accident ? La possibilité de la rétablir dépend de son statut. Voici que faire dans chaque cas.
intro = Cliquer sur le mauvais bouton, ça arrive à tout le monde. Bien souvent, une commande annulée par erreur se récupère facilement.

section-by-status = Que faire selon le statut de la commande
    .intro = Ouvrez la commande annulée, regardez son statut, puis repérez-le ci-dessous.
condition-resume-awaiting = Cliquez sur **Reprendre la commande** sur la page de la commande. Elle suivra son cours comme si vous ne l’aviez jamais annulée.
condition-resume-processing = Le lien **Reprendre la commande** est toujours actif sur la page de la commande. Cliquez dessus pour la rétablir.
condition-order-again = Le vendeur a confirmé l’annulation : la commande ne peut plus être reprise. Ajoutez de nouveau les articles à votre panier et passez une nouvelle commande.
condition-admin-cancelled = Cette commande ne peut pas être rétablie. La plateforme annule d’elle-même une commande lorsqu’elle soupçonne le vendeur de fraude, afin de protéger votre argent. Si quelque chose n’est pas clair, contactez l’assistance : elle vous expliquera que faire et comment récupérer votre argent.

section-cancelled-at-checkout = Commande annulée au lieu d’être payée ?
    .intro = Si vous avez cliqué sur le mauvais bouton au moment de payer et que la commande a été annulée avant tout paiement, c’est l’un des cas les plus simples à rattraper :
step-add-to-cart = Ajoutez de nouveau les articles à votre panier.
step-check-out-again = Repassez commande depuis le début.
step-read-buttons = Lisez attentivement le libellé de chaque bouton avant de cliquer.

section-good-to-know = Bon à savoir
note-seller-decides = Lorsque vous annulez une commande payée, c’est le vendeur qui a le dernier mot. S’il l’a déjà expédiée, l’annulation n’aboutit pas.
note-fraud-protection = Quand la plateforme annule une commande parce qu’elle soupçonne le vendeur de fraude, c’est pour protéger votre argent : si le paiement était parvenu à un vendeur malhonnête, vous auriez pu perdre à la fois les articles et votre argent. AliExpress contrôle chaque vendeur, chaque paiement et chaque livraison, et le vendeur n’est payé qu’une fois que vous avez confirmé avoir reçu les articles en bon état.
note-support-round-the-clock = Vous ne savez pas ce qui est arrivé à votre commande ? L’assistance est joignable 24 h/24, 7 j/7 et vous dira quoi faire.

# Mots-clés de recherche : des mots que les lecteurs peuvent chercher sans qu’ils figurent dans le
# texte. Indexés, jamais affichés.
keywords = annuler l’annulation, commande annulée par erreur, reprendre la commande, rétablir
