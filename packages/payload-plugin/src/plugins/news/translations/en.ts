import type { newsPl } from './pl'

/** English admin texts of the news plugin: articles; the same keys as `pl.ts`. */
export const newsEn: typeof newsPl = {
  articles: {
    singular: 'News article',
    plural: 'News',
    description: 'News for residents. Save a draft, publish now or schedule publication.',
    title: { label: 'Title', description: 'A short, concrete title, e.g. "Road repair in Żółta Łąka".' },
    lead: {
      label: 'Lead',
      description:
        'One or two summary sentences, shown in the news list and the RSS feed (up to 400 characters).',
    },
    body: { label: 'Body', description: 'The full text of the article.' },
    cover: {
      label: 'Cover image',
      description: 'Image shown above the text and in the list (optional). Remember its alternative text.',
    },
    categories: { label: 'Categories', description: 'Choose one or more topics.' },
    areas: {
      label: 'Areas',
      description: 'Sołectwa, neighbourhoods or groups the news concerns (empty = the whole gmina).',
    },
    attachments: {
      label: 'Attachments',
      description: 'Documents to download (PDF, DOCX, ODT, XLSX…), e.g. a notice or a form.',
    },
    featured: { label: 'Featured', description: 'Tick to show the article at the top of the home page.' },
    author: {
      label: 'Author',
      description:
        'Signature residents see, e.g. "Promotion Office". Empty = the signed-in person\'s full name.',
    },
    publishedAt: {
      label: 'Publication date',
      description:
        'Set automatically on first publication. Change it only to correct the date shown on the site; it cannot be in the future. To publish the article later, save it as a draft and choose "Schedule publish" (the arrow next to "Publish").',
    },
  },
}
