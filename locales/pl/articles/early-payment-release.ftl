title = Jak otrzymać płatność przed potwierdzeniem dostawy?
summary = Dzięki wcześniejszej wypłacie środków otrzymasz płatność od klienta z góry, bez czekania na potwierdzenie dostawy.
intro = Wcześniejsza wypłata środków pozwala otrzymywać płatności od klientów z wyprzedzeniem, bez okresu oczekiwania. Wystarczy kilka kroków.

section-how-to-release = Jak wypłacić środki wcześniej
step-open-release-page = Zaloguj się i w lewym menu na stronie głównej konta przejdź do sekcji **Zarządzanie transakcjami** › **Wcześniejsza wypłata środków**.
step-check-amount-and-fee = Sprawdź, jaką kwotę możesz wypłacić wcześniej i ile wynosi opłata za tę usługę.
step-first-time = Jeśli korzystasz z tej funkcji po raz pierwszy, uzupełnij swój profil i zweryfikuj numer telefonu komórkowego.
    .detail = Następnie przejdź do kolejnego kroku.
step-confirm-amount = Potwierdź kwotę, którą chcesz wypłacić, i wybierz **Akceptuję powyższe i potwierdzam**.
step-enter-password = Wpisz hasło. Gotowe – środki zostały Ci wypłacone.

section-good-to-know = Warto wiedzieć
note-service-fee = Wcześniejsza wypłata jest płatna. Opłatę za usługę zawsze zobaczysz razem z kwotą, zanim potwierdzisz wypłatę.

# Słowa kluczowe wyszukiwania: słowa, których czytelnicy mogą szukać, a których nie ma w tekście.
# Indeksowane, nigdy niewyświetlane.
keywords = wcześniejsza wypłata, szybsza płatność, pieniądze przed dostawą, wcześniejsze otrzymanie płatności
