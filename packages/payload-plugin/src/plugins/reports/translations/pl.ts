/** Polish admin texts of the reports plugin. */
export const reportsPl = {
  reports: {
    group: 'Zgłoszenia mieszkańców',
    categories: {
      singular: 'Kategoria zgłoszeń',
      plural: 'Kategorie zgłoszeń',
      description:
        'Czego mogą dotyczyć zgłoszenia (np. oświetlenie uliczne, drogi i chodniki), kto je załatwia i w jakim terminie.',
      name: { label: 'Nazwa', description: 'Jak kategorię widzą mieszkańcy na formularzu /zglos/.' },
      about: { label: 'Opis', description: 'Jedno zdanie podpowiedzi dla mieszkańca (opcjonalnie).' },
      team: { label: 'Zespół', description: 'Kto załatwia zgłoszenia, np. „Referat Infrastruktury”.' },
      handlers: {
        label: 'Osoby obsługujące',
        description: 'Konta z rolą „Obsługa zgłoszeń”, które widzą i załatwiają zgłoszenia tej kategorii.',
      },
      urgent: {
        label: 'Pilna (wypadek, zagrożenie)',
        description: 'Formularz pokaże przy niej: „W nagłych wypadkach dzwoń 112”.',
      },
      deadlineDays: {
        label: 'Termin (dni)',
        description: 'Po tylu dniach od potwierdzenia niezamknięte zgłoszenie jest przeterminowane.',
      },
      open311Code: {
        label: 'Kod Open311',
        description: 'Stały kod usługi dla aplikacji Open311 (service_code); pusty – identyfikator.',
      },
    },
    reports: {
      singular: 'Zgłoszenie',
      plural: 'Zgłoszenia',
      description:
        'Zgłoszenia mieszkańców z formularza /zglos/ i z aplikacji Open311, po potwierdzeniu przez zgłaszającego. Zmiana stanu i odpowiedź trafiają do zgłaszającego e-mailem lub SMS-em.',
      category: { label: 'Kategoria', description: 'Zmień, jeśli zgłoszenie trafiło do złej kategorii.' },
      text: { label: 'Opis zgłaszającego', description: 'Tak, jak napisał mieszkaniec. Nie jest publiczny.' },
      area: { label: 'Miejscowość lub osiedle', description: '' },
      place: { label: 'Adres lub miejsce', description: 'Tak, jak wpisał mieszkaniec.' },
      latitude: { label: 'Szerokość geograficzna', description: '' },
      longitude: { label: 'Długość geograficzna', description: '' },
      photos: { label: 'Zdjęcia', description: 'Bez danych EXIF i GPS, zmniejszone.' },
      contactChannel: { label: 'Kontakt przez', description: '' },
      contactEmail: { label: 'E-mail zgłaszającego', description: '' },
      contactPhone: { label: 'Telefon zgłaszającego', description: '' },
      consentVersion: {
        label: 'Wersja zgody',
        description: 'Wersja klauzuli informacyjnej, którą zaakceptował.',
      },
      status: {
        label: 'Stan',
        description: 'Każda zmiana stanu trafia do zgłaszającego.',
        new: 'Nowe',
        accepted: 'Przyjęte',
        'in-progress': 'W realizacji',
        forwarded: 'Przekazane innej instytucji',
        resolved: 'Załatwione',
        rejected: 'Odrzucone',
      },
      justification: {
        label: 'Uzasadnienie',
        description: 'Wymagane przy odrzuceniu i przekazaniu; trafia do zgłaszającego.',
      },
      assignee: { label: 'Prowadzi', description: 'Osoba, która załatwia zgłoszenie.' },
      reply: {
        label: 'Odpowiedź dla zgłaszającego',
        description: 'Po zapisaniu trafi do zgłaszającego i do historii poniżej.',
      },
      note: {
        label: 'Notatka wewnętrzna',
        description: 'Widzą ją tylko pracownicy urzędu. Po zapisaniu trafi do historii poniżej.',
      },
      messages: {
        label: 'Historia',
        description: 'Zmiany stanu, odpowiedzi, notatki i odpowiedzi mieszkańca.',
      },
      public: {
        label: 'Publiczne',
        description:
          'Pokaż na stronie /zgloszenia/ i w Open311: kategorię, miejscowość, stan i opis publiczny.',
      },
      publicDescription: {
        label: 'Opis publiczny',
        description: 'Bez danych osobowych; tylko ten opis zobaczą wszyscy.',
      },
      publicPlace: { label: 'Miejsce (publiczne)', description: 'Np. „ul. Leśna” – bez numeru domu.' },
      confirmedAt: { label: 'Potwierdzone', description: '' },
      firstResponseAt: { label: 'Pierwsza odpowiedź', description: '' },
      closedAt: { label: 'Zamknięte', description: '' },
      dueAt: { label: 'Termin', description: 'Z terminu kategorii.' },
      erasedAt: { label: 'Dane usunięte', description: '' },
      justificationRequired: 'Wpisz uzasadnienie odrzucenia lub przekazania – trafi do zgłaszającego.',
      publicDescriptionRequired:
        'Wpisz opis publiczny (bez danych osobowych), zanim oznaczysz zgłoszenie jako publiczne.',
      channels: { email: 'E-mail', sms: 'SMS' },
    },
    messages: {
      singular: 'Wiadomość zgłoszenia',
      plural: 'Wiadomości zgłoszeń',
      description:
        'Historia zgłoszeń: zmiany stanu, odpowiedzi, notatki wewnętrzne i odpowiedzi mieszkańców.',
      report: { label: 'Zgłoszenie', description: '' },
      kind: {
        label: 'Rodzaj',
        description: '',
        note: 'Notatka wewnętrzna',
        reply: 'Odpowiedź dla zgłaszającego',
        answer: 'Odpowiedź mieszkańca',
        status: 'Zmiana stanu',
      },
      body: { label: 'Treść', description: '' },
      status: { label: 'Nowy stan', description: '' },
      author: { label: 'Autor', description: '' },
    },
    photos: {
      singular: 'Zdjęcie zgłoszenia',
      plural: 'Zdjęcia zgłoszeń',
      description: 'Zdjęcia dołączone przez mieszkańców, bez danych EXIF i GPS.',
    },
    keys: {
      singular: 'Klucz Open311',
      plural: 'Klucze Open311',
      description:
        'Klucze API dla aplikacji, które wysyłają zgłoszenia przez Open311 (POST /api/open311/v2/requests.json). Jeden klucz na integratora: utwórz wpis, potem „Wydaj klucz”. Klucz widać tylko raz; przechowujemy tylko jego skrót.',
      name: { label: 'Integrator', description: 'Kto używa klucza, np. „Aplikacja Moja Gmina”.' },
      key: {
        label: 'Końcówka klucza',
        description: 'Ostatnie znaki wydanego klucza, by odróżnić klucze. Samego klucza nie przechowujemy.',
      },
      active: { label: 'Aktywny', description: 'Odznacz, aby zablokować klucz.' },
      lastUsedAt: { label: 'Ostatnio użyty', description: '' },
    },
    notYours: 'To zgłoszenie należy do kategorii, której nie obsługujesz.',
  },
}
