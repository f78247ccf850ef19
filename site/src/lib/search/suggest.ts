import { distance } from 'fastest-levenshtein'

/** How far a word may be from a typed one to be suggested: one letter in short words, two in longer ones. */
const maxDistance = (word: string) => (word.length <= 5 ? 1 : 2)

/**
 * The word of the site closest to one that found nothing ("kanalizcja" → "kanalizacja"): within maxDistance
 * edits, the nearest first, then the most frequent. Undefined when none is close or the word itself exists.
 * `vocabulary` maps each word of the index to how often it occurs.
 */
export function closestWord(word: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
  const typed = word.toLocaleLowerCase('pl')
  if (vocabulary.has(typed)) return undefined
  let best: { word: string; distance: number; count: number } | undefined
  for (const [candidate, count] of vocabulary) {
    if (Math.abs(candidate.length - typed.length) > maxDistance(typed)) continue
    const edits = distance(typed, candidate)
    if (edits > maxDistance(typed)) continue
    if (!best || edits < best.distance || (edits === best.distance && count > best.count)) {
      best = { word: candidate, distance: edits, count }
    }
  }
  return best?.word
}
