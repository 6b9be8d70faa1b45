title = Pourquoi l’ordre de paiement à régler en mon nom a-t-il été annulé ?
summary = Un ordre de paiement à régler en votre nom peut être annulé dans trois cas. Découvrez celui qui vous concerne et comment y remédier.

section-order-types = Les trois types d’ordres annulés
    .intro = Repérez ci-dessous le cas qui correspond à votre ordre de paiement.

cause-wrong-details = L’ordre n’a pas été traité du tout
    .reason = Certaines des informations fournies étaient incorrectes.
    .solution = Soumettez un nouvel ordre avec les bonnes informations. Vous pouvez réutiliser le même justificatif de paiement.

cause-promo-codes = Seule une partie du paiement a été effectuée
    .reason = Des codes promo, des coupons ou des points ont été utilisés : le paiement n’a donc pas pu aboutir.
    .solution = Retirez les codes promo, coupons ou points, puis réglez la différence.

cause-recipient-account = Un problème avec le compte du bénéficiaire
    .reason = Le numéro de compte du bénéficiaire ou les coordonnées bancaires sont erronés.
    .solution = Lorsque nous vous contacterons, transmettez-nous les bonnes coordonnées.

section-good-to-know = Bon à savoir
note-alipay-payments = Vous payez avec Alipay ? Découvrez aussi [pourquoi un paiement Alipay peut être annulé](article:alipay-payment-cancelled#reasons).

# Mots-clés de recherche : des mots que les lecteurs peuvent chercher sans qu’ils figurent dans le
# texte. Indexés, jamais affichés.
keywords = ordre de paiement annulé, code promo, coupon, compte du destinataire
