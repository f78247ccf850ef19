/** Polish admin texts of the alerts plugin. */
export const alertsPl = {
  alerts: {
    singular: 'Komunikat',
    plural: 'Komunikaty',
    description:
      'Ostrzeżenia i komunikaty dla mieszkańców: pogoda, powódź, awarie, ogłoszenia. Aktywne komunikaty widać na każdej stronie serwisu, od najpoważniejszych.',
    title: {
      label: 'Tytuł',
      description: 'Krótki, konkretny tytuł, np. „Przerwa w dostawie wody w Dębinie”.',
    },
    kind: {
      label: 'Rodzaj',
      description: 'Czego dotyczy komunikat.',
      pogoda: 'Ostrzeżenie pogodowe',
      powodz: 'Zagrożenie powodziowe',
      zagrozenie: 'Inne zagrożenie',
      woda: 'Awaria lub przerwa w dostawie wody',
      prad: 'Awaria lub przerwa w dostawie prądu',
      drogi: 'Utrudnienia na drogach',
      komunikat: 'Komunikat urzędowy',
      wydarzenie: 'Przypomnienie o wydarzeniu',
    },
    severity: {
      label: 'Waga',
      description:
        'Informacja – do wiadomości; Ostrzeżenie – trzeba uważać; Alarm – bezpośrednie zagrożenie, trzeba działać. Alarm wymaga daty końca.',
      informacja: 'Informacja',
      ostrzezenie: 'Ostrzeżenie',
      alarm: 'Alarm',
    },
    shortText: {
      label: 'Krótka treść (SMS)',
      description:
        'Najważniejsze w jednym zdaniu, do 160 znaków – tyle zmieści SMS. Pokazywana w pasku ostrzeżeń i kanałach, np. „Brak wody w Dębinie do 15:00. Beczkowóz przy remizie OSP.”',
    },
    body: {
      label: 'Pełna treść',
      description: 'Szczegóły, zalecenia, kontakt (opcjonalnie, do 10 000 znaków).',
    },
    attachments: {
      label: 'Załączniki',
      description: 'Dokumenty do pobrania, np. komunikat IMGW w PDF lub mapa objazdu (opcjonalnie).',
    },
    areas: {
      label: 'Obszary',
      description:
        'Sołectwa, osiedla lub grupy (np. „Zagrożenie powodziowe”), których dotyczy komunikat. Zostaw puste, gdy dotyczy całej gminy.',
    },
    validFrom: {
      label: 'Obowiązuje od',
      description:
        'Od kiedy komunikat jest aktywny. Przyszła data = komunikat zapowiedziany, pojawi się w pasku o tej porze.',
    },
    validUntil: {
      label: 'Obowiązuje do',
      description:
        'Kiedy komunikat wygasa i znika z paska ostrzeżeń. Puste = do odwołania (nie dotyczy alarmu). Alarm może trwać najwyżej 72 godziny.',
    },
    longAlarmConfirmed: {
      label: 'Potwierdzam alarm dłuższy niż 72 godziny',
      description: 'Zaznacz tylko wtedy, gdy alarm naprawdę ma trwać dłużej niż 72 godziny od początku.',
    },
    source: {
      label: 'Źródło',
      description: 'Kto wydał komunikat, np. „IMGW-PIB”, „Urząd Gminy”, „PGE Dystrybucja” (opcjonalnie).',
    },
    publishedAt: {
      label: 'Data publikacji',
      description:
        'Ustawia się sama przy pierwszej publikacji. Zmień tylko, by poprawić datę w kanałach RSS.',
    },
    messages: {
      validUntilBeforeFrom:
        'Data „Obowiązuje do” musi być późniejsza niż „Obowiązuje od”. Popraw jedną z dat.',
      alarmNeedsEnd:
        'Alarm musi mieć datę końca. Wpisz, do kiedy obowiązuje (najwyżej 72 godziny od początku).',
      alarmTooLong:
        'Alarm może trwać najwyżej 72 godziny od początku. Skróć czas albo zaznacz „Potwierdzam alarm dłuższy niż 72 godziny”.',
      bodyTooLong:
        'Pełna treść ma {length} znaków, a limit to {limit}. Skróć tekst lub dodaj go jako załącznik.',
    },
  },
}
