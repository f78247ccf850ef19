/** Polish admin texts of the BIP plugin. */
export const bipPl = {
  bip: {
    group: 'BIP',
    categories: {
      singular: 'Kategoria BIP',
      plural: 'Kategorie BIP',
      description:
        'Drzewo menu BIP: menu podmiotowe (o urzędzie) i przedmiotowe (sprawy). Kolejność ustala pole „Kolejność”.',
      name: { label: 'Nazwa', description: 'Nazwa pozycji menu, np. „Zamówienia publiczne”.' },
      menu: {
        label: 'Menu',
        description:
          'Podmiotowe: o gminie i urzędzie. Przedmiotowe: sprawy i dokumenty (uchwały, przetargi…).',
        podmiotowe: 'Menu podmiotowe',
        przedmiotowe: 'Menu przedmiotowe',
      },
      parent: {
        label: 'Kategoria nadrzędna',
        description: 'Zostaw puste dla pozycji głównej menu; wybierz kategorię, by utworzyć podkategorię.',
      },
      order: { label: 'Kolejność', description: 'Mniejsza liczba = wyżej w menu, np. 10, 20, 30.' },
      about: { label: 'Opis', description: 'Krótki opis pokazywany na stronie kategorii (opcjonalnie).' },
    },
    documents: {
      singular: 'Dokument BIP',
      plural: 'Dokumenty BIP',
      description:
        'Informacje publiczne. Każda zmiana opublikowanego dokumentu trafia do rejestru zmian; dokumentów się nie usuwa, lecz wycofuje do archiwum.',
      title: { label: 'Tytuł', description: 'Pełny tytuł, np. „Uchwała nr XII/45/2025 w sprawie budżetu”.' },
      permanentId: {
        label: 'Stały identyfikator',
        description: 'Nadawany automatycznie; tworzy adres dokumentu, który nigdy się nie zmienia.',
      },
      category: { label: 'Kategoria', description: 'Pozycja menu BIP, w której dokument się ukaże.' },
      kind: {
        label: 'Rodzaj',
        description: 'Przetargi i nabory mają termin składania ofert; po nim są oznaczone jako zakończone.',
        dokument: 'Dokument',
        przetarg: 'Przetarg',
        nabor: 'Nabór na stanowisko',
      },
      body: { label: 'Treść', description: 'Treść informacji publicznej.' },
      attachments: {
        label: 'Załączniki',
        description: 'Pliki z „Pliki BIP”. Plik oznaczony jako niepubliczny nie ukaże się na stronie.',
      },
      publisher: {
        label: 'Podmiot udostępniający',
        description: 'Urząd lub jednostka, która udostępnia informację, np. „Urząd Gminy Lipowa Wola”.',
      },
      producedBy: {
        label: 'Informację wytworzył',
        description:
          'Kto wytworzył informację lub odpowiada za treść, np. „Jan Kowalski, Referat Finansowy”.',
      },
      producedAt: { label: 'Data wytworzenia', description: 'Dzień, w którym informacja powstała.' },
      deadline: {
        label: 'Termin',
        description: 'Termin składania ofert lub dokumentów (przetargi, nabory) albo ważności (opcjonalnie).',
      },
      enteredBy: {
        label: 'Informację wprowadził',
        description: 'Ustawiane automatycznie: osoba, która opublikowała dokument.',
      },
      publishedAt: {
        label: 'Data udostępnienia',
        description: 'Ustawiana automatycznie w chwili pierwszej publikacji.',
      },
      modifiedBy: {
        label: 'Ostatnio zmienił',
        description: 'Ustawiane automatycznie przy publikacji zmiany.',
      },
      modifiedAt: {
        label: 'Data ostatniej zmiany',
        description: 'Ustawiana automatycznie przy publikacji zmiany.',
      },
      version: { label: 'Wersja', description: 'Numer opublikowanej wersji; rośnie przy każdej publikacji.' },
      changeNote: {
        label: 'Opis zmiany',
        description:
          'Wymagany przy publikacji zmiany już opublikowanego dokumentu: krótko napisz, co zmieniono, np. „Poprawiono termin składania ofert”. Trafia do rejestru zmian.',
      },
      exclusion: {
        label: 'Wyłączenie jawności',
        description: 'Wypełnij, gdy część informacji wyłączono z publikacji (art. 8 ust. 5 ustawy).',
      },
      excludedScope: {
        label: 'Co wyłączono',
        description: 'Np. „adres zamieszkania i miejsce położenia nieruchomości”.',
      },
      excludedBasis: {
        label: 'Podstawa prawna',
        description: 'Np. „art. 24h ust. 3 ustawy o samorządzie gminnym”.',
      },
      excludedBy: {
        label: 'Kto zdecydował',
        description: 'Imię, nazwisko i stanowisko osoby, która podjęła decyzję.',
      },
      withdrawal: {
        label: 'Wycofanie do archiwum',
        description:
          'Dokumentu się nie usuwa. Zaznacz „Wycofaj” i podaj powód: dokument przejdzie do Archiwum BIP.',
      },
      withdrawn: {
        label: 'Wycofaj do archiwum',
        description: 'Dokument pozostaje publiczny w Archiwum BIP.',
      },
      withdrawnReason: {
        label: 'Powód wycofania',
        description: 'Np. „Uchwała uchylona uchwałą nr XX/120/2026”.',
      },
      withdrawnAt: {
        label: 'Data wycofania',
        description: 'Ustawiana automatycznie przy publikacji wycofania.',
      },
    },
    changes: {
      singular: 'Wpis rejestru zmian',
      plural: 'Rejestr zmian',
      description:
        'Wpisy tworzą się same przy publikacji dokumentów BIP. Rejestru nie można edytować ani z niego usuwać.',
      document: { label: 'Dokument', description: 'Dokument, którego dotyczy wpis.' },
      permanentId: { label: 'Stały identyfikator', description: 'Identyfikator dokumentu z adresu strony.' },
      version: { label: 'Wersja', description: 'Numer wersji dokumentu po tej zmianie.' },
      action: {
        label: 'Rodzaj',
        description: 'Publikacja, zmiana lub wycofanie do archiwum.',
        publikacja: 'Publikacja',
        zmiana: 'Zmiana',
        wycofanie: 'Wycofanie do archiwum',
      },
      note: { label: 'Opis zmiany', description: 'Co zmieniono.' },
      changedBy: { label: 'Kto', description: 'Osoba, która opublikowała zmianę.' },
      changedAt: { label: 'Kiedy', description: 'Chwila publikacji zmiany.' },
      snapshot: { label: 'Treść wersji', description: 'Opublikowana treść dokumentu w tej wersji.' },
    },
    files: {
      singular: 'Plik BIP',
      plural: 'Pliki BIP',
      description:
        'Załączniki dokumentów BIP. Pliki niepubliczne (np. oryginały przed anonimizacją) nie są udostępniane.',
      title: {
        label: 'Nazwa',
        description: 'Nazwa pliku widoczna dla mieszkańców, np. „Oświadczenie majątkowe (wersja jawna)”.',
      },
      isPublic: {
        label: 'Plik publiczny',
        description:
          'Odznacz dla oryginału zawierającego dane wyłączone z jawności (np. adres w oświadczeniu majątkowym): nie będzie dostępny publicznie.',
      },
    },
    settings: {
      label: 'Redakcja i strony BIP',
      description:
        'Dane redakcji BIP, instrukcja korzystania z BIP i informacja o informacjach nieudostępnionych.',
      publisher: {
        label: 'Nazwa podmiotu',
        description: 'Np. „Gmina Lipowa Wola”: podpowiadana w nowych dokumentach.',
      },
      editorialAddress: {
        label: 'Adres redakcji',
        description: 'Pełny adres redakcji BIP (ulica, kod, miejscowość).',
      },
      editors: {
        rows: { singular: 'Wpis redakcji', plural: 'Wpisy redakcji' },
        label: 'Redaktorzy',
        description: 'Co najmniej jedna osoba z telefonem i adresem e-mail.',
      },
      editorName: { label: 'Imię i nazwisko', description: 'Np. „Anna Kowalczyk”.' },
      editorRole: { label: 'Stanowisko', description: 'Np. „redaktor BIP, sekretariat”.' },
      editorPhone: { label: 'Telefon', description: 'Np. „+48 25 123 45 67”.' },
      editorEmail: { label: 'E-mail', description: 'Np. „bip@lipowawola.example.pl”.' },
      instructions: {
        label: 'Instrukcja korzystania z BIP',
        description: 'Treść strony „Instrukcja korzystania z BIP”.',
      },
      notPublished: {
        label: 'Informacje nieudostępnione w BIP',
        description:
          'Jak uzyskać informację, której nie opublikowano (wniosek o udostępnienie informacji publicznej).',
      },
    },
    messages: {
      changeNoteRequired:
        'Ten dokument jest już opublikowany: wpisz w polu „Opis zmiany”, co zmieniono, i opublikuj ponownie.',
      withdrawalReasonRequired: 'Podaj powód wycofania dokumentu do archiwum.',
      exclusionIncomplete: 'Wyłączenie jawności: podaj razem co wyłączono, podstawę prawną i kto zdecydował.',
      registerAppendOnly: 'Rejestru zmian BIP nie można edytować ani usuwać z niego wpisów.',
      releasedFileImmutable:
        'Ten plik był już opublikowany w BIP i nie można go zmienić ani usunąć: poprzednie wersje dokumentów muszą pokazywać go bez zmian. Aby go poprawić, dodaj nowy plik i opublikuj nową wersję dokumentu.',
      categoryNotEmpty:
        'Tej kategorii nie można usunąć, bo zawiera dokumenty BIP ({count}). Najpierw przenieś je do innej kategorii.',
      unpublishRefused:
        'Opublikowanego dokumentu BIP nie można cofnąć do szkicu. Aby go wycofać, zaznacz „Wycofaj do archiwum”, podaj powód i opublikuj.',
      deleteRefused:
        'Dokumentów BIP z historią zmian nie można usuwać. Wycofaj dokument do archiwum (zaznacz „Wycofaj do archiwum” i podaj powód).',
    },
  },
}
