site-name = Centrum pomocy
site-tagline = Anulowane zamówienia, płatności i zwroty – wszystko w jednym miejscu
language-name = Polski

## Kategorie

category-payment-cancellations = Anulowane płatności
    .description = Dlaczego płatność lub zlecenie płatności w Twoim imieniu zostały anulowane i jak to naprawić.
category-cancelling-an-order = Anulowanie zamówienia
    .description = Jak anulować zamówienie w sklepie internetowym lub wniosek o terminal POS.
category-after-cancellation = Po anulowaniu
    .description = Jak przywrócić zamówienie anulowane przez pomyłkę i odzyskać pieniądze.
category-for-merchants = Dla sprzedawców
    .description = Potwierdzanie dostawy, wcześniejsza wypłata środków i prośby o zwrot.

## Statusy zamówień, tak jak na stronie zamówienia

status-awaiting-payment = Oczekuje na płatność
status-awaiting-shipment = Oczekuje na wysyłkę
status-shipped = Wysłane
status-closed = Zamknięte
status-awaiting-seller-confirmation = Oczekuje na potwierdzenie sprzedawcy
status-seller-processing = W realizacji u sprzedawcy
status-payment-processing = Płatność w trakcie przetwarzania
status-cancelled-by-administration = Anulowane przez platformę

## Kontakt

contact-chat = Czat z obsługą klienta
    .details = Jesteśmy dostępni 24/7.
contact-email = E-mail
    .details = Napisz do nas, a odpowiemy e-mailem. Podaj numer zamówienia.

## Przewodnik po anulowaniach: odpowiedzi na pytanie „Co zostało anulowane?” i kolejne pytanie

finder-order = Zamówienie
    .description = Zamówienie w sklepie internetowym, np. na AliExpress: takie, które chcesz anulować, albo takie, które zostało anulowane.
    .question = Jaki status ma Twoje zamówienie?
finder-payment = Płatność w Twoim imieniu
    .description = Płatność Alipay lub zlecenie płatności w Twoim imieniu, którego nie udało nam się zrealizować.
    .question = Co z poniższych pasuje do Twojej sytuacji?
finder-application = Wniosek o terminal POS
    .description = Wniosek o terminal POS, który chcesz anulować.
    .question = Dlaczego chcesz go anulować?
