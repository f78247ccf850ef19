/** Polish admin texts of the news plugin: articles. */
export const newsPl = {
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
}
