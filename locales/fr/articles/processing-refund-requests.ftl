title = Comment traiter les demandes de remboursement ?
summary = L’acheteur demande un remboursement depuis la page de la commande. Voici comment se déroule le processus et de combien de temps vous disposez pour y répondre.
intro = En ligne, l’acheteur ne peut pas essayer un produit avant de l’acheter : une procédure de remboursement claire est donc essentielle. Voici comment une demande de remboursement vous parvient et ce que vous devez faire.

section-how-it-works = Déroulement d’un remboursement
step-buyer-requests = L’acheteur se connecte à son compte, retrouve la commande et vous envoie une demande de remboursement.
step-seller-processes = Traitez la demande sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
step-buyer-notified = Une fois le remboursement effectué, l’acheteur reçoit une notification l’informant qu’il a été émis.

section-good-to-know = Bon à savoir
note-check-refund-settings = Le fonctionnement des remboursements dans votre boutique dépend des paramètres du système : vérifiez-les dans votre compte.

# Mots-clés de recherche : des mots que les lecteurs peuvent chercher sans qu’ils figurent dans le
# texte. Indexés, jamais affichés.
keywords = demande de remboursement acheteur, l’acheteur demande un remboursement, accepter un remboursement, vendeur
