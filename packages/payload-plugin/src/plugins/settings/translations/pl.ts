/** Polish admin texts of the settings plugin: site settings, accessibility statement. */
export const settingsPl = {
  siteSettings: {
    label: 'Ustawienia strony',
    description: 'Dane gminy i urzędu widoczne w nagłówku, stopce i na stronie kontaktowej.',
    gminaName: { label: 'Nazwa gminy', description: 'Pełna nazwa, np. „Gmina Zielona Dolina”.' },
    officeName: { label: 'Nazwa urzędu', description: 'Np. „Urząd Gminy Zielona Dolina”.' },
    coatOfArms: { label: 'Herb', description: 'Herb gminy z biblioteki obrazów (najlepiej SVG lub PNG).' },
    address: {
      label: 'Adres urzędu',
      description: 'Adres siedziby urzędu.',
      street: { label: 'Ulica i numer', description: 'Np. „ul. Główna 1”.' },
      postalCode: { label: 'Kod pocztowy', description: 'W formacie NN-NNN, np. „05-600”.' },
      city: { label: 'Miejscowość', description: 'Np. „Zielona Dolina”.' },
      mapUrl: {
        label: 'Mapa dojazdu',
        description:
          'Pełny adres https:// mapy z zaznaczonym urzędem (np. OpenStreetMap lub Google Maps), pokazywany na stronie Kontakt.',
      },
    },
    contacts: {
      label: 'Kontakt',
      description: 'Dane kontaktowe urzędu.',
      phone: { label: 'Telefon', description: 'Numer sekretariatu, np. „+48 22 123 45 67”.' },
      email: { label: 'E-mail', description: 'Adres e-mail urzędu, np. „urzad@zielonadolina.pl”.' },
      fax: { label: 'Faks', description: 'Numer faksu (opcjonalnie).' },
    },
    departments: {
      rows: { singular: 'Referat', plural: 'Referaty' },
      label: 'Referaty i stanowiska',
      description:
        'Telefony i adresy e-mail referatów, do których mieszkańcy dzwonią najczęściej (np. podatki, USC), pokazywane na stronie Kontakt.',
      name: { label: 'Nazwa', description: 'Np. „Referat Finansowy (podatki i opłaty)”.' },
      phone: { label: 'Telefon', description: 'Np. „+48 22 123 45 70” (opcjonalnie).' },
      email: { label: 'E-mail', description: 'Np. „podatki@zielonadolina.pl” (opcjonalnie).' },
    },
    officeHours: {
      rows: { singular: 'Termin', plural: 'Terminy' },
      label: 'Godziny pracy',
      description: 'Jeden wiersz na grupę dni.',
      days: { label: 'Dni', description: 'Np. „poniedziałek” lub „wtorek–piątek”.' },
      hours: { label: 'Godziny', description: 'Np. „8:00–16:00”.' },
    },
    eServices: {
      label: 'E-usługi',
      description: 'Adresy elektronicznej skrzynki podawczej (opcjonalnie).',
      eboi: {
        label: 'Adres e-BOI',
        description: 'Pełny adres https:// elektronicznego biura obsługi interesanta.',
      },
      epuap: {
        label: 'Skrzynka ePUAP',
        description: 'Pełny adres https:// skrzynki podawczej urzędu na ePUAP.',
      },
    },
    social: {
      rows: { singular: 'Profil', plural: 'Profile' },
      label: 'Media społecznościowe',
      description: 'Profile gminy w serwisach społecznościowych.',
      linkLabel: { label: 'Nazwa', description: 'Nazwa serwisu, np. „Facebook”.' },
      url: { label: 'Adres', description: 'Pełny adres https:// profilu.' },
    },
    review: {
      label: 'Przeglądy treści',
      description: 'Po ilu miesiącach nowa strona trafia do przeglądu (pole „Przejrzyj do”).',
      articles: { label: 'Aktualności (miesiące)', description: 'Np. 12.' },
      bipDocuments: { label: 'Dokumenty BIP (miesiące)', description: 'Np. 12.' },
    },
    quickLinks: {
      rows: { singular: 'Odnośnik', plural: 'Odnośniki' },
      label: 'Szybkie linki',
      description:
        'Najczęściej używane usługi pokazywane na stronie głównej, w tej kolejności (najwyżej 8), np. e-BOI, harmonogram odpadów, BIP, kontakt.',
      linkLabel: { label: 'Nazwa', description: 'Krótko, np. „Harmonogram odpadów”.' },
      url: {
        label: 'Adres',
        description: 'Ścieżka w serwisie, np. „/kontakt/”, albo pełny adres https:// innej strony.',
      },
    },
  },
  accessibility: {
    label: 'Deklaracja dostępności',
    description:
      'Dane strony /deklaracja-dostepnosci/ według wzoru 2.0 (ustawa o dostępności cyfrowej). Przeglądaj i aktualizuj deklarację co najmniej raz w roku, do 31 marca.',
    reviewWarning: {
      label: 'Uwaga: deklaracja wymaga przeglądu',
      description: 'Ostrzeżenie znika po zapisaniu deklaracji z datą aktualizacji lub przeglądu z tego roku.',
    },
    entityName: {
      label: 'Nazwa podmiotu',
      description:
        'Pełna nazwa podmiotu publicznego, którego dotyczy deklaracja, np. „Urząd Gminy Lipowa Wola”.',
    },
    publishedOn: {
      label: 'Data publikacji strony',
      description: 'Kiedy serwis został opublikowany (uruchomiony) po raz pierwszy.',
    },
    updatedOn: {
      label: 'Data ostatniej istotnej aktualizacji strony',
      description: 'Kiedy serwis ostatnio istotnie się zmienił, np. nowy wygląd lub nowy dział.',
    },
    status: {
      label: 'Stan dostępności cyfrowej',
      description:
        'Zgodna – serwis spełnia wszystkie wymagania; częściowo zgodna – są niezgodności lub wyłączenia wymienione niżej; niezgodna – większość wymagań nie jest spełniona.',
      zgodna: 'Zgodna',
      'czesciowo-zgodna': 'Częściowo zgodna',
      niezgodna: 'Niezgodna',
    },
    unavailableContent: {
      rows: { singular: 'Wpis o niedostępnej treści', plural: 'Wpisy o niedostępnej treści' },
      label: 'Niedostępne treści',
      description:
        'Każda treść, która nie spełnia wymagań, z powodem. Wypełnij, gdy stan to „częściowo zgodna” lub „niezgodna”.',
      content: {
        label: 'Treść',
        description: 'Co jest niedostępne, np. „Skany uchwał sprzed 2018 roku nie mają warstwy tekstowej”.',
      },
      reason: {
        label: 'Powód',
        description: 'Dlaczego treść jest niedostępna.',
        niezgodnosc: 'Niezgodność z ustawą (treść nie spełnia wymagań)',
        wylaczenie: 'Wyłączenie ustawowe (treść nie podlega ustawie)',
        'nadmierne-obciazenie': 'Nadmierne obciążenie (ocena, art. 8 ustawy)',
      },
      explanation: {
        label: 'Wyjaśnienie i alternatywa',
        description:
          'Szczegóły oraz jak uzyskać treść w dostępnej formie, np. „Na wniosek przygotujemy tekst”.',
      },
    },
    preparedOn: {
      label: 'Data sporządzenia deklaracji',
      description: 'Kiedy deklarację sporządzono po raz pierwszy.',
    },
    reviewedOn: {
      label: 'Data ostatniego przeglądu deklaracji',
      description: 'Kiedy deklarację ostatnio sprawdzono i potwierdzono, także bez zmian w treści.',
    },
    preparationMethod: {
      label: 'Sposób przygotowania deklaracji',
      description:
        'Czy deklarację sporządzono na podstawie samooceny, czy badania wykonanego przez podmiot zewnętrzny.',
      samoocena: 'Samoocena przeprowadzona przez podmiot publiczny',
      zewnetrzny: 'Badanie przeprowadzone przez podmiot zewnętrzny',
    },
    assessor: {
      label: 'Podmiot zewnętrzny',
      description: 'Nazwa podmiotu, który przeprowadził badanie dostępności.',
    },
    assessmentUrl: {
      label: 'Wynik analizy nadmiernego obciążenia',
      description:
        'Adres (https://…) wyniku oceny nadmiernego obciążenia, gdy na nią się powołujesz. Zostaw puste, jeśli nie dotyczy.',
    },
    contact: {
      label: 'Informacje zwrotne i dane kontaktowe',
      description: 'Osoba, do której mieszkańcy zgłaszają problemy z dostępnością.',
      person: { label: 'Osoba kontaktowa', description: 'Imię i nazwisko, np. „Anna Kowalczyk”.' },
      email: { label: 'E-mail', description: 'Adres e-mail do zgłoszeń w sprawie dostępności.' },
      phone: { label: 'Telefon', description: 'Numer telefonu, np. „+48 41 123 45 67”.' },
    },
    procedure: {
      label: 'Obsługa wniosków i skarg',
      description:
        'Tekst o prawie do żądania dostępności, terminach i skardze. Link do Rzecznika Praw Obywatelskich strona dodaje sama.',
    },
    architecturalAccessibility: {
      label: 'Dostępność architektoniczna',
      description:
        'Opis budynków: wejścia, podjazdy, windy, toalety, miejsca parkingowe, pętle indukcyjne, pies asystujący. Akapity oddziel pustą linią.',
    },
    communicationAccessibility: {
      label: 'Dostępność komunikacyjno-informacyjna',
      description:
        'Jak osoby głuche i słabosłyszące mogą się skontaktować: tłumacz PJM (w tym online), SMS, e-mail, faks. Akapity oddziel pustą linią.',
    },
    mobileApps: {
      rows: { singular: 'Wpis aplikacji mobilnej', plural: 'Wpisy aplikacji mobilnych' },
      label: 'Aplikacje mobilne',
      description: 'Aplikacje mobilne podmiotu, jeśli są. Zostaw puste, jeśli podmiot ich nie ma.',
      name: { label: 'Nazwa aplikacji', description: 'Np. „Lipowa Wola – komunikaty”.' },
      url: { label: 'Adres w sklepie', description: 'Adres https://… aplikacji w sklepie z aplikacjami.' },
    },
    notes: {
      label: 'Informacje dodatkowe',
      description:
        'Inne informacje dla mieszkańców, np. skróty klawiaturowe. Zostaw puste, jeśli nie dotyczy.',
    },
    messages: {
      reviewDue:
        'Deklarację trzeba przejrzeć i zaktualizować do 31 marca {year}; ostatnia aktualizacja lub przegląd: {date}. Sprawdź treść, wpisz dzisiejszą datę przeglądu i zapisz.',
      reviewOverdue:
        'Deklaracja jest nieaktualna: należało ją przejrzeć do 31 marca {year}, a ostatnia aktualizacja lub przegląd to {date}. Sprawdź treść, wpisz dzisiejszą datę przeglądu i zapisz.',
      never: 'brak daty',
    },
  },
}
