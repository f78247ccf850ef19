/** Polish admin texts of the core plugin: users and signing in, media, documents. */
export const corePl = {
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
        'Administrator zarządza wszystkim, także kontami. Redaktor tworzy i publikuje treści. Obsługa zgłoszeń widzi zgłoszenia mieszkańców z kategorii, które ją wskazują. Role zmienia tylko administrator.',
      admin: 'Administrator',
      editor: 'Redaktor',
      'bip-editor': 'Redaktor BIP',
      'reports-handler': 'Obsługa zgłoszeń',
    },
    nameRequired: 'Wpisz imię i nazwisko (same spacje nie wystarczą).',
    password: {
      tooShort:
        'Hasło musi mieć co najmniej {min} znaków. Najłatwiej zapamiętać kilka słów, np. „zielony rower nad Wisłą”.',
      common:
        'To hasło jest na liście najczęściej używanych haseł i łatwo je odgadnąć. Wybierz inne, np. kilka słów, które zapamiętasz.',
    },
    currentPassword: {
      label: 'Obecne hasło',
      description: 'Aby zmienić swoje hasło, wpisz też obecne.',
      missing: 'Aby zmienić hasło, wpisz obecne hasło.',
      wrong: 'Obecne hasło jest nieprawidłowe.',
    },
    throttled: {
      signIn:
        'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za {minutes} min albo ustaw nowe hasło („Nie pamiętasz hasła?”).',
      reset:
        'Zbyt wiele próśb o zmianę hasła. Spróbuj ponownie za {minutes} min i sprawdź skrzynkę, także folder spam.',
    },
    resetEmail: {
      subject: 'Ratusz: ustaw nowe hasło',
      intro:
        'Ktoś (zapewne Ty) poprosił o ustawienie nowego hasła do panelu Ratusz. Aby to zrobić, otwórz ten link:',
      expiry: 'Link działa przez godzinę i tylko raz.',
      notYou: 'Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło się nie zmieni.',
    },
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
}
