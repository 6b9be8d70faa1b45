title = Dlaczego zlecenie płatności w moim imieniu zostało anulowane?
summary = Anulowane zlecenia płatności w Twoim imieniu dzielą się na trzy rodzaje. Sprawdź, który dotyczy Ciebie i jak to naprawić.

section-order-types = Trzy rodzaje anulowanych zleceń
    .intro = Znajdź poniżej przypadek, który dotyczy Twojego zlecenia.

cause-wrong-details = Całe zlecenie nie zostało zrealizowane
    .reason = Część podanych danych była nieprawidłowa.
    .solution = Złóż nowe zlecenie z poprawnymi danymi. Możesz użyć tego samego potwierdzenia wpłaty.

cause-promo-codes = Zrealizowano tylko część płatności
    .reason = Użyto kodów promocyjnych, kuponów lub punktów, więc płatności nie udało się zrealizować.
    .solution = Usuń kody promocyjne, kupony lub punkty i dopłać różnicę.

cause-recipient-account = Problem z kontem odbiorcy
    .reason = Numer konta odbiorcy lub dane banku są nieprawidłowe.
    .solution = Gdy się z Tobą skontaktujemy, podaj nam poprawne dane.

section-good-to-know = Warto wiedzieć
note-alipay-payments = Płacisz przez Alipay? Sprawdź też, [dlaczego płatność Alipay może zostać anulowana](article:alipay-payment-cancelled#reasons).

# Słowa kluczowe wyszukiwania: słowa, których czytelnicy mogą szukać, a których nie ma w tekście.
# Indeksowane, nigdy niewyświetlane.
keywords = zlecenie płatności anulowane, kod promocyjny, kupon, konto odbiorcy
