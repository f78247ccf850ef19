/** Texts of the BIP pages kept in `bip-settings`: the instructions and "informacje nieudostępnione". */
export const bipInstructions = [
  'Biuletyn Informacji Publicznej Gminy Lipowa Wola udostępnia informacje publiczne zgodnie z ustawą z 6 września 2001 r. o dostępie do informacji publicznej.',
  'Menu podmiotowe (po lewej lub u góry strony) prowadzi do informacji o gminie i urzędzie: danych teleadresowych, organów, struktury. Menu przedmiotowe prowadzi do spraw: prawa lokalnego, budżetu, przetargów, naborów i ogłoszeń.',
  'Każdy dokument ma stały adres, który się nie zmienia. Pod treścią dokumentu znajduje się metryka: kto wytworzył informację, kto ją wprowadził, kiedy ją udostępniono i kiedy zmieniono. Link „Historia zmian” pokazuje wszystkie poprzednie wersje.',
  'Wyszukiwarka BIP przeszukuje wyłącznie dokumenty BIP. Rejestr zmian pokazuje ostatnie zmiany w całym biuletynie i jest dostępny także jako kanał RSS.',
  'Dokumenty wycofane nie są usuwane: znajdują się w Archiwum BIP razem z datą i powodem wycofania. Każdą stronę można wydrukować poleceniem drukowania przeglądarki.',
]

export const bipNotPublished = [
  'Informacja publiczna, która nie została udostępniona w Biuletynie Informacji Publicznej, jest udostępniana na wniosek (art. 10 ustawy o dostępie do informacji publicznej).',
  'Wniosek można złożyć pisemnie na adres Urzędu Gminy Lipowa Wola, ul. Rynek 1, 26-123 Lipowa Wola, elektronicznie przez ePUAP lub na adres bip@lipowawola.example.pl, a także ustnie w sekretariacie urzędu.',
  'Informacja jest udostępniana bez zbędnej zwłoki, nie później niż w terminie 14 dni od dnia złożenia wniosku. Udostępnienie informacji jest bezpłatne, chyba że wymaga dodatkowych kosztów.',
]
