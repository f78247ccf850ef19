/** Polish admin texts of the events plugin. */
export const eventsPl = {
  events: {
    singular: 'Wydarzenie',
    plural: 'Wydarzenia',
    description:
      'Zaproszenia na wydarzenia gminy, sołectw, szkół i organizacji. Możesz zapisać szkic, opublikować od razu albo zaplanować publikację.',
    title: { label: 'Tytuł', description: 'Nazwa wydarzenia, np. „Dożynki gminne w Dębinie”.' },
    lead: {
      label: 'Zapowiedź',
      description:
        'Jedno lub dwa zdania o wydarzeniu, widoczne w kalendarzu, na liście i w kanałach (do 400 znaków).',
    },
    body: { label: 'Opis', description: 'Pełny opis: program, dla kogo, co zabrać (opcjonalnie).' },
    image: {
      label: 'Zdjęcie lub plakat',
      description: 'Obraz pokazywany na stronie wydarzenia (opcjonalnie). Pamiętaj o tekście alternatywnym.',
    },
    allDay: {
      label: 'Cały dzień',
      description:
        'Zaznacz, gdy wydarzenie trwa cały dzień lub kilka dni (np. festyn); wtedy godziny się nie liczą.',
    },
    start: {
      label: 'Początek',
      description: 'Data i godzina rozpoczęcia (czas polski). Dla wydarzenia cyklicznego: pierwszy termin.',
    },
    end: {
      label: 'Koniec',
      description:
        'Data i godzina zakończenia (czas polski). Puste = wydarzenie bez określonego końca; dla „całego dnia” ostatni dzień.',
    },
    recurrence: {
      label: 'Powtarzanie',
      description:
        'Dla wydarzeń, które odbywają się regularnie, np. zajęcia co tydzień. Zostaw puste, gdy jednorazowe.',
      frequency: {
        label: 'Powtarzaj',
        description: 'Jak często wydarzenie się powtarza. Puste = nie powtarza się.',
        daily: 'codziennie',
        weekly: 'co tydzień',
        monthly: 'co miesiąc',
        yearly: 'co rok',
      },
      interval: {
        label: 'Co ile',
        description: 'Np. 2 przy „co tydzień” oznacza co dwa tygodnie.',
      },
      weekdays: {
        label: 'W dni tygodnia',
        description: 'Dla powtarzania co tydzień: w które dni. Puste = w dniu tygodnia pierwszego terminu.',
        MO: 'poniedziałek',
        TU: 'wtorek',
        WE: 'środa',
        TH: 'czwartek',
        FR: 'piątek',
        SA: 'sobota',
        SU: 'niedziela',
      },
      until: { label: 'Do dnia', description: 'Ostatni dzień, w którym może odbyć się termin (włącznie).' },
      count: {
        label: 'Liczba terminów',
        description: 'Ile razy łącznie, zamiast daty końcowej (opcjonalnie).',
      },
      exceptions: {
        rows: { singular: 'Odwołany termin', plural: 'Odwołane terminy' },
        label: 'Odwołane terminy',
        description: 'Dni, w które wydarzenie się nie odbędzie, np. święta.',
        date: { label: 'Dzień', description: 'Dzień, w którym terminu nie ma.' },
      },
      rule: {
        label: 'Reguła iCalendar',
        description: 'Tworzy się sama z pól powyżej (RRULE); używają jej kalendarze w telefonach.',
      },
    },
    place: {
      label: 'Miejsce',
      description: 'Gdzie odbywa się wydarzenie.',
      name: { label: 'Nazwa miejsca', description: 'Np. „Świetlica wiejska w Dębinie”.' },
      address: { label: 'Adres', description: 'Ulica, numer i miejscowość, np. „ul. Szkolna 3, Dębina”.' },
      latitude: { label: 'Szerokość geograficzna', description: 'Np. 52.2297 (opcjonalnie, do mapy).' },
      longitude: { label: 'Długość geograficzna', description: 'Np. 21.0122 (opcjonalnie, do mapy).' },
    },
    organiser: {
      label: 'Organizator',
      description: 'Kto zaprasza.',
      kind: {
        label: 'Organizator',
        description: 'Gmina, sołectwo lub osiedle z listy obszarów, albo inna organizacja.',
        gmina: 'Gmina',
        area: 'Sołectwo, osiedle lub grupa',
        organisation: 'Inna organizacja',
      },
      area: { label: 'Obszar', description: 'Które sołectwo, osiedle lub grupa organizuje.' },
      name: { label: 'Nazwa organizacji', description: 'Np. „Koło Gospodyń Wiejskich w Brzozówce”.' },
      phone: { label: 'Telefon', description: 'Telefon kontaktowy organizatora (opcjonalnie).' },
      email: { label: 'E-mail', description: 'Adres e-mail organizatora (opcjonalnie).' },
      website: { label: 'Strona internetowa', description: 'Pełny adres https:// (opcjonalnie).' },
    },
    categories: { label: 'Kategorie', description: 'Wybierz jedną lub kilka kategorii tematycznych.' },
    areas: {
      label: 'Obszary',
      description: 'Sołectwa, osiedla lub grupy, których dotyczy wydarzenie (puste = cała gmina).',
    },
    price: {
      label: 'Wstęp',
      description: 'Czy wstęp jest wolny, a jeśli nie, ile kosztuje.',
      free: { label: 'Wstęp wolny', description: 'Zaznacz, gdy udział jest bezpłatny.' },
      amount: { label: 'Cena', description: 'Np. „20 zł, dzieci 10 zł”.' },
    },
    registration: {
      label: 'Zapisy',
      description: 'Gdy trzeba się zapisać (opcjonalnie).',
      url: { label: 'Link do zapisów', description: 'Pełny adres https:// formularza zapisów.' },
      deadline: {
        label: 'Zapisy do',
        description: 'Ostatni moment na zapisy; nie później niż początek wydarzenia.',
      },
    },
    attachments: {
      label: 'Załączniki',
      description: 'Dokumenty do pobrania, np. regulamin, program, karta zgłoszenia.',
    },
    status: {
      label: 'Status',
      description: 'Zmień, gdy wydarzenie odwołano lub przełożono; mieszkańcy zobaczą komunikat.',
      planned: 'Planowane',
      cancelled: 'Odwołane',
      postponed: 'Przełożone',
    },
    statusNote: {
      label: 'Komunikat o zmianie',
      description: 'Wyjaśnienie dla mieszkańców, np. „Z powodu pogody przeniesione na 21 czerwca”.',
    },
    sequence: {
      label: 'Numer zmiany',
      description:
        'Rośnie sam, gdy zmienisz termin, miejsce lub status opublikowanego wydarzenia (dla kalendarzy).',
    },
    messages: {
      endBeforeStart: 'Koniec jest przed początkiem. Ustaw koniec po dacie i godzinie rozpoczęcia.',
      noOccurrence:
        'Reguła powtarzania nie daje żadnego terminu. Przesuń „Do dnia” na później, zwiększ liczbę terminów albo usuń odwołane terminy.',
      untilAndCount: 'Podaj albo „Do dnia”, albo „Liczbę terminów”, nie oba naraz.',
      deadlineAfterStart:
        'Zapisy kończą się po rozpoczęciu wydarzenia. Ustaw termin zapisów przed początkiem.',
      organiserArea: 'Wybierz sołectwo, osiedle lub grupę, która organizuje wydarzenie.',
      organiserName: 'Wpisz nazwę organizacji, która zaprasza.',
      coordinates: 'Podaj obie współrzędne (szerokość i długość) albo żadnej.',
    },
  },
}
