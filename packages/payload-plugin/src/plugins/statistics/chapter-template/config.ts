import type { GlobalConfig, TextareaField } from 'payload'
import { isAdmin } from '../../../shared/access'
import { label } from '../../../shared/i18n'
import { notOnSite } from '../../../shared/not-on-site'
import { STATISTICS_SLUGS } from '../slugs'
import { CHAPTER_PLACEHOLDERS, unknownPlaceholders, unknownPlaceholdersMessage } from './placeholders'

/** The chapter's parts whose text the template holds (fields of the global), with their Polish names. */
export const CHAPTER_TEXTS = {
  intro: 'Wstęp',
  traffic: 'Ruch w serwisie internetowym',
  topPages: 'Najczęściej czytane strony',
  content: 'Publikacje',
  periodicals: 'Czasopismo gminy',
  bip: 'Biuletyn Informacji Publicznej',
  notifications: 'Powiadomienia dla mieszkańców',
  reports: 'Zgłoszenia mieszkańców',
  historic: 'Dane wpisane ręcznie',
  closing: 'Zakończenie',
} as const

export type ChapterTextKey = keyof typeof CHAPTER_TEXTS

/** The template's field whose text goes before each section of the statistics (by the section's id). */
export const SECTION_TEXT: Record<string, ChapterTextKey> = {
  ruch: 'traffic',
  strony: 'topPages',
  publikacje: 'content',
  czasopismo: 'periodicals',
  bip: 'bip',
  powiadomienia: 'notifications',
  zgloszenia: 'reports',
  'dane-historyczne': 'historic',
}

/** The texts a new installation starts with; an administrator edits them. */
export const DEFAULT_CHAPTER_TEXTS: Record<ChapterTextKey, string> = {
  intro:
    'W okresie: {{okres}} gmina informowała mieszkańców przez serwis internetowy, Biuletyn Informacji Publicznej, czasopismo gminy i powiadomienia. Dane poniżej pochodzą z systemu Ratusz; tam, gdzie system ich nie miał, podano „brak danych”.',
  traffic:
    'Strony serwisu i BIP wyświetlono {{odslony}} razy. Suma dziennych liczb odwiedzających wyniosła {{odwiedzajacy}} (ta sama osoba odwiedzająca serwis w różne dni liczy się w każdym z nich). Pobrano {{pobrania_pdf}} plików PDF.',
  topPages: '',
  content:
    'Opublikowano {{aktualnosci}} aktualności oraz {{komunikaty}} komunikatów i ostrzeżeń; w kalendarzu zapowiedziano {{wydarzenia}} wydarzeń.',
  periodicals:
    'Ukazało się {{numery_czasopisma}} numerów czasopisma gminy i {{dodatki}} dodatków, w łącznym nakładzie {{egzemplarze}} egzemplarzy.',
  bip: 'W Biuletynie Informacji Publicznej opublikowano {{dokumenty_bip}} nowych dokumentów; rejestr zmian liczy {{zmiany_bip}} wpisów z tego okresu.',
  notifications:
    'Na koniec okresu powiadomienia otrzymywało {{subskrybenci}} subskrybentów ({{subskrybenci_zmiana}} w ciągu okresu). Wysłano {{wyslane_powiadomienia}} wiadomości.',
  reports: 'Mieszkańcy przesłali {{zgloszenia}} zgłoszeń, z których załatwiono {{zgloszenia_zalatwione}}.',
  historic: '',
  closing: '',
}

const placeholderList = Object.entries(CHAPTER_PLACEHOLDERS)
  .map(([name, meaning]) => `{{${name}}} – ${meaning}`)
  .join('; ')

const validateTemplate = (value: unknown): true | string => {
  const unknown = unknownPlaceholders(typeof value === 'string' ? value : '')
  return unknown.length === 0 ? true : unknownPlaceholdersMessage(unknown)
}

const textField = (key: ChapterTextKey): TextareaField => ({
  name: key,
  type: 'textarea',
  defaultValue: DEFAULT_CHAPTER_TEXTS[key],
  validate: validateTemplate,
  label: { pl: CHAPTER_TEXTS[key], en: CHAPTER_TEXTS[key] },
  admin: { rows: 4 },
})

/**
 * `annual-report-template`: the text of the chapter "Komunikacja z mieszkańcami" around its figures, one text per
 * part, with placeholders ({{rok}}, {{odslony}}, …) that the figures of the chosen year replace. Administrators
 * only; a placeholder not on the list is refused on save (and, in a text saved before, when generating).
 */
export const chapterTemplateGlobal = (): GlobalConfig => ({
  slug: STATISTICS_SLUGS.chapterTemplate,
  label: { pl: 'Szablon rozdziału raportu', en: 'Annual report chapter template' },
  admin: {
    group: label((t) => t.statistics.group),
    description: {
      pl: `Tekst rozdziału „Komunikacja z mieszkańcami” raportu o stanie gminy. Akapity oddzielaj pustą linią. Pola, które system zastąpi liczbami: ${placeholderList}. Rozdział pobierzesz w „Statystyki roczne”.`,
      en: `The text of the annual report's chapter. Placeholders: ${placeholderList}.`,
    },
  },
  // the chapter's text is never on the site: saving it publishes nothing
  custom: notOnSite,
  access: { read: isAdmin, update: isAdmin },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      defaultValue: 'Komunikacja z mieszkańcami',
      validate: validateTemplate,
      label: { pl: 'Tytuł rozdziału', en: 'Chapter title' },
    },
    ...(Object.keys(CHAPTER_TEXTS) as ChapterTextKey[]).map(textField),
  ],
})
