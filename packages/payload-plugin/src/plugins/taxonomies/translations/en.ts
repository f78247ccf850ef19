import type { taxonomiesPl } from './pl'

/** English admin texts of the taxonomies plugin: areas, categories; the same keys as `pl.ts`. */
export const taxonomiesEn: typeof taxonomiesPl = {
  areas: {
    singular: 'Area',
    plural: 'Areas',
    description: 'Sołectwa (villages), neighbourhoods and thematic groups that news can be assigned to.',
    name: { label: 'Name', description: 'Name of the sołectwo, neighbourhood or group, e.g. "Żółta Łąka".' },
    kind: {
      label: 'Kind',
      description:
        'Choose whether it is a sołectwo, a neighbourhood or a thematic group (e.g. "Flood risk").',
      solectwo: 'Sołectwo (village)',
      osiedle: 'Neighbourhood',
      grupa: 'Thematic group',
    },
    about: { label: 'Description', description: 'A short description shown on the area page (optional).' },
  },
  categories: {
    singular: 'Category',
    plural: 'Categories',
    description: 'Topics of news, e.g. Investments, Education, Culture.',
    name: { label: 'Name', description: 'Name of the category, e.g. "Investments".' },
    about: {
      label: 'Description',
      description: 'A short description shown on the category page (optional).',
    },
  },
}
