import type { periodicalsPl } from './pl'

/** English admin texts of the periodicals plugin; the same keys as `pl.ts`. */
export const periodicalsEn: typeof periodicalsPl = {
  periodicals: {
    periodicals: {
      singular: 'Periodical',
      plural: 'Periodicals',
      description: 'Newspapers and newsletters the gmina publishes.',
      title: { label: 'Title', description: 'The title as on the masthead.' },
      about: {
        label: 'Description',
        description: 'Two or three sentences for residents about the periodical.',
      },
      publisher: { label: 'Publisher', description: 'E.g. the municipal office or the culture centre.' },
      frequency: {
        label: 'Frequency',
        description: 'How often issues come out.',
        weekly: 'Weekly',
        biweekly: 'Biweekly',
        monthly: 'Monthly',
        bimonthly: 'Bimonthly',
        quarterly: 'Quarterly',
        semiannual: 'Semiannual',
        annual: 'Annual',
        irregular: 'Irregular',
      },
      issn: { label: 'ISSN', description: 'The ISSN, if any, formatted 1234-5679 (optional).' },
      printRun: {
        label: 'Usual print run',
        description: 'Copies of a typical issue, e.g. 10600 (optional).',
      },
      coverStyle: {
        label: 'Placeholder cover colour',
        description: "Colour of an issue's card on the site while it has no cover.",
        green: 'Green',
        blue: 'Blue',
        red: 'Red',
        grey: 'Grey',
      },
    },
    newsletterIssues: {
      singular: 'Issue',
      plural: 'Issues',
      description:
        'Issues as PDF. After upload the page count, text and cover are read automatically; reload to see the result and warnings in the sidebar.',
      periodical: { label: 'Periodical', description: 'The periodical this issue belongs to.' },
      number: { label: 'Number', description: 'The number as printed, e.g. "3/2022".' },
      urlSegment: {
        label: 'Number in the address',
        description: 'Made from the number: "3/2022" → "3-2022".',
      },
      year: { label: 'Year', description: 'Year of the issue; empty = the year of the publication date.' },
      publishedOn: { label: 'Publication date', description: 'The day the issue came out.' },
      cover: {
        label: 'Cover',
        description:
          'Cover image (optional). Without it, a cover is rendered from the first page of the PDF.',
      },
      generatedCover: {
        label: 'Cover from the first page',
        description: 'Rendered automatically from page 1; used when no cover is given.',
      },
      printRun: { label: 'Print run', description: 'Copies printed of this issue (optional).' },
      contents: {
        rows: { singular: 'Contents entry', plural: 'Contents entries' },
        label: 'Table of contents',
        description: 'Main articles with page numbers; on the site they link to the page in the PDF.',
        title: { label: 'Article title', description: 'The title of the article.' },
        page: { label: 'Page', description: 'Page number in the PDF file, from 1.' },
      },
      kind: {
        label: 'Kind',
        description: 'A regular issue or a special supplement.',
        regular: 'Issue',
        supplement: 'Special supplement',
      },
      subject: { label: 'Subject', description: 'What the supplement is about.' },
      parentIssue: { label: 'Supplement to', description: 'The issue this supplement came with (optional).' },
      pageCount: { label: 'Pages', description: 'Read from the PDF.' },
      pdfTitle: { label: 'PDF title', description: "From the file's metadata." },
      pdfLanguage: { label: 'PDF language', description: "From the file's metadata, e.g. pl-PL." },
      pages: {
        rows: { singular: 'Page', plural: 'Pages' },
        label: 'Page text',
        description: 'Text read from every page; shown to residents on the issue page.',
        page: { label: 'Page', description: 'Page number.' },
        text: { label: 'Text', description: 'Text of the page.' },
      },
      processing: {
        label: 'PDF processing',
        description: 'State of reading the file. Reload to see the result.',
        status: {
          label: 'State',
          description: 'Queued, running, done or failed.',
          queued: 'Queued',
          running: 'Running',
          done: 'Done',
          failed: 'Failed',
        },
        warnings: {
          rows: { singular: 'Warning', plural: 'Warnings' },
          label: 'Warnings',
          description: 'What to improve in the PDF.',
        },
        warning: { label: 'Warning', description: '' },
        error: { label: 'Error', description: 'Why reading the file failed.' },
        processedAt: { label: 'Processed at', description: 'When reading the file finished.' },
      },
    },
    messages: {
      pdfEmpty: 'The file is empty. Choose the right PDF and upload it again.',
      pdfTooLarge:
        'The file is {size} MB; the limit for an issue is {limit} MB. Compress the PDF and upload it again.',
      pdfNotPdf: 'This is not a PDF file, whatever its name (detected: {detected}). Export the issue to PDF.',
      pdfPassword: 'The PDF is password-protected. Save it without a password and upload it again.',
      pdfEncrypted:
        'The PDF is encrypted (restricts copying or printing). Save it without security and upload again.',
      pdfCorrupt: 'The PDF cannot be read: it is damaged or incomplete. Export it again and upload it again.',
      pdfRequired: 'Add the PDF file of the issue.',
      subjectRequired: 'Enter the subject of the supplement.',
      numberTaken: 'Number "{number}" of {year} already exists in this periodical. Check the number or year.',
      pageOutOfRange: 'Page {page} does not exist: the PDF has {pages} pages.',
      warnNoText:
        'The PDF has no text layer (a scan): screen reader users cannot read it. Export it from the layout software or run OCR.',
      warnNoTextPages: 'Pages without text (scans or images only): {pages}.',
      warnNoTitle:
        'The PDF has no title in its metadata. Set the document title before exporting (accessibility).',
      warnLarge: 'The PDF is {size} MB, more than the recommended {limit} MB: slow to download on a phone.',
      warnTruncated: 'Text was read from the first {limit} of {pages} pages only.',
      processingFailed: 'Reading the file failed: {detail}. Upload it again or tell the administrator.',
      processingTimeout: 'reading took longer than {seconds} s',
      unknownType: 'unknown format',
    },
  },
}
