import slugify from 'slugify'

/** Longest slug we make; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80

/**
 * Turns Polish text into a URL slug: "Żółta łąka" → "zolta-laka", "Święto Ziemniaka 2025!" → "swieto-ziemniaka-2025".
 * "&" reads as the Polish "i"; dots, underscores and slashes separate words. Returns '' when nothing is left.
 */
export const transliterate = (text: string): string => {
  const prepared = text
    .replace(/&/g, ' i ')
    .replace(/[_./\\:;,+–—]+/g, ' ')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
  const slug = slugify(prepared, { lower: true, strict: true, locale: 'pl', trim: true })
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-$/, '')
}

/** Whether a string already is a slug as `transliterate` makes them. */
export const isSlug = (value: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
