title = Czy mogę przywrócić zamówienie anulowane przez pomyłkę?
summary = Przypadkowo anulowane zamówienie na AliExpress? To, czy da się je przywrócić, zależy od jego statusu. Zobacz, co zrobić w każdym przypadku.
intro = Kliknięcie niewłaściwego przycisku zdarza się każdemu. Zamówienie anulowane przez pomyłkę często da się łatwo odzyskać.

section-by-status = Co zrobić w zależności od statusu zamówienia
    .intro = Otwórz anulowane zamówienie, sprawdź jego status i znajdź go na liście poniżej.
condition-resume-awaiting = Kliknij **Wznów zamówienie** na stronie zamówienia. Zamówienie będzie realizowane dalej, tak jakby nie zostało anulowane.
condition-resume-processing = Na stronie zamówienia wciąż aktywny jest link **Wznów zamówienie**. Kliknij go, aby przywrócić zamówienie.
condition-order-again = Sprzedawca potwierdził anulowanie, więc zamówienia nie da się wznowić. Dodaj produkty ponownie do koszyka i złóż nowe zamówienie.
condition-admin-cancelled = Tego zamówienia nie da się przywrócić. Platforma sama anuluje zamówienie, gdy podejrzewa sprzedawcę o oszustwo – w ten sposób chroni Twoje pieniądze. Jeśli coś jest niejasne, skontaktuj się z obsługą klienta: konsultanci wyjaśnią, co zrobić i jak odzyskać pieniądze.

section-cancelled-at-checkout = Zamówienie anulowane podczas płatności?
    .intro = Jeśli przy płatności kliknięto niewłaściwy przycisk i zamówienie zostało anulowane, zanim pieniądze zostały wysłane, to jeden z najłatwiejszych do naprawienia przypadków:
step-add-to-cart = Dodaj produkty ponownie do koszyka.
step-check-out-again = Złóż zamówienie od początku.
step-read-buttons = Zanim klikniesz przycisk, uważnie przeczytaj jego nazwę.

section-good-to-know = Warto wiedzieć
note-seller-decides = Gdy anulujesz opłacone zamówienie, ostateczną decyzję podejmuje sprzedawca. Jeśli zdążył je już wysłać, anulowanie nie dojdzie do skutku.
note-fraud-protection = Gdy platforma anuluje zamówienie, bo podejrzewa sprzedawcę o oszustwo, chroni Twoje pieniądze: gdyby płatność trafiła do nieuczciwego sprzedawcy, można by stracić zarówno towar, jak i pieniądze. AliExpress sprawdza każdego sprzedawcę, każdą płatność i każdą wysyłkę, a sprzedawca dostaje pieniądze dopiero wtedy, gdy potwierdzisz, że towar dotarł w dobrym stanie.
note-support-round-the-clock = Nie wiesz, co się stało z zamówieniem? Obsługa klienta jest dostępna 24/7 i podpowie, co zrobić dalej.

# Słowa kluczowe wyszukiwania: słowa, których czytelnicy mogą szukać, a których nie ma w tekście.
# Indeksowane, nigdy niewyświetlane.
keywords = cofnąć anulowanie, przywrócić zamówienie, anulowane przez pomyłkę, wznowić zamówienie
