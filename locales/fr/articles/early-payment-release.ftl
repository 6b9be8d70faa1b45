title = Comment recevoir un paiement avant la confirmation de livraison ?
summary = Le versement anticipé vous permet de recevoir le paiement d’un client à l’avance, sans attendre la confirmation de livraison.
intro = Le versement anticipé vous permet de recevoir les paiements de vos clients plus tôt, sans délai d’attente. Il suffit de quelques étapes.

section-how-to-release = Demander un versement anticipé
step-open-release-page = Connectez-vous puis, dans le menu de gauche de la page d’accueil de votre compte, ouvrez **Gestion des transactions** › **Versement anticipé**.
step-check-amount-and-fee = Consultez le montant que vous pouvez recevoir à l’avance et les frais de service correspondants.
step-first-time = Si vous utilisez cette fonction pour la première fois, complétez votre profil et validez votre numéro de téléphone portable.
    .detail = Passez ensuite à l’étape suivante.
step-confirm-amount = Confirmez le montant à verser et sélectionnez **J’accepte les conditions ci-dessus et je confirme**.
step-enter-password = Saisissez votre mot de passe. Le paiement vous est alors versé.

section-good-to-know = Bon à savoir
note-service-fee = Le versement anticipé est payant. Les frais de service s’affichent toujours avec le montant, avant que vous ne confirmiez.

# Mots-clés de recherche : des mots que les lecteurs peuvent chercher sans qu’ils figurent dans le
# texte. Indexés, jamais affichés.
keywords = être payé avant la livraison, paiement anticipé, recevoir l’argent plus tôt, versement anticipé
