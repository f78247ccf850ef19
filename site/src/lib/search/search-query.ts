import { searchSections } from './sections'

/** What a search asks for, read from the page's address: `?q=…&zakres=bip&rok=2025`. */
export type SearchQuery = { term: string; scope: string; year: string }

/** Pagefind filters: the section label and the year, each only when chosen. */
type SearchFilters = { section?: string; year?: string }

export function readQuery(params: URLSearchParams): SearchQuery {
  const scope = params.get('zakres') ?? ''
  const year = params.get('rok') ?? ''
  return {
    term: (params.get('q') ?? '').trim(),
    scope: searchSections.some((section) => section.scope === scope) ? scope : '',
    year: /^\d{4}$/.test(year) ? year : '',
  }
}

/** The query as the page's address keeps it, so a search can be bookmarked or shared. */
export function queryString(query: SearchQuery): string {
  const params = new URLSearchParams()
  if (query.term) params.set('q', query.term)
  if (query.scope) params.set('zakres', query.scope)
  if (query.year) params.set('rok', query.year)
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function filtersOf(query: SearchQuery): SearchFilters {
  const section = searchSections.find((candidate) => candidate.scope === query.scope)
  return {
    ...(section ? { section: section.label } : {}),
    ...(query.year ? { year: query.year } : {}),
  }
}

/** "1 wynik", "3 wyniki", "5 wyników", "22 wyniki": the Polish plural of "wynik". */
export function resultsLabel(count: number): string {
  const tens = count % 100
  const units = count % 10
  if (count === 1) return '1 wynik'
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return `${count} wyniki`
  return `${count} wyników`
}

/** What the status line says after a search. */
export function statusMessage(query: SearchQuery, count: number): string {
  if (!query.term) return 'Wpisz, czego szukasz, i naciśnij „Szukaj”.'
  const where = searchSections.find((section) => section.scope === query.scope)
  const scope = `${where ? ` w dziale ${where.label}` : ''}${query.year ? ` z roku ${query.year}` : ''}`
  if (count === 0)
    return `Nic nie znaleziono dla „${query.term}”${scope}. Sprawdź pisownię, wpisz inne słowo albo szukaj w całym serwisie.`
  return `Znaleziono ${resultsLabel(count)} dla „${query.term}”${scope}.`
}
