title = Jak anulować zamówienie na AliExpress?
summary = Jak anulować zamówienie na AliExpress przed zapłatą i po niej, co dzieje się potem i kiedy odzyskasz pieniądze.
intro = Plany się zmieniły albo sprzedawca przestał budzić zaufanie? Sposób anulowania zależy od tego, czy zamówienie jest już opłacone i czy zostało wysłane.

section-can-i-cancel = Czy mogę anulować zamówienie?

condition-unpaid = Po prostu nie płać. Jeśli zamówienie nie zostanie opłacone w ciągu { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }, zamknie się automatycznie. Do tego czasu sprzedawca może pytać w wiadomościach, dlaczego nie płacisz, i zaproponować pomoc przy wysyłce, inną formę płatności, rabat lub bonus.
condition-closed-unpaid = Zamówienia nie można już opłacić: przycisk **Zapłać teraz** zmienia się w **Dodaj ponownie do koszyka**. Użyj go, jeśli jednak chcesz kupić ten produkt.
condition-paid-not-shipped = Możesz samodzielnie anulować zamówienie. Opłacone zamówienie da się anulować tylko w tym statusie, więc zrób to, zanim sprzedawca je wyśle. Wykonaj kroki opisane w części [Jak anulować opłacone zamówienie](article:cancel-aliexpress-order#how-to-cancel).
condition-already-shipped = Gdy sprzedawca wyśle zamówienie, nie można go już anulować.

section-how-to-cancel = Jak anulować opłacone zamówienie
step-find-order = Przejdź do sekcji **Moje zamówienia** i znajdź zamówienie, które chcesz anulować.
step-press-cancel = Kliknij **Anuluj zamówienie**.
    .detail = Przycisk staje się aktywny dopiero po weryfikacji płatności, czyli { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } po jej dokonaniu.
step-choose-reason = W oknie, które się otworzy, wybierz prośbę o anulowanie zamówienia, wskaż powód i potwierdź.
step-complaint = Zdecyduj, czy chcesz złożyć skargę na sprzedawcę.
    .detail = Jeśli anulujesz zamówienie z winy sprzedawcy, na pytanie „Czy chcesz złożyć skargę na tego dostawcę?” odpowiedz **Tak**. W ten sposób otworzysz standardowy spór.

section-after-you-cancel = Co dalej
deadline-seller-answer = Sprzedawca ma { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }, aby odpowiedzieć na Twoją prośbę o anulowanie. Jeśli nie odpowie w tym czasie, zamówienie zostanie automatycznie zamknięte.
deadline-refund-arrives = Pieniądze wrócą do Ciebie tą samą metodą płatności w ciągu { $weeks ->
        [one] tygodnia
        [few] { $weeks } tygodni
        [many] { $weeks } tygodni
       *[other] { $weeks } tygodnia
    }, licząc od zamknięcia zamówienia.

section-seller-says-shipped = Co zrobić, gdy sprzedawca twierdzi, że zamówienie zostało już wysłane?
    .intro = Nie każdy sprzedawca chętnie zgadza się na anulowanie opłaconego zamówienia. Niektórzy twierdzą, że paczka została już nadana, tylko nie pojawiła się jeszcze w systemie. Sprawdź, czy to prawda:
remedy-ask-for-tracking = Od razu poproś sprzedawcę o numer przesyłki, zdjęcie lub skan potwierdzenia nadania.
remedy-open-dispute = Jeśli sprzedawca nie odpowiada albo podaje nieprawidłowy numer przesyłki, masz dobry powód, by otworzyć spór, a takie spory zwykle rozstrzygane są szybko.

section-good-to-know = Warto wiedzieć
note-no-fine = Za anulowanie opłaconego zamówienia na AliExpress nie grozi żadna kara. Mimo to warto przemyśleć zakupy, żeby nie tracić czasu na ich anulowanie.
note-cancelled-by-mistake = Zamówienie anulowane przez pomyłkę? W zależności od jego statusu być może uda się je [przywrócić](article:restore-cancelled-order#by-status).

# Słowa kluczowe wyszukiwania: słowa, których czytelnicy mogą szukać, a których nie ma w tekście.
# Indeksowane, nigdy niewyświetlane.
keywords = jak anulować zamówienie, rezygnacja z zamówienia, odwołać zamówienie
