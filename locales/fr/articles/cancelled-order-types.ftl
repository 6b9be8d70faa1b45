title = Pourquoi mon ordre de paiement a-t-il été annulé ?
summary = Il existe trois types d’ordres de paiement annulés. Découvrez lequel vous concerne et comment y remédier.

section-order-types = Les trois types d’ordres annulés
    .intro = Consultez le message que nous vous avons envoyé au sujet de l’annulation, puis repérez le cas correspondant ci-dessous.

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
