/** Accounts: sign-in limits, password rules, the password-reset e-mail (merged into `users`). */
export const signInPl = {
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
}
