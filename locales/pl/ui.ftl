skip-to-content = Przejdź do treści
breadcrumb-label = Ścieżka nawigacji
home-link = Centrum pomocy
language-switcher-label = Wybierz język
home-heading = W czym możemy pomóc?
home-intro = Sprawdź, dlaczego zamówienie lub płatność zostały anulowane, co możesz z tym zrobić i kiedy odzyskasz pieniądze.
home-categories = Tematy
home-featured = Popularne artykuły
category-article-count = { $count ->
    [one] { $count } artykuł
    [few] { $count } artykuły
    [many] { $count } artykułów
   *[other] { $count } artykułu
}
category-articles-heading = Artykuły w tej kategorii
article-updated = Ostatnia aktualizacja: { $date }
article-contents = Na tej stronie
cause-reason = Przyczyna
cause-solution = Rozwiązanie
cause-remark = Warto wiedzieć
condition-status = Status zamówienia
condition-action = Co zrobić
condition-not-possible = Niemożliwe
related-heading = Powiązane artykuły
contact-heading = Nadal potrzebujesz pomocy?
contact-intro = Nasz zespół obsługi klienta chętnie Ci pomoże.
contact-option = { $name }: { $details }
fallback-page-notice = Ten artykuł nie jest jeszcze dostępny po polsku, dlatego wyświetlamy go w innej wersji językowej ({ $language }).
fallback-part-notice = Część tego artykułu nie jest jeszcze dostępna po polsku i jest wyświetlana { $code ->
    [en] po angielsku
    [fr] po francusku
    [zh] po chińsku
   *[other] w innym języku ({ $language })
}.
not-found-title = Nie znaleziono strony
not-found-body = Niestety nie możemy znaleźć tej strony. Mogła zostać przeniesiona lub usunięta.
not-found-home = Przejdź na stronę główną Centrum pomocy
footer-note = Centrum pomocy: odpowiedzi na pytania o anulowane zamówienia, płatności i zwroty.
root-title = Centrum pomocy: wybierz język
root-heading = Wybierz język
root-intro = Centrum pomocy po polsku
note-info-label = Informacja
note-warning-label = Ważne
steps-label = Kroki
search-label = Szukaj w Centrum pomocy
search-button = Szukaj
search-title = Wyszukiwanie
search-all-articles = Wszystkie artykuły
search-no-results = Żaden artykuł nie pasuje do zapytania „{ $query }”. Spróbuj innych słów albo przejrzyj wszystkie artykuły poniżej.
search-results-heading = Wyniki wyszukiwania dla „{ $query }”
search-loading = Szukam…
search-needs-server = Wyszukiwanie działa, gdy strona jest udostępniana przez HTTP, a nie otwierana z pliku. Aby podejrzeć ją z wyszukiwaniem, uruchom `helpsite serve`. Poniżej znajdziesz listę wszystkich artykułów.
search-placeholder = Szukaj odpowiedzi
search-results-count = Wyniki: { $count }
search-see-all = Zobacz wszystkie wyniki
search-results-label = Proponowane artykuły
home-finder = Znajdź odpowiedź krok po kroku
finder-link = Przewodnik po anulowaniach
finder-title = Co się stało?
finder-intro = Odpowiedz na dwa pytania, a dowiesz się, dlaczego tak się stało i co możesz zrobić.
finder-step = Krok { $step } z { $steps }
finder-question-cancelled = Co zostało anulowane?
finder-status-title = Status zamówienia: { $status }
finder-timeframes = Ile to trwa
finder-read-article = Przeczytaj cały artykuł:
finder-other-answer = To nie Twoja sytuacja? Wybierz inną odpowiedź
finder-start-again = Zacznij od nowa
timeframes-link = Wszystkie terminy w jednym miejscu
timeframes-title = Terminy
timeframes-intro = Ile co trwa – wszystko w jednym miejscu. Przy każdym terminie znajdziesz artykuły, w których jest o nim mowa.
timeframes-used-in = Artykuły na ten temat:
