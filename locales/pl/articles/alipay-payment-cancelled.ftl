title = Dlaczego moja płatność Alipay została anulowana?
summary = Najczęstsze powody, dla których nie możemy zrealizować płatności Alipay w Twoim imieniu, i co zrobić w każdym z tych przypadków.
intro = Kiedy opłacamy za Ciebie zamówienie w Alipay, płatność może się nie udać z kilku powodów. Bez obaw: znajdź swój przypadek poniżej albo skontaktuj się z nami, a powiemy Ci, dlaczego dokładnie płatność została anulowana.

section-reasons = Najczęstsze przyczyny

cause-verification-code = Nie udało się uzyskać kodu weryfikacyjnego
    .reason = Aby zapłacić w Twoim imieniu, czasem musimy zalogować się na Twoje konto Alipay kodem wysłanym na Twój telefon – zwłaszcza jeśli konto nigdy nie było używane na komputerze. Nasz konsultant dzwoni wtedy do Ciebie po kod. Jeśli nie odbierzesz, doładowanie się nie powiedzie.
    .solution = Skontaktujemy się z Tobą ponownie i poprosimy o ponowne złożenie zamówienia.

cause-price-difference = Zmieniła się cena
    .reason = Przesłana kwota nie zgadza się z ostateczną ceną sprzedawcy. Nie możemy doładować innej kwoty bez uzgodnienia jej z Tobą, dlatego płatność została anulowana.
    .solution = Odpowiedz, gdy skontaktuje się z Tobą nasz konsultant – razem potwierdzimy ostateczną kwotę.
    .remark = Jeśli przesłana kwota jest za niska, poprosimy Cię o dopłatę różnicy. Jeśli jest za wysoka, nadwyżka automatycznie wróci na saldo Twojego konta.

cause-out-of-stock = Towar jest niedostępny
    .reason = Sprzedawca nie miał towaru na stanie i anulował zamówienie, zanim zdążyliśmy za nie zapłacić.
    .solution = Zanim złożysz zamówienie, poproś sprzedawcę o potwierdzenie, że ma wystarczającą ilość towaru.

cause-time-limited-offer = Oferta się skończyła
    .reason = Zamówienie dotyczyło promocji ograniczonej czasowo, więc po jej zakończeniu zostało automatycznie anulowane. Zamówienia Alipay realizuje nasz dostawca, dlatego nie możemy zagwarantować dokładnego czasu realizacji.
    .solution = Doładuj swoje konto Alipay i zapłać za zamówienie samodzielnie.

cause-points-or-coupons = Użyto punktów lub kuponów
    .reason = Nie możemy zapłacić w Twoim imieniu za towary kupowane z użyciem punktów lub kuponów.
    .solution = Usuń punkty lub kupony, a następnie ponownie złóż zlecenie płatności na swoim koncie Mypoz.

cause-payment-password = Problem z hasłem płatności
    .reason = Hasło płatności nie zostało ustawione albo go nie pamiętasz.
    .solution = Ustaw lub zresetuj hasło płatności samodzielnie, a potem spróbuj ponownie.

cause-seller-refund = Sprzedawca zwrócił Ci pieniądze
    .solution = Sprzedawca da Ci znać, gdy zwrot zostanie zrealizowany. Poinformuj nas o nim w ciągu { $weeks ->
        [one] tygodnia
        [few] { $weeks } tygodni
        [many] { $weeks } tygodni
       *[other] { $weeks } tygodnia
    }, abyśmy mogli go zweryfikować.

section-what-to-do = Co możesz zrobić
remedy-ask-for-reason = Skontaktuj się z naszym działem obsługi klienta, aby poznać dokładną przyczynę anulowania.
remedy-work-it-out = Rozwiąż problem razem ze sprzedawcą lub z naszym działem obsługi klienta.

section-how-long = Ile to trwa
deadline-problem-solved = Każdy problem z płatnością rozwiązujemy w ciągu { $working_days ->
        [one] { $working_days } dnia roboczego
        [few] { $working_days } dni roboczych
        [many] { $working_days } dni roboczych
       *[other] { $working_days } dnia roboczego
    }.

# Słowa kluczowe wyszukiwania: słowa, których czytelnicy mogą szukać, a których nie ma w tekście.
# Indeksowane, nigdy niewyświetlane.
keywords = płatność alipay nieudana, płatność odrzucona, kod weryfikacyjny, różnica w cenie
