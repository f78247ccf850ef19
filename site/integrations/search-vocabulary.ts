import { Parser } from 'htmlparser2'

/** The file of a search index part that lists its words, for the search page's "Czy chodziło o: …?". */
export const VOCABULARY_FILE = 'slowa.json'

/** Words shorter than this are never suggested (nor searched: see lib/search/query-words.ts). */
const MIN_LETTERS = 4

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript'])

/**
 * The text of a page that the search index holds: what is inside its `data-pagefind-body` element, without what
 * is marked `data-pagefind-ignore` (nor scripts and styles). Empty for a page that is not indexed.
 */
export function indexedText(html: string): string {
  const chunks: string[] = []
  // open elements, each noting whether it starts the body or a skipped region
  const stack: { body: boolean; skipped: boolean }[] = []
  let inBody = 0
  let skipped = 0
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const entry = {
          body: 'data-pagefind-body' in attributes,
          skipped: 'data-pagefind-ignore' in attributes || SKIPPED_ELEMENTS.has(name),
        }
        stack.push(entry)
        if (entry.body) inBody++
        if (entry.skipped) skipped++
      },
      ontext(text) {
        if (inBody > 0 && skipped === 0) chunks.push(text)
      },
      onclosetag() {
        const entry = stack.pop()
        if (entry?.body) inBody--
        if (entry?.skipped) skipped--
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return chunks.join(' ')
}

/** Adds each word of `text` (letters only, at least four, lower case) to `counts`. */
export function countWords(text: string, counts: Map<string, number>): void {
  for (const [word] of text.toLocaleLowerCase('pl').matchAll(new RegExp(`\\p{L}{${MIN_LETTERS},}`, 'gu'))) {
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
}

/** The vocabulary file's content: each word with how often it occurs, the most frequent first. */
export function vocabularyJson(counts: ReadonlyMap<string, number>): string {
  return JSON.stringify(
    Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
  )
}
