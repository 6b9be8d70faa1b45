title = Jak obsługiwać prośby o zwrot?
summary = Kupujący prosi o zwrot na stronie zamówienia. Zobacz, jak przebiega ten proces i ile masz czasu na reakcję.
intro = Kupując w internecie, nie można wcześniej wypróbować produktu, dlatego jasny proces zwrotów jest bardzo ważny. Oto jak prośba o zwrot trafia do Ciebie i co musisz zrobić.

section-how-it-works = Jak przebiega zwrot
step-buyer-requests = Kupujący loguje się na swoje konto, znajduje zamówienie i wysyła Ci prośbę o zwrot.
step-seller-processes = Rozpatrz prośbę w ciągu { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.
step-buyer-notified = Gdy zwrot zostanie zrealizowany, kupujący otrzyma powiadomienie.

section-good-to-know = Warto wiedzieć
note-check-refund-settings = Sposób obsługi zwrotów w Twoim sklepie zależy od ustawień systemu, dlatego sprawdź je na swoim koncie.

# Słowa kluczowe wyszukiwania: słowa, których czytelnicy mogą szukać, a których nie ma w tekście.
# Indeksowane, nigdy niewyświetlane.
keywords = kupujący prosi o zwrot, prośba kupującego o zwrot, zatwierdzić zwrot, sprzedawca
