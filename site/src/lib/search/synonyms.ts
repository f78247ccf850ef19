/**
 * Words residents use for what the gmina's pages call otherwise: each is searched together with its alternatives
 * (any of them may match). Only the base forms are needed: the search finds their inflected forms.
 */
const SYNONYMS: Record<string, readonly string[]> = {
  śmieci: ['odpady'],
  śmiecie: ['odpady'],
  śmieciarka: ['odpady'],
  wywóz: ['odbiór'],
  wywozu: ['odbiór'],
  prąd: ['energia', 'zasilanie'],
  prądu: ['energia', 'zasilanie'],
  powódź: ['wezbranie', 'hydrologiczne'],
  burza: ['meteorologiczne', 'wiatr'],
  kanał: ['kanalizacja'],
  szambo: ['kanalizacja'],
  urząd: ['gminy'],
}

/** A query word and the words searched in its place too ("śmieci" → ["śmieci", "odpady"]). */
export const alternativesOf = (word: string): string[] => [word, ...(SYNONYMS[word] ?? [])]
