title = Kiedy dostanę zwrot pieniędzy po anulowaniu?
summary = Gdzie trafiają Twoje pieniądze po anulowaniu zamówienia, płatności lub wniosku o terminal POS i ile trwa zwrot.
intro = Sposób zwrotu zależy od tego, co zostało anulowane. Znajdź swój przypadek poniżej.

section-where-money-goes = Gdzie trafią Twoje pieniądze
remedy-paid-order = **Opłacone zamówienie w sklepie internetowym** (np. na AliExpress): po zamknięciu zamówienia pieniądze wracają tą samą metodą płatności, której użyto. Zobacz, [co dzieje się po anulowaniu](article:cancel-aliexpress-order#after-you-cancel).
remedy-pay-on-behalf = **Zlecenie płatności w Twoim imieniu**: jeśli przesłana kwota była wyższa niż koszt zamówienia, nadwyżka wraca na saldo Twojego konta; jeśli była za niska, poprosimy o dopłatę różnicy. Zobacz, [co się dzieje przy różnicy w cenie](article:alipay-payment-cancelled#price-difference).
remedy-pos-application = **Wniosek o terminal POS**: ustal z dostawcą kwotę i sposób zwrotu oraz oddaj terminal POS. Zobacz, [co zrobić po anulowaniu wniosku](article:cancel-pos-terminal-application#once-cancelled).

section-refund-times = Ile trwa zwrot
deadline-paid-order-refund = Zwrot za opłacone zamówienie otrzymasz w ciągu { $weeks ->
        [one] tygodnia
        [few] { $weeks } tygodni
        [many] { $weeks } tygodni
       *[other] { $weeks } tygodnia
    } od jego zamknięcia.
deadline-report-seller-refund = Jeśli sprzedawca zwróci Ci pieniądze za zamówienie opłacone przez nas w Twoim imieniu, daj nam znać w ciągu { $weeks ->
        [one] tygodnia
        [few] { $weeks } tygodni
        [many] { $weeks } tygodni
       *[other] { $weeks } tygodnia
    }, abyśmy mogli to zweryfikować.
deadline-problem-solved = Każdy problem z płatnością w Twoim imieniu rozwiązujemy w ciągu { $working_days ->
        [one] { $working_days } dnia roboczego
        [few] { $working_days } dni roboczych
        [many] { $working_days } dni roboczych
       *[other] { $working_days } dnia roboczego
    }.

section-good-to-know = Warto wiedzieć
note-refund-late = Jeśli zwrot nie dotarł w tym terminie, skontaktuj się z nami i przygotuj numer zamówienia.
note-admin-cancelled = Jeśli platforma anulowała zamówienie, bo podejrzewała sprzedawcę o oszustwo, nie da się go przywrócić, ale Twoje pieniądze są bezpieczne. [Sprawdź, co zrobić](article:restore-cancelled-order#admin-cancelled).

# Słowa kluczowe wyszukiwania: słowa, których czytelnicy mogą szukać, a których nie ma w tekście.
# Indeksowane, nigdy niewyświetlane.
keywords = zwrot pieniędzy, odzyskać pieniądze, zwrot środków, kiedy dostanę zwrot, oddanie pieniędzy, refundacja
