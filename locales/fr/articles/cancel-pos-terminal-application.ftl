title = Comment annuler une demande de terminal de paiement ?
summary = Vous pouvez annuler une demande de terminal de paiement (TPE) en ligne, en agence ou par téléphone. Voici comment procéder, et ce qu’il reste à faire une fois la demande annulée.
intro = Vous avez demandé un terminal de paiement et changé d’avis ? Avant de commencer, vérifiez le statut de votre demande pour vous assurer qu’elle peut encore être annulée. Choisissez ensuite la méthode qui vous convient le mieux.

section-ways-to-cancel = Comment annuler
channel-online = En ligne
    .details = Connectez-vous à l’espace commerçant, sur le site ou dans l’application, ouvrez **Gestion des commandes** et retrouvez votre demande de terminal. Envoyez une demande d’annulation en indiquant le numéro de commande et le motif, suivez les instructions à l’écran, puis attendez que le service client l’examine et la confirme.
channel-branch = En agence
    .details = Présentez-vous en agence avec votre **pièce d’identité**, le **terminal de paiement** et votre **contrat**. Un conseiller effectuera l’annulation avec vous et vous expliquera chaque étape.
channel-hotline = Par téléphone
    .details = Appelez le service client et indiquez que vous souhaitez annuler votre demande. Vos informations personnelles vous seront demandées pour vérifier votre identité : gardez votre numéro de commande et les informations sur votre entreprise à portée de main. Si le service client est occupé, vous pouvez demander à convenir d’un rendez-vous pour discuter de votre demande en détail.

section-cancellation-steps = Faire la demande d’annulation
step-read-policy = Lisez les conditions d’annulation.
    .detail = Elles vous indiquent :
        - s’il existe un délai pour annuler après votre demande ;
        - quels moyens d’annulation sont à votre disposition ;
        - si des frais d’annulation s’appliquent, et dans quels cas ;
        - ce qui se passe ensuite, par exemple pour le remboursement ou la restitution de l’appareil.
step-fill-in-form = Remplissez le formulaire d’annulation en précisant le motif. Vérifiez que toutes les informations sont exactes, en particulier celles qui concernent votre identité.
step-pay-fee = Réglez les éventuels frais d’annulation.
    .detail = Selon les conditions, des frais d’annulation ou d’autres frais peuvent s’appliquer. Renseignez-vous sur leur montant et indiquez dans votre demande que vous acceptez de les payer.
step-wait-for-approval = Attendez la validation de l’annulation. Cela peut prendre un certain temps, selon la politique et les procédures du prestataire.

section-follow-up = Suivre votre demande
remedy-check-status = Vérifiez régulièrement l’état de votre demande. Un petit rappel envoyé de temps en temps par e-mail ou par SMS à votre interlocuteur vous évitera de manquer une information importante.
remedy-stay-in-touch = Si vous avez des questions en cours de route, contactez sans attendre le service client.
remedy-keep-records = Conservez une trace de tous vos échanges : appels, e-mails et SMS. Ils constituent des preuves à l’appui de votre demande et peuvent en accélérer le traitement.

section-once-cancelled = Une fois la demande annulée
remedy-confirm-refund = Vérifiez le montant du remboursement et la façon dont vous le recevrez. Si quelque chose n’est pas clair ou si le remboursement tarde, contactez le prestataire sans attendre.
remedy-return-device = Rendez le terminal de paiement en suivant les instructions du service client.
remedy-give-feedback = Donnez votre avis sur le déroulement de l’annulation : il aide les autres clients à savoir à quoi s’attendre, et le prestataire à s’améliorer.

section-common-reasons = Pourquoi annuler ?
    .intro = Quelle que soit votre raison, l’annulation est simple. Voici quelques-uns des motifs d’annulation :
cause-needs-changed = Vos besoins ont changé
    .reason = Un nouvel emploi ou d’autres préférences font que vous n’avez plus besoin du terminal. Annuler évite de gaspiller des ressources et vous permet de consacrer cet argent à quelque chose de mieux adapté.
cause-budget = Votre budget a changé
    .reason = Après avoir fait le point sur vos finances, vous préférez ne pas investir dans un terminal pour le moment et éviter des dépenses inutiles.
cause-better-offer = Vous avez trouvé une meilleure offre
    .reason = Un autre prestataire propose de meilleures conditions ou une promotion dont vous préférez profiter.
cause-new-technology = Vous voulez une technologie plus récente
    .reason = Les technologies de paiement évoluent vite, et le terminal demandé ne répond peut-être plus aux dernières normes.
cause-regulations = La loi ou la réglementation l’exige
    .reason = Certaines régions interdisent certains types de terminaux de paiement ou imposent aux entreprises des mesures de sécurité précises.

section-good-to-know = Bon à savoir
note-follow-the-rules = Annulez uniquement par les canaux officiels et respectez les règles du prestataire : vous éviterez ainsi des frais et des litiges inutiles.

# Mots-clés de recherche : des mots que les lecteurs peuvent chercher sans qu’ils figurent dans le
# texte. Indexés, jamais affichés.
keywords = terminal de paiement, TPE, lecteur de carte, annuler la demande de terminal
