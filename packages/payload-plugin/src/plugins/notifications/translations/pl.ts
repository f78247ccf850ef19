/** Polish admin texts of the notifications plugin. */
export const notificationsPl = {
  notifications: {
    group: 'Powiadomienia',
    groups: {
      singular: 'Grupa powiadomień',
      plural: 'Grupy powiadomień',
      description:
        'Grupy, do których mieszkańcy mogą się zapisać niezależnie od miejscowości, np. „Zagrożenie powodziowe”, „Kultura i sport”.',
      name: {
        label: 'Nazwa',
        description: 'Jak grupę widzą mieszkańcy na formularzu, np. „Zagrożenie powodziowe”.',
      },
      description_: {
        label: 'Opis',
        description: 'Jedno zdanie: kto powinien się zapisać i co będzie dostawać.',
      },
      alertKinds: {
        label: 'Komunikaty tych rodzajów',
        description: 'Komunikaty wybranych rodzajów trafią do tej grupy zawsze, z każdej miejscowości.',
      },
    },
    subscriptions: {
      singular: 'Subskrypcja',
      plural: 'Subskrypcje',
      description:
        'Mieszkańcy zapisani na powiadomienia. Zapisują się sami na stronie /powiadomienia/ i potwierdzają zapis; tu administrator dodaje członków urzędowych (sołtysów, zespół kryzysowy) z podstawą prawną.',
      channel: { label: 'Kanał', description: 'Jak wysyłamy wiadomości.' },
      address: { label: 'Adres e-mail lub numer telefonu', description: 'Numer telefonu w formacie +48…' },
      status: {
        label: 'Stan',
        description: 'Oczekuje – zapis niepotwierdzony; aktywna – dostaje wiadomości; zakończona – wypisana.',
        pending: 'Oczekuje na potwierdzenie',
        active: 'Aktywna',
        ended: 'Zakończona',
      },
      topics: { label: 'Co dostaje', description: 'Komunikaty, aktualności, wydarzenia.' },
      areas: { label: 'Miejscowości i osiedla', description: 'Puste – cała gmina.' },
      categories: { label: 'Tematy', description: 'Tematy aktualności i wydarzeń; puste – wszystkie.' },
      groups: { label: 'Grupy', description: 'Grupy powiadomień, do których należy.' },
      frequency: { label: 'Częstotliwość', description: 'Jak często dostaje aktualności i wydarzenia.' },
      official: {
        label: 'Członek urzędowy',
        description:
          'Dodany przez urząd bez zgody mieszkańca (sołtys, zespół kryzysowy, radny) na podstawie prawnej poniżej; liczony osobno.',
      },
      legalBasis: {
        label: 'Podstawa prawna',
        description: 'Np. „art. 20 ust. 2 ustawy o zarządzaniu kryzysowym – członek gminnego zespołu”.',
      },
      consentVersion: {
        label: 'Wersja zgody',
        description: 'Wersja klauzuli, którą mieszkaniec zaakceptował.',
      },
      startedAt: { label: 'Początek', description: 'Kiedy subskrypcja zaczęła działać (potwierdzenie).' },
      endedAt: { label: 'Koniec', description: 'Kiedy mieszkaniec się wypisał lub kanał przestał działać.' },
      endReason: { label: 'Powód końca', description: 'Np. wypisanie, trwały błąd doręczenia.' },
      erasedAt: {
        label: 'Dane usunięte',
        description: 'Kiedy usunięto adres lub numer; zostaje anonimowy zapis do statystyk.',
      },
      legalBasisRequired: 'Członek urzędowy wymaga podstawy prawnej.',
      addressRequired: 'Wpisz adres e-mail albo numer telefonu.',
      addressInvalid: 'To nie jest poprawny adres e-mail ani polski numer komórkowy.',
      channels: { email: 'E-mail', sms: 'SMS', push: 'Powiadomienia w przeglądarce' },
      topicNames: { alerts: 'Komunikaty', news: 'Aktualności', events: 'Wydarzenia' },
      frequencies: { immediately: 'Od razu', daily: 'Raz dziennie', weekly: 'Raz w tygodniu' },
    },
    deliveries: {
      singular: 'Doręczenie',
      plural: 'Doręczenia',
      description: 'Każda wiadomość do każdego odbiorcy: stan, próby, błąd. Wysyła kolejka zadań.',
      message: { label: 'Wiadomość', description: 'Czego dotyczy, np. komunikat i wariant.' },
      subject: { label: 'Temat', description: '' },
      digest: {
        label: 'Zestawienie',
        description: 'Zestawienie (dzienne lub tygodniowe), w którym wysłano tę pozycję.',
      },
      state: {
        label: 'Stan',
        description: '',
        queued: 'Czeka',
        sending: 'Wysyłana',
        sent: 'Wysłana',
        failed: 'Nieudana',
        cancelled: 'Anulowana',
        held: 'Czeka na zestawienie',
        digested: 'W zestawieniu',
      },
      dueAt: { label: 'Wysłać od', description: 'Wiadomości poza alarmami czekają do końca ciszy nocnej.' },
      attempts: { label: 'Próby', description: '' },
      sentAt: { label: 'Wysłana', description: '' },
      error: { label: 'Błąd', description: '' },
    },
    notify: {
      label: 'Powiadom subskrybentów',
      description:
        'Po opublikowaniu wyślij ten komunikat zapisanym mieszkańcom jego miejscowości (lub całej gminy). Ponowne zaznaczenie przy kolejnej zmianie wyśle „Aktualizację”, a po zakończeniu ważności – „Odwołane”.',
    },
    notifyItem: {
      label: 'Powiadom subskrybentów',
      description:
        'Po opublikowaniu wyślij to zapisanym mieszkańcom jego miejscowości i tematów: od razu albo w ich zestawieniu dziennym lub tygodniowym. Ponowne zaznaczenie przy kolejnej zmianie wyśle „Aktualizację”, a po odwołaniu wydarzenia – „Odwołane”.',
    },
    notifiedAt: {
      label: 'Powiadomiono',
      description: 'Kiedy ostatnio wysłano powiadomienie o tym komunikacie.',
    },
  },
}
