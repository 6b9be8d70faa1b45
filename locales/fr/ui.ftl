skip-to-content = Aller au contenu principal
breadcrumb-label = Fil d’Ariane
home-link = Centre d’aide
language-switcher-label = Choisir la langue
home-heading = Comment pouvons-nous vous aider ?
home-intro = Découvrez pourquoi une commande ou un paiement a été annulé, ce que vous pouvez faire et quand vous récupérerez votre argent.
home-categories = Parcourir par thème
home-featured = Articles populaires
category-article-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
category-articles-heading = Articles de cette catégorie
article-updated = Dernière mise à jour : { $date }
article-contents = Sur cette page
cause-reason = Cause
cause-solution = Solution
cause-remark = Bon à savoir
condition-status = Statut de la commande
condition-action = Que faire
condition-not-possible = Impossible
related-heading = Articles liés
contact-heading = Besoin d’aide supplémentaire ?
contact-intro = Notre équipe d’assistance est là pour vous aider.
contact-option = { $name } : { $details }
fallback-page-notice = Cet article n’est pas encore disponible en français : il s’affiche donc dans une autre langue ({ $language }).
fallback-part-notice = Une partie de cet article n’est pas encore disponible en français et s’affiche { $code ->
    [en] en anglais
    [pl] en polonais
    [zh] en chinois
   *[other] dans une autre langue ({ $language })
}.
not-found-title = Page introuvable
not-found-body = Désolés, cette page est introuvable. Elle a peut-être été déplacée ou supprimée.
not-found-home = Revenir à l’accueil du Centre d’aide
footer-note = Centre d’aide : réponses sur les commandes annulées, les paiements et les remboursements.
root-title = Centre d’aide : choisissez votre langue
root-heading = Choisissez votre langue
root-intro = Centre d’aide en français
note-info-label = À noter
note-warning-label = Important
steps-label = Étapes
search-label = Rechercher dans le Centre d’aide
search-button = Rechercher
search-title = Recherche
search-all-articles = Tous les articles
search-no-results = Aucun article ne correspond à « { $query } ». Essayez d’autres mots ou parcourez tous les articles ci-dessous.
search-results-heading = Résultats pour « { $query } »
search-loading = Recherche en cours…
search-needs-server = La recherche fonctionne lorsque le site est servi par HTTP, et non ouvert depuis un fichier. Pour le prévisualiser avec la recherche, lancez `helpsite serve`. Tous les articles sont listés ci-dessous.
search-placeholder = Rechercher une réponse
search-results-count = Résultats : { $count }
search-see-all = Voir tous les résultats
search-results-label = Articles suggérés
home-finder = Trouvez votre réponse étape par étape
finder-link = Assistant d’annulation
finder-title = Que s’est-il passé ?
finder-intro = Répondez à deux questions pour savoir pourquoi c’est arrivé et ce que vous pouvez faire.
finder-step = Étape { $step } sur { $steps }
finder-question-cancelled = Qu’est-ce qui a été annulé ?
finder-status-title = Statut de la commande : { $status }
finder-timeframes = Délais
finder-read-article = Lire l’article complet :
finder-other-answer = Ce n’est pas votre cas ? Choisissez une autre réponse
finder-start-again = Recommencer
timeframes-link = Tous les délais en un coup d’œil
timeframes-title = Délais
timeframes-intro = Tous les délais, réunis en un seul endroit. Chaque délai renvoie aux articles qui le mentionnent.
timeframes-used-in = Mentionné dans :
