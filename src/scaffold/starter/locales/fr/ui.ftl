# L’interface : chaque libellé affiché par les modèles, en français.

skip-to-content = Aller au contenu principal
breadcrumb-label = Fil d’Ariane
home-link = Centre d’aide
language-switcher-label = Choisir la langue
home-heading = Comment pouvons-nous vous aider ?
home-intro = Trouvez des réponses sur vos commandes, étape par étape.
home-categories = Parcourir par thème
home-featured = Articles populaires
category-article-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
category-articles-heading = Articles de cette catégorie
article-updated = Mis à jour le { $date }
article-contents = Sur cette page
cause-reason = Motif
cause-solution = Que faire
cause-remark = Bon à savoir
condition-status = Statut de la commande
condition-action = Que faire
condition-not-possible = Impossible
related-heading = Articles liés
contact-heading = Besoin d’aide ?
contact-intro = Notre service client se fera un plaisir de vous aider.
contact-option = { $name } : { $details }
fallback-page-notice = Cet article n’est pas encore disponible en français ; il est affiché en { $language }.
fallback-part-notice = Une partie de cet article n’est pas encore disponible en français ; elle est affichée { $code ->
    [en] en anglais
   *[other] dans une autre langue ({ $language })
}.
not-found-title = Page introuvable
not-found-body = Désolés, cette page est introuvable. Elle a peut-être été déplacée ou supprimée.
not-found-home = Aller à l’accueil du Centre d’aide
footer-note = Centre d’aide
root-title = Centre d’aide : choisissez votre langue
root-heading = Choisissez votre langue
root-intro = Centre d’aide en français
note-info-label = Remarque
note-warning-label = Important
steps-label = Étapes
search-label = Rechercher dans le Centre d’aide
search-button = Rechercher
search-title = Recherche
search-all-articles = Tous les articles
search-no-results = Aucun article ne correspond à « { $query } ». Essayez d’autres mots, ou parcourez tous les articles ci-dessous.
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
