/** Polish admin texts of the publishing plugin: the publish log. */
export const publishingPl = {
  publishing: {
    group: 'Publikacja serwisu',
    singular: 'Publikacja serwisu',
    plural: 'Publikacje serwisu',
    description:
      'Każda zmiana opublikowanej treści odświeża serwis sam, w ciągu kilku sekund. Tu widać, kiedy serwis był publikowany, ile to trwało i co poszło nie tak. Gdy publikacja się nie uda, mieszkańcy nadal widzą poprzednią wersję serwisu.',
    status: {
      label: 'Stan',
      queued: 'W kolejce',
      running: 'W toku',
      succeeded: 'Opublikowano',
      failed: 'Nie udało się',
    },
    reason: { label: 'Powód', description: 'Zmiana, która uruchomiła publikację.' },
    scheduledFor: { label: 'Zaplanowano na' },
    startedAt: { label: 'Rozpoczęto' },
    finishedAt: { label: 'Zakończono' },
    durationSeconds: { label: 'Czas trwania (s)' },
    pages: { label: 'Liczba stron' },
    via: {
      label: 'Sposób',
      warm: 'szybki (ciepły renderer)',
      'warm-start': 'pierwsze uruchomienie renderera',
      cold: 'pełna przebudowa',
    },
    steps: {
      label: 'Przebieg',
      description: 'Czasy kroków publikacji i przebieg budowy serwisu, dla administratora serwera.',
      build: 'budowa',
      links: 'linki',
      feeds: 'kanały',
    },
    releaseId: { label: 'Wersja serwisu' },
    error: {
      label: 'Błąd',
      description: 'Co poszło nie tak i co zrobić. Serwis pokazuje nadal poprzednią, działającą wersję.',
    },
    errorDetail: { label: 'Szczegóły techniczne', description: 'Dla administratora serwera.' },
    details: { label: 'Szczegóły: czasy i wersja serwisu' },
    warnings: {
      label: 'Pominięte rekordy',
      description:
        'Rekordy, których serwis nie umiał pokazać: pominięto je, a resztę serwisu opublikowano. Popraw każdy z nich i zapisz ponownie.',
    },
    skipped: {
      record: 'Pominięto rekord {collection} #{id}: pole „{field}”: {problem}.',
      keptPrevious: 'Serwis pokazuje nadal jego poprzednią wersję.',
      notShown: 'Serwis go nie pokazuje.',
    },
    reasons: {
      changed: '{record}: zmiana',
      deleted: '{record}: usunięcie',
      global: 'Zmiana ustawień: {global}',
      clock: 'Upływ czasu (koniec wydarzenia lub komunikatu, zaplanowana treść)',
      republish: 'Ponowna publikacja serwisu — polecenie: {user}',
      rollback: 'Przywrócenie poprzedniej wersji serwisu — polecenie: {user}',
      start: 'Uruchomienie publikowania (np. po aktualizacji serwisu)',
    },
    actions: {
      forbidden: 'Tylko administrator może ponownie publikować serwis i przywracać jego poprzednią wersję.',
      republished: 'Publikacja serwisu czeka w kolejce; serwis odświeży się w ciągu kilku sekund.',
      rolledBack: 'Serwis pokazuje znowu poprzednią wersję ({release}).',
      rollbackUnavailable:
        'Ten CMS nie przywraca wersji serwisu sam. Administrator serwera może to zrobić poleceniem „pnpm rollback”.',
      rollbackFailed:
        'Nie udało się przywrócić poprzedniej wersji serwisu: {detail}. Serwis pokazuje to, co przedtem.',
      noPreviousRelease: 'nie ma starszej wersji serwisu',
    },
    preview: {
      signIn:
        'Podgląd widzą tylko zalogowani redaktorzy. Zaloguj się w panelu administracyjnym i spróbuj ponownie.',
      notFound: 'Nie ma takiego dokumentu albo nie masz do niego dostępu.',
      warmPublishOff:
        'Podgląd wymaga szybkiej publikacji (ciepłego renderera), która w tym serwisie jest wyłączona. Administrator serwera może ją włączyć ustawieniem RATUSZ_WARM_PUBLISH=true. Do tego czasu zobaczysz dokument na stronie dopiero po opublikowaniu.',
      rendererNotStarted:
        'Podgląd będzie dostępny po pierwszej publikacji serwisu od uruchomienia CMS (uruchamia ona renderer). Spróbuj ponownie za kilka minut.',
      noPage:
        'Ten dokument nie ma jeszcze adresu na stronie: uzupełnij pole adresu, zapisz szkic i spróbuj ponownie.',
      refused: 'Nie udało się przygotować podglądu: {reason}',
      title: 'Podgląd',
    },
    failures: {
      cmsDown:
        'Serwis nie mógł pobrać treści z CMS (CMS nie odpowiadał). Spróbuj ponownie za chwilę; jeśli błąd się powtarza, powiadom administratora.',
      contract:
        'Rekord {collection} #{id} ma niepoprawne pole „{field}”: {problem}. Popraw ten rekord i zapisz go ponownie.',
      links:
        'Na stronach serwisu są linki do nieistniejących stron: {detail}. Popraw linki w treści i zapisz ponownie.',
      feeds: 'Kanał RSS lub kalendarz nie dał się poprawnie zbudować: {detail}. Powiadom administratora.',
      other: 'Publikacja serwisu nie powiodła się: {detail}. Powiadom administratora.',
    },
  },
}
