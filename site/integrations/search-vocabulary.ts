/** The file of a search index part that lists its words, for the search page's "Czy chodziło o: …?". */
export const VOCABULARY_FILE = 'slowa.json'

/** Words shorter than this are never suggested (nor searched: see lib/search/query-words.ts). */
const MIN_LETTERS = 4

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
