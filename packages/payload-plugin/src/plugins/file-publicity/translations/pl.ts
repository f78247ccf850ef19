/** Polish admin texts of the file-publicity plugin. */
export const filePublicityPl = {
  files: {
    publicByHand: {
      label: 'Publiczny zawsze',
      description:
        'Zaznacz, by plik był dostępny dla wszystkich, nawet gdy nie używa go żadna opublikowana treść. Bez tego plik staje się publiczny dopiero z publikacją treści, która go używa.',
    },
    public: {
      label: 'Publiczny',
      description:
        'Ustawia się samo: plik jest publiczny, gdy używa go opublikowana treść albo zaznaczono „Publiczny zawsze”. Pliku niepublicznego nikt spoza redakcji nie pobierze.',
    },
    publicUsage: {
      rows: { singular: 'Użycie', plural: 'Użycia' },
      label: 'Używany przez opublikowane treści',
      description: 'Opublikowane treści, które używają tego pliku (ustawia się samo).',
    },
    owner: { label: 'Treść', description: 'Kolekcja i numer treści, np. „articles:12”.' },
  },
}
