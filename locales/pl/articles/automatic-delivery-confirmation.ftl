title = Kiedy dostawa jest potwierdzana automatycznie?
summary = Jeśli klient nie potwierdzi dostawy, po określonym czasie zrobi to za niego system. Sprawdź, kiedy to następuje i jak możesz przyspieszyć sprawę.
intro = Na platformach, które wypłacają pieniądze dopiero po potwierdzeniu dostawy, takich jak PayPal czy Taobao, płatność otrzymujesz, gdy klient potwierdzi, że zamówienie do niego dotarło. Czasem klient nie może tego zrobić online – wtedy system potwierdza dostawę automatycznie.

section-when-confirmed = Kiedy następuje automatyczne potwierdzenie
deadline-courier = Przesyłka kurierska: dostawa zostaje potwierdzona automatycznie po { $days ->
        [one] { $days } dniu
        [few] { $days } dniach
        [many] { $days } dniach
       *[other] { $days } dnia
    } od nadania.
deadline-ordinary-letter = Zwykły list: status dostawy zostaje zaktualizowany po { $days ->
        [one] { $days } dniu
        [few] { $days } dniach
        [many] { $days } dniach
       *[other] { $days } dnia
    } od nadania.

section-what-you-can-do = Co możesz zrobić
remedy-remind-customer = Jeśli zamówienie zostało dostarczone, a klient nie potwierdził odbioru, wyślij mu uprzejme przypomnienie.
remedy-check-settings = Sprawdź, kiedy otrzymujesz płatności: zaloguj się na swoje konto na platformie e-commerce i w razie potrzeby zmień ustawienie terminu otrzymywania płatności.

section-good-to-know = Warto wiedzieć
note-get-paid-early = Nie chcesz czekać na potwierdzenie dostawy? Możesz [otrzymać płatność wcześniej](article:early-payment-release).

# Słowa kluczowe wyszukiwania: słowa, których czytelnicy mogą szukać, a których nie ma w tekście.
# Indeksowane, nigdy niewyświetlane.
keywords = automatyczne potwierdzenie dostawy, potwierdzenie odbioru, kupujący nie potwierdził
