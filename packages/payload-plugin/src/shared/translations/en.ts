import type { sharedPl } from './pl'

/**
 * English admin texts that several plugins share: admin groups, the slug field, common messages; the same
 * keys as `pl.ts`.
 */
export const sharedEn: typeof sharedPl = {
  groups: {
    content: 'Content',
    files: 'Media and files',
    admin: 'Administration',
  },
  review: {
    label: 'Review by',
    description:
      'The day by which to check that the content still holds (hours, fees, procedures). After it, the page is listed on the dashboard under "Due for review".',
  },
  slug: {
    label: 'Address (slug)',
    description:
      'Part of the page address, e.g. "zolta-laka". Leave empty to make it from the title. Once published it no longer changes by itself, so links keep working.',
  },
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
