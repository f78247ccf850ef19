/** One page found for one word: Pagefind's result (its id, score and the positions of the words it matched). */
export type WordResult<T> = { id: string; score: number; words: number[]; result: T }

/** A page that holds every word of the query: its summed score and every matched position. */
export type CombinedResult<T> = { id: string; score: number; locations: number[]; result: T }

/**
 * The pages found for any of a word's alternatives (see synonyms.ts): each page once, with its best score and the
 * positions of every alternative it holds.
 */
export function anyOf<T>(alternatives: readonly (readonly WordResult<T>[])[]): WordResult<T>[] {
  const pages = new Map<string, WordResult<T>>()
  for (const list of alternatives) {
    for (const entry of list) {
      const page = pages.get(entry.id)
      if (!page) pages.set(entry.id, { ...entry, words: [...entry.words] })
      else {
        page.score = Math.max(page.score, entry.score)
        page.words.push(...entry.words)
      }
    }
  }
  return [...pages.values()]
}

/**
 * The pages found for every word (an AND of the words); `results` holds one list per word. Each word is searched
 * on its own as an exact term (see search-page.ts): Pagefind then still finds its inflected forms, but never falls
 * back to a shorter prefix of it ("woda" → "w") as its plain search does. Ordered as `ranking` lists their ids
 * (the plain search's order: its scores weigh titles and sections, the exact terms' do not), then by the sum of
 * their scores.
 */
export function combineResults<T>(
  results: readonly (readonly WordResult<T>[])[],
  ranking: readonly string[] = [],
): CombinedResult<T>[] {
  const [first, ...others] = results
  if (!first) return []
  const combined = new Map<string, CombinedResult<T>>(
    first.map(({ id, score, words, result }) => [id, { id, score, locations: [...words], result }]),
  )
  for (const list of others) {
    const found = new Map(list.map((entry) => [entry.id, entry]))
    for (const [id, page] of combined) {
      const entry = found.get(id)
      if (!entry) {
        combined.delete(id)
        continue
      }
      page.score += entry.score
      page.locations.push(...entry.words)
    }
  }
  const rank = new Map(ranking.map((id, index) => [id, index]))
  const position = (page: CombinedResult<T>) => rank.get(page.id) ?? ranking.length
  return [...combined.values()].sort((a, b) => position(a) - position(b) || b.score - a.score)
}
