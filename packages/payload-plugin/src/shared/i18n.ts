import type { PayloadRequest } from 'payload'
import { en, pl, type Translations } from '../translations'

/** The languages the plugin's admin texts come in. */
export type Language = 'pl' | 'en'

/** A label or description in every language, as Payload's `label` and `admin.description` accept it. */
type LocalizedText = { pl: string; en: string }

const byLanguage: Record<Language, Translations> = { pl, en }

/** Picks one text from both translation files: `label((t) => t.articles.title.label)`. */
export const label = (pick: (t: Translations) => string): LocalizedText => ({ pl: pick(pl), en: pick(en) })

/** Label and description of a field at once, from a `{ label, description }` node of the translations. */
export const describe = (
  pick: (t: Translations) => { label: string; description: string },
): { label: LocalizedText; description: LocalizedText } => ({
  label: label((t) => pick(t).label),
  description: label((t) => pick(t).description),
})

/** Singular and plural labels of a collection, or of an array field's rows ("Dodaj odwołany termin"). */
export const collectionLabels = (
  pick: (t: Translations) => { singular: string; plural: string },
): { singular: LocalizedText; plural: LocalizedText } => ({
  singular: label((t) => pick(t).singular),
  plural: label((t) => pick(t).plural),
})

/** The language of the admin user making the request; Polish unless they chose English. */
export const languageOf = (req?: Partial<Pick<PayloadRequest, 'i18n'>> | null): Language =>
  req?.i18n?.language === 'en' ? 'en' : 'pl'

/** Fills `{name}` placeholders of a message. Unknown placeholders stay as they are. */
export const format = (template: string, vars: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole))

/** A message in the language of the request, with its placeholders filled. */
export const message = (
  req: Partial<Pick<PayloadRequest, 'i18n'>> | null | undefined,
  pick: (t: Translations) => string,
  vars?: Record<string, string | number>,
): string => format(pick(byLanguage[languageOf(req)]), vars)

/**
 * The `label` and `admin.description` of a field from a `{ label, description }` node of the translations,
 * merged with any other `admin` settings: `...labelled((t) => t.articles.title, { position: 'sidebar' })`.
 */
export const labelled = <A extends object = object>(
  pick: (t: Translations) => { label: string; description: string },
  admin?: A,
): { label: LocalizedText; admin: A & { description: LocalizedText } } => {
  const texts = describe(pick)
  return { label: texts.label, admin: { ...(admin as A), description: texts.description } }
}
