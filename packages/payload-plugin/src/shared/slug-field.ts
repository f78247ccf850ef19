import type { FieldHook, TextField } from 'payload'
import { describe } from './i18n'
import { resolveSlug } from './resolve-slug'
import { uniqueSlug } from './unique-slug'

/** The beforeValidate hook of a slug field made from `sourceField`. */
export const generateSlug =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    const hasDrafts = Boolean(collection?.versions?.drafts)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    const { slug, generated } = resolveSlug({ value, source, originalDoc, sourceField, hasDrafts })
    if (!slug || !generated || !collection) return slug
    return uniqueSlug({ slug, collection: collection.slug, id: originalDoc?.id, req })
  }

/**
 * A `slug` field made from `sourceField` (default 'title') with Polish transliteration: unique, indexed, required,
 * in the sidebar; editable; stable once the document was published.
 */
export const slugField = (sourceField = 'title'): TextField => {
  const { label, description } = describe((t) => t.slug)
  return {
    name: 'slug',
    type: 'text',
    label,
    unique: true,
    index: true,
    required: true,
    admin: { position: 'sidebar', description },
    hooks: { beforeValidate: [generateSlug(sourceField)] },
  }
}
