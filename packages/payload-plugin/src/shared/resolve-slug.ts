import { transliterate } from './transliterate'

type Doc = Record<string, unknown> | undefined | null

type ResolveSlugInput = {
  /** The slug as submitted (may be empty). */
  value: unknown
  /** The source text as submitted, e.g. the title (may be absent on a partial update). */
  source: unknown
  /** The stored document before this change; absent on create. */
  originalDoc?: Doc
  /** The name of the source field, e.g. 'title'. */
  sourceField: string
  /** Whether the collection has drafts; without drafts, a saved document counts as published. */
  hasDrafts: boolean
}

type ResolvedSlug = {
  /** The slug to store, or undefined when there is nothing to make it from. */
  slug: string | undefined
  /** True when the slug was made from the source text (so a numeric suffix may be added to keep it unique). */
  generated: boolean
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** Whether the document was ever visible to the public, so its address must not change by itself. */
export const wasEverPublished = (doc: Doc, hasDrafts: boolean): boolean => {
  if (!doc) return false
  if (!hasDrafts) return true
  return doc._status === 'published' || Boolean(doc.publishedAt)
}

/** Whether `slug` is `base` or `base` with a uniqueness suffix ("base-2"). */
const isMadeFrom = (slug: string, base: string): boolean =>
  base !== '' && (slug === base || new RegExp(`^${base}-\\d+$`).test(slug))

/**
 * Decides the slug of a document being saved:
 * - a typed slug is normalized with the Polish transliteration;
 * - an empty slug is made from the source text, except on a published document, which keeps its slug;
 * - before the first publication, a slug that was made from the old title follows a changed title.
 */
export const resolveSlug = ({
  value,
  source,
  originalDoc,
  sourceField,
  hasDrafts,
}: ResolveSlugInput): ResolvedSlug => {
  const typed = text(value)
  const sourceText = text(source)
  const previous = text(originalDoc?.slug)
  const previousSource = text(originalDoc?.[sourceField])
  const published = wasEverPublished(originalDoc, hasDrafts)

  if (typed) {
    const followsTitle =
      !published &&
      typed === previous &&
      sourceText !== '' &&
      sourceText !== previousSource &&
      isMadeFrom(previous, transliterate(previousSource))
    if (followsTitle) return { slug: transliterate(sourceText) || undefined, generated: true }
    return { slug: transliterate(typed) || undefined, generated: false }
  }
  if (published && previous) return { slug: previous, generated: false }
  const fromSource = transliterate(sourceText || previousSource)
  return fromSource ? { slug: fromSource, generated: true } : { slug: undefined, generated: false }
}
