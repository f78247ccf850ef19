import { signInPl } from './pl/sign-in'
import { accessibilityPl } from './pl/accessibility'
import { alertsPl } from './pl/alerts'
import { filesPl } from './pl/files'
import { requestsPl } from './pl/requests'
import { publishingPl } from './pl/publishing'
import { bipPl } from './pl/bip'
import { eventsPl } from './pl/events'
import { periodicalsPl } from './pl/periodicals'
/**
 * Every label, description and message the admin panel shows, in Polish (the admin's default language).
 * `en.ts` mirrors this shape; `Translations` makes the compiler check that both hold every key.
 * Messages may hold `{placeholders}` filled by `format()` in shared/i18n.ts.
 */
export const pl = {
  groups: {
    content: 'Treści',
    files: 'Media i pliki',
    admin: 'Administracja',
  },
  slug: {
    label: 'Adres (slug)',
    description:
      'Część adresu strony, np. „zolta-laka”. Zostaw puste, a utworzy się z tytułu. Po pierwszej publikacji nie zmienia się sama, by nie psuć linków.',
  },
  users: {
    singular: 'Użytkownik',
    plural: 'Użytkownicy',
    name: {
      label: 'Imię i nazwisko',
      description: 'Wpisz imię i nazwisko; podpisuje ono artykuły tej osoby.',
    },
    roles: {
      label: 'Role',
      description:
        'Administrator zarządza wszystkim, także kontami. Redaktor tworzy i publikuje treści. Role zmienia tylko administrator.',
      admin: 'Administrator',
      editor: 'Redaktor',
      'bip-editor': 'Redaktor BIP',
    },
    ...signInPl,
  },
  media: {
    singular: 'Obraz',
    plural: 'Obrazy',
    description: 'Zdjęcia i grafiki (JPEG, PNG, WebP, AVIF, GIF, SVG). Rozmiary do strony tworzą się same.',
    alt: {
      label: 'Tekst alternatywny',
      description:
        'Opisz, co widać na obrazie, dla osób niewidomych (np. „Wójt przecina wstęgę na nowym moście”). Wymagany, chyba że obraz jest tylko ozdobą.',
    },
    decorative: {
      label: 'Obraz ozdobny',
      description:
        'Zaznacz, gdy obraz nic nie wnosi do treści (tło, ozdobnik). Wtedy tekst alternatywny nie jest potrzebny.',
    },
    caption: { label: 'Podpis', description: 'Podpis pod zdjęciem, np. autor lub źródło (opcjonalnie).' },
  },
  documents: {
    singular: 'Dokument',
    plural: 'Dokumenty',
    description: 'Załączniki: PDF, dokumenty biurowe, archiwa ZIP. Typ pliku sprawdzany jest po zawartości.',
    title: {
      label: 'Tytuł',
      description:
        'Nazwa dokumentu widoczna dla mieszkańców, np. „Uchwała nr XII/45/2025 w sprawie budżetu”.',
    },
  },
  areas: {
    singular: 'Obszar',
    plural: 'Obszary',
    description: 'Sołectwa, osiedla i grupy tematyczne, do których można przypisać aktualności.',
    name: { label: 'Nazwa', description: 'Nazwa sołectwa, osiedla lub grupy, np. „Żółta Łąka”.' },
    kind: {
      label: 'Rodzaj',
      description: 'Wybierz, czy to sołectwo, osiedle czy grupa tematyczna (np. „Zagrożenie powodziowe”).',
      solectwo: 'Sołectwo',
      osiedle: 'Osiedle',
      grupa: 'Grupa tematyczna',
    },
    about: { label: 'Opis', description: 'Krótki opis obszaru pokazywany na jego stronie (opcjonalnie).' },
  },
  categories: {
    singular: 'Kategoria',
    plural: 'Kategorie',
    description: 'Tematy aktualności, np. Inwestycje, Oświata, Kultura.',
    name: { label: 'Nazwa', description: 'Nazwa kategorii, np. „Inwestycje”.' },
    about: { label: 'Opis', description: 'Krótki opis kategorii pokazywany na jej stronie (opcjonalnie).' },
  },
  articles: {
    singular: 'Aktualność',
    plural: 'Aktualności',
    description:
      'Wiadomości dla mieszkańców. Możesz zapisać szkic, opublikować od razu albo zaplanować publikację.',
    title: { label: 'Tytuł', description: 'Krótki, konkretny tytuł, np. „Remont drogi w Żółtej Łące”.' },
    lead: {
      label: 'Wstęp (lead)',
      description:
        'Jedno lub dwa zdania streszczenia, widoczne na liście aktualności i w kanale RSS (do 400 znaków).',
    },
    body: { label: 'Treść', description: 'Pełna treść aktualności.' },
    cover: {
      label: 'Zdjęcie główne',
      description:
        'Obraz pokazywany nad tekstem i na liście (opcjonalnie). Pamiętaj o tekście alternatywnym.',
    },
    categories: { label: 'Kategorie', description: 'Wybierz jedną lub kilka kategorii tematycznych.' },
    areas: {
      label: 'Obszary',
      description: 'Sołectwa, osiedla lub grupy, których dotyczy wiadomość (puste = cała gmina).',
    },
    attachments: {
      label: 'Załączniki',
      description: 'Dokumenty do pobrania (PDF, DOCX, ODT, XLSX…), np. ogłoszenie lub formularz.',
    },
    featured: { label: 'Wyróżniona', description: 'Zaznacz, by pokazać aktualność na górze strony głównej.' },
    author: {
      label: 'Autor',
      description:
        'Podpis widoczny dla mieszkańców, np. „Referat Promocji”. Puste = imię i nazwisko zalogowanej osoby.',
    },
    publishedAt: {
      label: 'Data publikacji',
      description:
        'Ustawia się sama przy pierwszej publikacji. Zmień tylko, by poprawić datę wyświetlaną na stronie; nie może być w przyszłości. Aby artykuł ukazał się później, zapisz go jako szkic i wybierz „Zaplanuj publikację” (strzałka obok przycisku „Opublikuj”).',
    },
  },
  alerts: alertsPl,
  publishing: publishingPl,
  files: filesPl,
  requests: requestsPl,
  periodicals: periodicalsPl,
  accessibility: accessibilityPl,
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
    },
    contacts: {
      label: 'Kontakt',
      description: 'Dane kontaktowe urzędu.',
      phone: { label: 'Telefon', description: 'Numer sekretariatu, np. „+48 22 123 45 67”.' },
      email: { label: 'E-mail', description: 'Adres e-mail urzędu, np. „urzad@zielonadolina.pl”.' },
      fax: { label: 'Faks', description: 'Numer faksu (opcjonalnie).' },
    },
    officeHours: {
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
      label: 'Media społecznościowe',
      description: 'Profile gminy w serwisach społecznościowych.',
      linkLabel: { label: 'Nazwa', description: 'Nazwa serwisu, np. „Facebook”.' },
      url: { label: 'Adres', description: 'Pełny adres https:// profilu.' },
    },
  },
  bip: bipPl,
  events: eventsPl,
  messages: {
    altRequired: 'Wpisz tekst alternatywny albo zaznacz „Obraz ozdobny”.',
    postalCode: 'Wpisz kod pocztowy w formacie NN-NNN, np. 05-600.',
    url: 'Wpisz pełny adres zaczynający się od https://, np. https://epuap.gov.pl/…',
    required: 'To pole jest wymagane.',
    fileTooLarge:
      'Plik ma {size} MB, a limit to {limit} MB. Zmniejsz plik (np. skompresuj PDF) i wyślij ponownie.',
    fileEmpty: 'Plik jest pusty. Wybierz właściwy plik i wyślij ponownie.',
    fileTypeNotAllowed:
      'Plik nie jest dokumentem PDF ani innym dozwolonym formatem (rozpoznano: {detected}). Dozwolone: {allowed}.',
    imageTooLarge:
      'Obraz ma {size} MB, a limit dla obrazów to {limit} MB. Zapisz go w mniejszej rozdzielczości (np. 2000 pikseli szerokości) i wyślij ponownie.',
    imageTypeNotAllowed:
      'Plik nie jest obrazem w dozwolonym formacie (rozpoznano: {detected}). Dozwolone: {allowed}. Obrazów SVG nie przyjmujemy: zapisz logo jako PNG.',
    fileNotFound: 'Nie ma takiego pliku.',
    unknownType: 'nieznany format',
    futurePublication:
      'Data publikacji nie może być w przyszłości: artykuł ukazałby się od razu. Aby ukazał się później, zapisz go jako szkic i wybierz „Zaplanuj publikację” (strzałka obok przycisku „Opublikuj”).',
    dateOutOfRange: 'Wpisz datę między rokiem {earliest} a {latest}.',
    richTextTooDeep:
      'Treść jest zagnieżdżona zbyt głęboko (ponad {max} poziomów, np. listy w listach w cytatach). Uprość jej układ.',
    richTextTooLarge:
      'Treść jest zbyt duża ({size} tys. znaków, limit to {max} tys.). Podziel ją na kilka wpisów albo dodaj jako załącznik PDF.',
    linkUrl:
      'Link „{url}” ma niedozwolony adres. Wpisz pełny adres zaczynający się od https:// lub http://, adres mailto: albo tel:, lub ścieżkę w serwisie zaczynającą się od jednego ukośnika, np. /aktualnosci/.',
  },
}

/** The shape every language of the admin provides. */
export type Translations = typeof pl
