title = Jak anulować wniosek o terminal POS?
summary = Wniosek o terminal POS możesz anulować online, w oddziale lub telefonicznie. Zobacz, jak to zrobić i co dalej po anulowaniu.
intro = Wniosek o terminal POS jest już złożony, ale plany się zmieniły? Zanim zaczniesz, sprawdź jego status, aby upewnić się, że można go jeszcze anulować. Potem wybierz najwygodniejszy dla siebie sposób.

section-ways-to-cancel = Sposoby anulowania
channel-online = Online
    .details = Zaloguj się na platformie dla sprzedawców (na stronie internetowej lub w aplikacji), otwórz **Zarządzanie zamówieniami** i znajdź swój wniosek o terminal POS. Złóż prośbę o anulowanie, podając numer zamówienia i powód, postępuj zgodnie z instrukcjami na ekranie i poczekaj, aż obsługa klienta ją rozpatrzy i potwierdzi.
channel-branch = W oddziale
    .details = Przyjdź do oddziału z **dowodem osobistym**, **terminalem POS** i **umową**. Pracownicy przeprowadzą z Tobą anulowanie i wyjaśnią każdy krok.
channel-hotline = Telefonicznie
    .details = Zadzwoń na infolinię obsługi klienta i powiedz, że chcesz anulować wniosek. Konsultant poprosi o Twoje dane osobowe, aby potwierdzić tożsamość, więc przygotuj numer zamówienia i dane firmy. Jeśli obsługa klienta jest zajęta, możesz poprosić o umówienie terminu, aby szczegółowo omówić swój wniosek.

section-cancellation-steps = Jak złożyć wniosek o anulowanie
step-read-policy = Zapoznaj się z zasadami anulowania.
    .detail = Dowiesz się z nich:
        - czy na anulowanie masz ograniczony czas od złożenia wniosku,
        - jakie sposoby anulowania są dostępne,
        - czy i kiedy pobierana jest opłata za anulowanie,
        - co dzieje się później, np. jak wygląda zwrot pieniędzy i oddanie urządzenia.
step-fill-in-form = Wypełnij formularz anulowania i podaj powód rezygnacji. Sprawdź, czy wszystkie dane, zwłaszcza dane osobowe, są poprawne.
step-pay-fee = Ureguluj ewentualną opłatę za anulowanie.
    .detail = W zależności od warunków umowy może obowiązywać opłata za anulowanie lub inne koszty. Sprawdź ich wysokość i potwierdź we wniosku, że zgadzasz się je pokryć.
step-wait-for-approval = Poczekaj na zatwierdzenie anulowania. Może to trochę potrwać – zależy to od zasad i procedur dostawcy.

section-follow-up = Śledź swój wniosek
remedy-check-status = Regularnie sprawdzaj status wniosku. Wysyłaj od czasu do czasu krótkie przypomnienie e-mailem lub SMS-em do osoby prowadzącej Twój wniosek, żeby nie przegapić żadnej informacji.
remedy-stay-in-touch = Jeśli w trakcie pojawią się pytania, od razu skontaktuj się z obsługą klienta.
remedy-keep-records = Zachowaj całą korespondencję: historię połączeń, e-maile i SMS-y. Stanowi ona dowód w Twojej sprawie i może ją przyspieszyć.

section-once-cancelled = Po anulowaniu wniosku
remedy-confirm-refund = Potwierdź kwotę zwrotu i sposób, w jaki go otrzymasz. Jeśli coś jest niejasne albo zwrot się opóźnia, od razu skontaktuj się z dostawcą.
remedy-return-device = Zwróć terminal POS zgodnie z instrukcjami obsługi klienta.
remedy-give-feedback = Podziel się opinią o przebiegu anulowania. Dzięki niej inni klienci będą wiedzieć, czego się spodziewać, a dostawca będzie mógł ulepszyć swoje usługi.

section-common-reasons = Dlaczego klienci rezygnują
    .intro = Bez względu na powód anulowanie jest proste. Oto niektóre z powodów, dla których klienci rezygnują:
cause-needs-changed = Zmieniły się Twoje potrzeby
    .reason = Nowa praca lub inne preferencje sprawiają, że terminal nie jest Ci już potrzebny. Anulowanie pozwala nie marnować zasobów i przeznaczyć pieniądze na coś, co lepiej Ci odpowiada.
cause-budget = Zmienił się Twój budżet
    .reason = Po przejrzeniu finansów wolisz na razie nie inwestować w terminal POS i uniknąć zbędnych wydatków.
cause-better-offer = Masz lepszą ofertę
    .reason = Inny dostawca proponuje lepsze warunki albo promocję, z której wolisz skorzystać.
cause-new-technology = Potrzebujesz nowszej technologii
    .reason = Technologie płatnicze szybko się zmieniają, a zamówiony terminal może już nie spełniać najnowszych standardów.
cause-regulations = Wymagają tego przepisy
    .reason = W niektórych regionach pewne rodzaje terminali POS są zakazane albo firmy muszą stosować określone zabezpieczenia.

section-good-to-know = Warto wiedzieć
note-follow-the-rules = Anuluj wniosek wyłącznie oficjalnymi kanałami i przestrzegaj zasad dostawcy. Dzięki temu unikniesz niepotrzebnych opłat i sporów.

# Słowa kluczowe wyszukiwania: słowa, których czytelnicy mogą szukać, a których nie ma w tekście.
# Indeksowane, nigdy niewyświetlane.
keywords = rezygnacja z terminala, terminal płatniczy, czytnik kart, wycofać wniosek
