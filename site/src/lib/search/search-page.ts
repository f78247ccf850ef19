import { anyOf, combineResults, type CombinedResult } from './combine-results'
import { excerptOf, type ExcerptPiece } from './excerpt'
import { partWeight } from './part-weights'
import { queryWords } from './query-words'
import { filtersOf, queryString, readQuery, statusMessage, type SearchQuery } from './search-query'
import { closestWord } from './suggest'
import { alternativesOf } from './synonyms'

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build) this page uses. */
type ResultData = {
  url: string
  /** The page's indexed text; `locations` count its words. */
  content: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
}
type Found = { id: string; score: number; words: number[]; data: () => Promise<ResultData> }
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  mergeIndex: (url: string, options?: { indexWeight?: number }) => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (term: string, options: { filters: Record<string, string> }) => Promise<{ results: Found[] }>
}

const PAGE_SIZE = 10
const PAGEFIND_URL = '/pagefind/pagefind.js'
/** The index is built in parts (site/integrations/search-parts.ts): the main one above, these merged into it. */
const PARTS_URL = '/pagefind/czesci.json'
const partUrl = (part: string) => `/pagefind/czesci/${encodeURIComponent(part)}/`
/** Each part's words (site/integrations/search-vocabulary.ts), for "Czy chodziło o: …?". */
const VOCABULARY_FILE = 'slowa.json'

const element = <T extends HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector)
  if (!found) throw new Error(`search page: ${selector} is missing`)
  return found
}

/** The excerpt as text nodes and <mark>s: nothing of the page's markup. */
const excerptNodes = (pieces: readonly ExcerptPiece[]): Node[] =>
  pieces.map((piece) => {
    if (!piece.marked) return document.createTextNode(piece.text)
    const mark = document.createElement('mark')
    mark.textContent = piece.text
    return mark
  })

const resultItem = (data: ResultData, excerpt: readonly ExcerptPiece[]): HTMLLIElement => {
  const item = document.createElement('li')
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = data.url
  link.textContent = data.meta.title ?? data.url
  heading.append(link)
  const meta = document.createElement('p')
  meta.className = 'meta'
  meta.append(data.filters.section?.[0] ?? '')
  if (data.meta.date && data.meta.datetime) {
    const time = document.createElement('time')
    time.dateTime = data.meta.datetime
    time.textContent = data.meta.date
    meta.append(' · ', time)
  }
  const text = document.createElement('p')
  text.append(...excerptNodes(excerpt))
  item.append(heading, meta, text)
  return item
}

/** Turns the search form of `/szukaj/` on: searches as the address asks, and again on each submit. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
  const form = element<HTMLFormElement>(root, 'form')
  const input = element<HTMLInputElement>(form, '[name="q"]')
  const scope = element<HTMLSelectElement>(form, '[name="zakres"]')
  const year = element<HTMLSelectElement>(form, '[name="rok"]')
  const status = element<HTMLElement>(root, '[data-search-status]')
  const suggestion = element<HTMLElement>(root, '[data-search-suggestion]')
  const list = element<HTMLOListElement>(root, '[data-search-results]')
  const more = element<HTMLButtonElement>(root, '[data-search-more]')
  root.hidden = false

  let pagefind: Pagefind
  let parts: string[]
  try {
    pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind
    await pagefind.options({ indexWeight: partWeight('glowna') })
    parts = (await (await fetch(PARTS_URL)).json()) as string[]
    await Promise.all(
      parts.map((part) => pagefind.mergeIndex(partUrl(part), { indexWeight: partWeight(part) })),
    )
  } catch {
    status.textContent =
      'Wyszukiwarka jest chwilowo niedostępna. Spróbuj później albo przejdź do działów serwisu.'
    return
  }
  const years = Object.keys((await pagefind.filters()).year ?? {}).sort((a, b) => b.localeCompare(a))
  year.append(...years.map((value) => new Option(value, value)))

  /** Every word of the index with its count, loaded the first time a search finds nothing. */
  let vocabulary: Promise<Map<string, number>> | undefined
  const loadVocabulary = async () => {
    const files = ['/pagefind/', ...parts.map(partUrl)].map((base) => `${base}${VOCABULARY_FILE}`)
    const words = new Map<string, number>()
    for (const counts of await Promise.all(
      files.map((file) =>
        fetch(file)
          .then((response) => (response.ok ? (response.json() as Promise<Record<string, number>>) : {}))
          .catch((): Record<string, number> => ({})),
      ),
    )) {
      for (const [word, count] of Object.entries(counts)) words.set(word, (words.get(word) ?? 0) + count)
    }
    return words
  }

  let pending: CombinedResult<Found>[] = []
  /** Shows the next page of results; returns the first one shown. */
  const showMore = async (): Promise<HTMLLIElement | undefined> => {
    const next = pending.slice(0, PAGE_SIZE)
    pending = pending.slice(PAGE_SIZE)
    const items = await Promise.all(
      next.map(async ({ result, locations }) => {
        const data = await result.data()
        return resultItem(data, excerptOf(data.content, locations))
      }),
    )
    list.append(...items)
    more.hidden = pending.length === 0
    return items[0]
  }

  /** "Czy chodziło o: kanalizacja?": the query with each word that found nothing replaced by the closest one. */
  const suggest = async (query: SearchQuery, words: string[], found: unknown[][]) => {
    vocabulary ??= loadVocabulary()
    const known = await vocabulary
    let changed = false
    const term = words
      .map((word, index) => {
        const closest = found[index]!.length === 0 ? closestWord(word, known) : undefined
        if (closest) changed = true
        return closest ?? word
      })
      .join(' ')
    if (!changed) return
    const link = document.createElement('a')
    link.href = `${location.pathname}${queryString({ ...query, term })}`
    link.textContent = term
    suggestion.replaceChildren('Czy chodziło o: ', link, '?')
    suggestion.hidden = false
  }

  const run = async (query: SearchQuery) => {
    input.value = query.term
    scope.value = query.scope
    year.value = query.year
    list.replaceChildren()
    suggestion.hidden = true
    more.hidden = true
    const words = queryWords(query.term)
    if (query.term && words.length === 0) {
      status.textContent = `Wpisz słowo, które ma co najmniej 3 litery: krótsze słowa i spójniki nie są wyszukiwane.`
      return
    }
    if (!query.term) {
      status.textContent = statusMessage(query, 0)
      return
    }
    status.textContent = 'Szukam…'
    // Each word on its own, as an exact term: its inflected forms still match, but never a shorter prefix of it.
    // The plain search of the whole query only ranks what they found (see combineResults).
    const filters = filtersOf(query)
    const exact = async (word: string) =>
      (await pagefind.search(`"${word}"`, { filters })).results.map((result) => ({
        id: result.id,
        score: result.score,
        words: result.words,
        result,
      }))
    const [plain, ...found] = await Promise.all([
      pagefind.search(words.join(' '), { filters }).then(({ results }) => results),
      ...words.map(async (word) => anyOf(await Promise.all(alternativesOf(word).map(exact)))),
    ])
    pending = combineResults(
      found,
      plain!.map((result) => result.id),
    )
    const count = pending.length
    await showMore()
    status.textContent = statusMessage(query, count)
    if (count === 0) await suggest(query, words, found)
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const query = readQuery(new URLSearchParams(new FormData(form) as unknown as Record<string, string>))
    history.replaceState(null, '', `${location.pathname}${queryString(query)}`)
    void run(query)
  })
  // The button may disappear with the last page: keep keyboard users where the new results begin.
  more.addEventListener('click', () => void showMore().then((first) => first?.querySelector('a')?.focus()))
  await run(readQuery(new URLSearchParams(location.search)))
}
