import { signInEn } from './en/sign-in'
import { accessibilityEn } from './en/accessibility'
import { alertsEn } from './en/alerts'
import { filesEn } from './en/files'
import { requestsEn } from './en/requests'
import { publishingEn } from './en/publishing'
import type { Translations } from './pl'
import { bipEn } from './en/bip'
import { eventsEn } from './en/events'
import { periodicalsEn } from './en/periodicals'

/** English labels and messages, for editors who switch the admin to English. Same keys as `pl.ts`. */
export const en: Translations = {
  groups: {
    content: 'Content',
    files: 'Media and files',
    admin: 'Administration',
  },
  slug: {
    label: 'Address (slug)',
    description:
      'Part of the page address, e.g. "zolta-laka". Leave empty to make it from the title. Once published it no longer changes by itself, so links keep working.',
  },
  users: {
    singular: 'User',
    plural: 'Users',
    name: { label: 'Full name', description: "Enter the person's full name; it signs their articles." },
    roles: {
      label: 'Roles',
      description:
        'An administrator manages everything, accounts included. An editor writes and publishes content. Only an administrator changes roles.',
      admin: 'Administrator',
      editor: 'Editor',
      'bip-editor': 'BIP editor',
    },
    ...signInEn,
  },
  media: {
    singular: 'Image',
    plural: 'Images',
    description:
      'Photos and graphics (JPEG, PNG, WebP, AVIF, GIF, SVG). Sizes for the site are made automatically.',
    alt: {
      label: 'Alternative text',
      description:
        'Describe what the image shows, for blind readers (e.g. "The mayor cuts the ribbon on the new bridge"). Required unless the image is decorative.',
    },
    decorative: {
      label: 'Decorative image',
      description:
        'Tick when the image adds nothing to the content (background, ornament). Then no alternative text is needed.',
    },
    caption: { label: 'Caption', description: 'Caption under the image, e.g. author or source (optional).' },
  },
  documents: {
    singular: 'Document',
    plural: 'Documents',
    description: 'Attachments: PDF, office documents, ZIP archives. The file type is checked by its content.',
    title: {
      label: 'Title',
      description: 'Name of the document residents see, e.g. "Resolution XII/45/2025 on the budget".',
    },
  },
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
  alerts: alertsEn,
  publishing: publishingEn,
  files: filesEn,
  requests: requestsEn,
  periodicals: periodicalsEn,
  accessibility: accessibilityEn,
  siteSettings: {
    label: 'Site settings',
    description: 'Details of the gmina and its office shown in the header, footer and contact page.',
    gminaName: { label: 'Gmina name', description: 'Full name, e.g. "Gmina Zielona Dolina".' },
    officeName: { label: 'Office name', description: 'E.g. "Urząd Gminy Zielona Dolina".' },
    coatOfArms: {
      label: 'Coat of arms',
      description: 'The coat of arms from the image library (SVG or PNG preferred).',
    },
    address: {
      label: 'Office address',
      description: 'Address of the office.',
      street: { label: 'Street and number', description: 'E.g. "ul. Główna 1".' },
      postalCode: { label: 'Postal code', description: 'Format NN-NNN, e.g. "05-600".' },
      city: { label: 'Town', description: 'E.g. "Zielona Dolina".' },
    },
    contacts: {
      label: 'Contact',
      description: 'Contact details of the office.',
      phone: { label: 'Phone', description: 'Main office number, e.g. "+48 22 123 45 67".' },
      email: { label: 'Email', description: 'Email of the office, e.g. "urzad@zielonadolina.pl".' },
      fax: { label: 'Fax', description: 'Fax number (optional).' },
    },
    officeHours: {
      label: 'Office hours',
      description: 'One row per group of days.',
      days: { label: 'Days', description: 'E.g. "Monday" or "Tuesday–Friday" (in Polish on the site).' },
      hours: { label: 'Hours', description: 'E.g. "8:00–16:00".' },
    },
    eServices: {
      label: 'E-services',
      description: 'Addresses of electronic submission boxes (optional).',
      eboi: {
        label: 'e-BOI address',
        description: 'Full https:// address of the electronic customer service office.',
      },
      epuap: { label: 'ePUAP box', description: "Full https:// address of the office's ePUAP box." },
    },
    social: {
      label: 'Social media',
      description: "The gmina's social media profiles.",
      linkLabel: { label: 'Name', description: 'Name of the service, e.g. "Facebook".' },
      url: { label: 'Address', description: 'Full https:// address of the profile.' },
    },
  },
  bip: bipEn,
  events: eventsEn,
  messages: {
    altRequired: 'Enter alternative text or tick "Decorative image".',
    postalCode: 'Enter the postal code as NN-NNN, e.g. 05-600.',
    url: 'Enter a full address starting with https://, e.g. https://epuap.gov.pl/…',
    required: 'This field is required.',
    fileTooLarge:
      'The file is {size} MB and the limit is {limit} MB. Make it smaller (e.g. compress the PDF) and upload again.',
    fileEmpty: 'The file is empty. Choose the right file and upload again.',
    fileTypeNotAllowed:
      'The file is not a PDF or another allowed format (detected: {detected}). Allowed: {allowed}.',
    imageTooLarge:
      'The image is {size} MB and the limit for images is {limit} MB. Save it at a lower resolution (e.g. 2000 pixels wide) and upload again.',
    imageTypeNotAllowed:
      'The file is not an image in an allowed format (detected: {detected}). Allowed: {allowed}. SVG images are not accepted: save the logo as PNG.',
    fileNotFound: 'There is no such file.',
    unknownType: 'unknown format',
    futurePublication:
      'The publication date cannot be in the future: the article would appear at once. To publish it later, save it as a draft and choose "Schedule publish" (the arrow next to "Publish").',
    dateOutOfRange: 'Enter a date between the years {earliest} and {latest}.',
    richTextTooDeep:
      'The content is nested too deep (over {max} levels, e.g. lists in lists in quotes). Simplify its layout.',
    richTextTooLarge:
      'The content is too large ({size} thousand characters, the limit is {max} thousand). Split it into several entries or attach it as a PDF.',
    linkUrl:
      'The link "{url}" has an address that is not allowed. Enter a full address starting with https:// or http://, a mailto: or tel: address, or a path on the site starting with a single slash, e.g. /aktualnosci/.',
  },
}
