topic-marketplace-orders = Zamówienia w sklepach internetowych
policy-unpaid-order-closes = Zamówienie, które nie zostanie opłacone w ciągu { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }, zamyka się automatycznie.
policy-cancel-button-active = Przycisk **Anuluj zamówienie** przy opłaconym zamówieniu staje się aktywny po weryfikacji płatności, czyli { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } po jej dokonaniu.
policy-seller-cancellation-reply = Sprzedawca ma { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }, aby odpowiedzieć na prośbę o anulowanie opłaconego zamówienia. Jeśli nie odpowie w tym czasie, zamówienie zostanie automatycznie zamknięte.
policy-refund-paid-order = Pieniądze za anulowane opłacone zamówienie wracają tą samą metodą płatności w ciągu { $weeks ->
        [one] tygodnia
        [few] { $weeks } tygodni
        [many] { $weeks } tygodni
       *[other] { $weeks } tygodnia
    }, licząc od zamknięcia zamówienia.

topic-pay-on-behalf = Płatności w Twoim imieniu
policy-payment-problem-solved = Każdy problem z płatnością w Twoim imieniu rozwiązujemy w ciągu { $working_days ->
        [one] { $working_days } dnia roboczego
        [few] { $working_days } dni roboczych
        [many] { $working_days } dni roboczych
       *[other] { $working_days } dnia roboczego
    }.
policy-report-seller-refund = Jeśli sprzedawca zwróci Ci pieniądze za zamówienie opłacone przez nas w Twoim imieniu, daj nam znać w ciągu { $weeks ->
        [one] tygodnia
        [few] { $weeks } tygodni
        [many] { $weeks } tygodni
       *[other] { $weeks } tygodnia
    }, abyśmy mogli to zweryfikować.

topic-merchants = Dla sprzedawców
policy-delivery-confirmed-courier = Jeśli klient nie potwierdzi odbioru, dostawa paczki wysłanej kurierem jest potwierdzana automatycznie po { $days ->
        [one] { $days } dniu
        [few] { $days } dniach
        [many] { $days } dniach
       *[other] { $days } dnia
    } od nadania.
policy-delivery-status-letter = Status dostawy zamówienia wysłanego zwykłym listem jest aktualizowany po { $days ->
        [one] { $days } dniu
        [few] { $days } dniach
        [many] { $days } dniach
       *[other] { $days } dnia
    } od nadania.
policy-refund-request-processed = Sprzedawca rozpatruje prośbę kupującego o zwrot w ciągu { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.
