/**
 * Words a search never looks for on their own: Polish prepositions, conjunctions and pronouns of three letters or
 * more (shorter words are dropped anyway). They occur on nearly every page and would only dilute the ranking.
 */
const STOPWORDS: ReadonlySet<string> = new Set([
  'ale',
  'ani',
  'bez',
  'czy',
  'dla',
  'jak',
  'jako',
  'jest',
  'jego',
  'jej',
  'już',
  'lub',
  'nad',
  'nie',
  'oraz',
  'pod',
  'przed',
  'przez',
  'przy',
  'się',
  'także',
  'tak',
  'też',
  'ten',
  'tej',
  'tym',
  'tych',
  'ich',
  'który',
  'która',
  'które',
  'którego',
  'których',
  'oraz',
  'albo',
  'czyli',
  'gdy',
  'aby',
  'ponad',
  'spod',
  'znad',
  'sobie',
])

/** The fewest letters a searched word has: one- and two-letter words and stems never match on their own. */
export const MIN_WORD_LETTERS = 3

/**
 * The words of a query the search looks for, each of which a result must contain (in some inflected form): lower
 * case, at least MIN_WORD_LETTERS letters or digits, no stopwords, each once. "Wywóz śmieci w Dębinie" →
 * ["wywóz", "śmieci", "dębinie"].
 */
export function queryWords(term: string): string[] {
  const words = term.toLocaleLowerCase('pl').match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words.filter((word) => word.length >= MIN_WORD_LETTERS && !STOPWORDS.has(word)))]
}
