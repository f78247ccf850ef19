/** Polish admin texts that several plugins share: admin groups, the slug field, common messages. */
export const sharedPl = {
  groups: {
    content: 'Treści',
    files: 'Media i pliki',
    admin: 'Administracja',
  },
  review: {
    label: 'Przejrzyj do',
    description:
      'Dzień, do którego warto sprawdzić, czy treść jest nadal aktualna (godziny, opłaty, procedury). Po tym dniu strona pojawi się w panelu „Na dziś” w części „Do przeglądu”.',
  },
  slug: {
    label: 'Adres (slug)',
    description:
      'Część adresu strony, np. „zolta-laka”. Zostaw puste, a utworzy się z tytułu. Po pierwszej publikacji nie zmienia się sama, by nie psuć linków.',
  },
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
