import type { CollectionBeforeOperationHook } from 'payload'
import { transliterate } from './transliterate'

/** "Uchwała nr 1 (skan).PDF" → "uchwala-nr-1-skan.pdf": ASCII file names make stable, readable public URLs. */
export const safeFilename = (name: string): string => {
  const dot = name.lastIndexOf('.')
  const base = dot > 0 ? name.slice(0, dot) : name
  const extension =
    dot > 0
      ? name
          .slice(dot + 1)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
      : ''
  const slug = transliterate(base) || 'plik'
  return extension ? `${slug}.${extension}` : slug
}

/** Renames an uploaded file to its transliterated name before Payload stores it. */
export const transliterateFilename: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file)
    req.file.name = safeFilename(req.file.name)
  return args
}
