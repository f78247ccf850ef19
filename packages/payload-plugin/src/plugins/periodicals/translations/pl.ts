/** Polish admin texts of the periodicals plugin. */
export const periodicalsPl = {
  periodicals: {
    periodicals: {
      singular: 'Czasopismo',
      plural: 'Czasopisma',
      description: 'Gazety i informatory wydawane przez gminę, np. „Informator Lipowej Woli”.',
      title: { label: 'Tytuł', description: 'Tytuł jak na winiecie, np. „Informator Lipowej Woli”.' },
      about: {
        label: 'Opis',
        description: 'Dwa, trzy zdania o czasopiśmie dla mieszkańców: czego dotyczy, gdzie je dostać.',
      },
      publisher: {
        label: 'Wydawca',
        description: 'Np. „Urząd Gminy Lipowa Wola” lub „Gminny Ośrodek Kultury”.',
      },
      frequency: {
        label: 'Częstotliwość',
        description: 'Jak często ukazują się kolejne numery.',
        weekly: 'Tygodnik',
        biweekly: 'Dwutygodnik',
        monthly: 'Miesięcznik',
        bimonthly: 'Dwumiesięcznik',
        quarterly: 'Kwartalnik',
        semiannual: 'Półrocznik',
        annual: 'Rocznik',
        irregular: 'Nieregularnie',
      },
      issn: {
        label: 'ISSN',
        description: 'Numer ISSN, jeśli czasopismo go ma, w formacie 1234-5679 (opcjonalnie).',
      },
      printRun: {
        label: 'Zwykły nakład',
        description: 'Liczba egzemplarzy typowego numeru, np. 10600 (opcjonalnie).',
      },
      coverStyle: {
        label: 'Kolor okładki zastępczej',
        description: 'Kolor karty numeru na stronie, gdy okładki jeszcze nie ma.',
        green: 'Zielony',
        blue: 'Niebieski',
        red: 'Czerwony',
        grey: 'Szary',
      },
    },
    newsletterIssues: {
      singular: 'Numer czasopisma',
      plural: 'Numery czasopism',
      description:
        'Wydania w PDF. Po wysłaniu pliku system sam policzy strony, odczyta tekst i przygotuje okładkę; wynik i ostrzeżenia zobaczysz w panelu bocznym po odświeżeniu.',
      periodical: { label: 'Czasopismo', description: 'Do którego czasopisma należy ten numer.' },
      number: {
        label: 'Numer',
        description: 'Numer jak na okładce, np. „3/2022” albo „Wydanie specjalne 1/2022”.',
      },
      urlSegment: {
        label: 'Numer w adresie',
        description: 'Tworzy się sam z numeru, np. „3/2022” → „3-2022”.',
      },
      year: { label: 'Rok', description: 'Rok wydania; puste = rok z daty wydania.' },
      publishedOn: { label: 'Data wydania', description: 'Dzień, w którym numer się ukazał.' },
      cover: {
        label: 'Okładka',
        description:
          'Obraz okładki (opcjonalnie). Gdy go nie dodasz, okładka powstanie sama z pierwszej strony PDF.',
      },
      generatedCover: {
        label: 'Okładka z pierwszej strony',
        description:
          'Wykonana automatycznie z pierwszej strony PDF. Używana, gdy nie dodasz własnej okładki.',
      },
      printRun: {
        label: 'Nakład',
        description: 'Liczba wydrukowanych egzemplarzy tego numeru (opcjonalnie).',
      },
      contents: {
        rows: { singular: 'Wpis spisu treści', plural: 'Wpisy spisu treści' },
        label: 'Spis treści',
        description: 'Najważniejsze artykuły z numerami stron; na stronie prowadzą prosto do strony w PDF.',
        title: { label: 'Tytuł artykułu', description: 'Np. „Nowa świetlica w Brzozówce”.' },
        page: { label: 'Strona', description: 'Numer strony w pliku PDF, od 1.' },
      },
      kind: {
        label: 'Rodzaj',
        description: 'Zwykły numer albo dodatek specjalny (np. harmonogram odbioru odpadów).',
        regular: 'Numer',
        supplement: 'Dodatek specjalny',
      },
      subject: {
        label: 'Temat dodatku',
        description: 'Czego dotyczy dodatek, np. „Harmonogram odbioru odpadów 2024”.',
      },
      parentIssue: {
        label: 'Dodatek do numeru',
        description: 'Numer, do którego dołączono ten dodatek (opcjonalnie).',
      },
      pageCount: { label: 'Liczba stron', description: 'Odczytana z pliku PDF.' },
      pdfTitle: { label: 'Tytuł w pliku PDF', description: 'Z metadanych pliku (Właściwości dokumentu).' },
      pdfLanguage: { label: 'Język pliku PDF', description: 'Z metadanych pliku, np. „pl-PL”.' },
      pages: {
        rows: { singular: 'Strona', plural: 'Strony' },
        label: 'Tekst stron',
        description: 'Tekst odczytany z każdej strony; mieszkańcy czytają go na stronie numeru.',
        page: { label: 'Strona', description: 'Numer strony.' },
        text: { label: 'Tekst', description: 'Tekst strony.' },
      },
      processing: {
        label: 'Przetwarzanie PDF',
        description: 'Stan odczytu pliku. Odśwież stronę, by zobaczyć wynik.',
        status: {
          label: 'Stan',
          description: 'W kolejce, w toku, gotowe albo błąd.',
          queued: 'W kolejce',
          running: 'W toku',
          done: 'Gotowe',
          failed: 'Błąd',
        },
        warnings: {
          rows: { singular: 'Ostrzeżenie', plural: 'Ostrzeżenia' },
          label: 'Ostrzeżenia',
          description: 'Co warto poprawić w pliku PDF.',
        },
        warning: { label: 'Ostrzeżenie', description: '' },
        error: { label: 'Błąd', description: 'Dlaczego odczyt się nie udał.' },
        processedAt: { label: 'Przetworzono', description: 'Kiedy zakończono odczyt pliku.' },
      },
    },
    messages: {
      pdfEmpty: 'Plik jest pusty. Wybierz właściwy plik PDF i wyślij ponownie.',
      pdfTooLarge:
        'Plik ma {size} MB, a limit dla numeru czasopisma to {limit} MB. Zmniejsz PDF (np. eksportuj z kompresją obrazów) i wyślij ponownie.',
      pdfNotPdf:
        'To nie jest plik PDF, choć może mieć taką nazwę (rozpoznano: {detected}). Wyeksportuj numer do PDF i wyślij ponownie.',
      pdfPassword: 'PDF jest chroniony hasłem. Zapisz go bez hasła (bez zabezpieczeń) i wyślij ponownie.',
      pdfEncrypted:
        'PDF jest zaszyfrowany (ma ograniczenia kopiowania lub drukowania). Zapisz go bez zabezpieczeń i wyślij ponownie.',
      pdfCorrupt:
        'Pliku PDF nie da się odczytać: jest uszkodzony lub niekompletny. Wyeksportuj go ponownie i wyślij jeszcze raz.',
      pdfRequired: 'Dodaj plik PDF numeru.',
      subjectRequired: 'Wpisz temat dodatku, np. „Harmonogram odbioru odpadów 2024”.',
      numberTaken: 'Numer „{number}” z roku {year} już jest w tym czasopiśmie. Sprawdź numer lub rok.',
      pageOutOfRange: 'Strona {page} nie istnieje: PDF ma {pages} stron.',
      warnNoText:
        'PDF nie ma warstwy tekstowej (to skan): mieszkańcy korzystający z czytników ekranu nie przeczytają go. Wyeksportuj PDF z programu do składu lub przepuść skan przez OCR.',
      warnNoTextPages: 'Strony bez tekstu (pewnie skany lub same obrazy): {pages}.',
      warnNoTitle:
        'PDF nie ma tytułu w metadanych. Uzupełnij tytuł we właściwościach dokumentu przed eksportem (wymóg dostępności).',
      warnLarge:
        'PDF ma {size} MB, więcej niż zalecane {limit} MB: pobieranie na telefonie będzie długie. Rozważ kompresję obrazów.',
      warnTruncated: 'Odczytano tekst tylko {limit} pierwszych stron z {pages}.',
      processingFailed:
        'Nie udało się odczytać pliku: {detail}. Wyślij plik ponownie lub zgłoś problem administratorowi.',
      processingTimeout: 'odczyt trwał dłużej niż {seconds} s',
      unknownType: 'nieznany format',
    },
  },
}
