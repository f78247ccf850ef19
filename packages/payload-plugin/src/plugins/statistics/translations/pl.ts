/** Polish admin texts of the statistics plugin. */
export const statisticsPl = {
  statistics: {
    group: 'Statystyki',
    sections: { site: 'Serwis', bip: 'BIP', periodicals: 'Informator' },
    trafficDays: {
      singular: 'Ruch w serwisie (dzień)',
      plural: 'Ruch w serwisie (dni)',
      description:
        'Dzienne sumy z dzienników serwera WWW, liczone bez ciasteczek. Nie zapisujemy adresów IP ani przeglądarek odwiedzających – tylko liczby. Uzupełniają się same co godzinę, za dni już zakończone.',
      day: { label: 'Dzień', description: 'Dzień według czasu polskiego (RRRR-MM-DD).' },
      requests: { label: 'Wszystkie żądania', description: 'Każdy wiersz dziennika z tego dnia.' },
      botRequests: {
        label: 'Żądania robotów',
        description:
          'Wyszukiwarki, czytniki kanałów i inne programy (lista „isbot”); nie liczą się do odsłon.',
      },
      pageViews: {
        label: 'Odsłony',
        description: 'Wyświetlenia stron (bez plików, kanałów, ponownych sprawdzeń strony i robotów).',
      },
      visitors: {
        label: 'Odwiedzający',
        description:
          'Różni odwiedzający tego dnia (adres i przeglądarka, rozpoznani bez zapisywania ich). Suma z wielu dni to suma dziennych odwiedzających, nie liczba osób.',
      },
      sectionsGroup: {
        label: 'Według części serwisu',
        description: 'Odsłony i odwiedzający części serwisu.',
      },
      feedFetches: { label: 'Pobrania kanałów RSS', description: 'Także przez czytniki kanałów.' },
      calendarFetches: {
        label: 'Pobrania kalendarzy',
        description: 'Pliki .ics, także przez aplikacje kalendarza subskrybentów.',
      },
      pdfDownloads: {
        label: 'Pobrania PDF',
        description: 'Całe pliki PDF wysłane odwiedzającym (bez robotów).',
      },
      paths: { label: 'Odsłony stron', description: 'Adres strony i liczba odsłon.' },
      referrers: {
        label: 'Wejścia z innych stron',
        description: 'Domena strony, z której przyszedł odwiedzający, i liczba wejść.',
      },
      imports: {
        label: 'Liczba importów',
        description:
          'Ile importów dodało wiersze tego dnia. Więcej niż 1: odwiedzający z różnych importów mogą być policzeni dwa razy.',
      },
    },
    logFiles: {
      singular: 'Zaimportowany dziennik',
      plural: 'Zaimportowane dzienniki',
      description:
        'Dzienniki serwera WWW, które import już czytał, i miejsce, w którym skończył. Dzięki temu te same wiersze nigdy nie są liczone dwa razy, także po rotacji i spakowaniu do .gz.',
      fingerprint: {
        label: 'Odcisk pierwszego wiersza',
        description: 'Rozpoznaje dziennik po zmianie nazwy.',
      },
      name: { label: 'Plik', description: 'Ostatnio widziana nazwa pliku.' },
      offset: { label: 'Przeczytane bajty', description: 'Od tego miejsca zacznie następny import.' },
      lines: { label: 'Wiersze', description: 'Wiersze policzone ze wszystkich importów tego pliku.' },
      malformedLines: {
        label: 'Wiersze nieczytelne',
        description: 'Wiersze w innym formacie niż „combined” – pominięte.',
      },
      finished: { label: 'Przeczytany do końca', description: 'Archiwum .gz przeczytane w całości.' },
      importedAt: { label: 'Ostatni import', description: 'Kiedy import ostatnio czytał ten plik.' },
    },
    historicFigures: {
      singular: 'Dane historyczne',
      plural: 'Dane historyczne',
      description:
        'Liczby z lat przed Ratuszem (np. odwiedziny BIP od 2003 r.) i z kanałów, których Ratusz nie widzi (Facebook, Instagram). Każda z podaniem źródła.',
      year: { label: 'Rok', description: 'Rok, którego dotyczy liczba.' },
      channel: {
        label: 'Kanał',
        description: 'Gdzie liczono.',
        website: 'Serwis internetowy',
        bip: 'BIP',
        facebook: 'Facebook',
        instagram: 'Instagram',
        youtube: 'YouTube',
        other: 'Inny',
      },
      measure: {
        label: 'Miara',
        description: 'Co liczono.',
        visits: 'Odwiedziny',
        pageViews: 'Odsłony',
        visitors: 'Odwiedzający',
        posts: 'Opublikowane posty',
        profileVisits: 'Wizyty na profilu',
        followers: 'Obserwujący',
        other: 'Inna',
      },
      value: { label: 'Liczba', description: 'Wartość za cały rok.' },
      source: {
        label: 'Źródło',
        description:
          'Skąd pochodzi liczba, np. „Licznik odwiedzin BIP (dostawca X)” lub „Meta Business Suite, eksport z 10.01.2025”.',
      },
      note: { label: 'Uwagi', description: 'Opcjonalnie, np. zmiana sposobu liczenia.' },
    },
  },
}
