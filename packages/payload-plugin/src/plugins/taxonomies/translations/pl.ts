/** Polish admin texts of the taxonomies plugin: areas, categories. */
export const taxonomiesPl = {
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
}
