import { filtersOf, queryString, readQuery, statusMessage, type SearchQuery } from './search-query'

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build) this page uses. */
type ResultData = {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
}
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  mergeIndex: (url: string) => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (
    term: string,
    options: { filters: Record<string, string> },
  ) => Promise<{ results: { data: () => Promise<ResultData> }[] }>
}

const PAGE_SIZE = 10
const PAGEFIND_URL = '/pagefind/pagefind.js'
/** The index is built in parts (site/integrations/search-parts.ts): the main one above, these merged into it. */
const PARTS_URL = '/pagefind/czesci.json'
const partUrl = (part: string) => `/pagefind/czesci/${encodeURIComponent(part)}/`

const element = <T extends HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector)
  if (!found) throw new Error(`search page: ${selector} is missing`)
  return found
}

/** The excerpt's text with Pagefind's <mark> highlights and nothing else (no markup from the index). */
const excerptNodes = (excerpt: string): Node[] => {
  const template = document.createElement('template')
  template.innerHTML = excerpt
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = node.textContent
      return mark
    }
    return document.createTextNode(node.textContent ?? '')
  })
}

const resultItem = (data: ResultData): HTMLLIElement => {
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
  const excerpt = document.createElement('p')
  excerpt.append(...excerptNodes(data.excerpt))
  item.append(heading, meta, excerpt)
  return item
}

/** Turns the search form of `/szukaj/` on: searches as the address asks, and again on each submit. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
  const form = element<HTMLFormElement>(root, 'form')
  const input = element<HTMLInputElement>(form, '[name="q"]')
  const scope = element<HTMLSelectElement>(form, '[name="zakres"]')
  const year = element<HTMLSelectElement>(form, '[name="rok"]')
  const status = element<HTMLElement>(root, '[data-search-status]')
  const list = element<HTMLOListElement>(root, '[data-search-results]')
  const more = element<HTMLButtonElement>(root, '[data-search-more]')
  root.hidden = false

  let pagefind: Pagefind
  try {
    pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind
    await pagefind.options({ excerptLength: 30 })
    const parts = (await (await fetch(PARTS_URL)).json()) as string[]
    await Promise.all(parts.map((part) => pagefind.mergeIndex(partUrl(part))))
  } catch {
    status.textContent =
      'Wyszukiwarka jest chwilowo niedostępna. Spróbuj później albo przejdź do działów serwisu.'
    return
  }
  const years = Object.keys((await pagefind.filters()).year ?? {}).sort((a, b) => b.localeCompare(a))
  year.append(...years.map((value) => new Option(value, value)))

  let pending: { data: () => Promise<ResultData> }[] = []
  /** Shows the next page of results; returns the first one shown. */
  const showMore = async (): Promise<HTMLLIElement | undefined> => {
    const next = pending.slice(0, PAGE_SIZE)
    pending = pending.slice(PAGE_SIZE)
    const items = (await Promise.all(next.map((result) => result.data()))).map(resultItem)
    list.append(...items)
    more.hidden = pending.length === 0
    return items[0]
  }

  const run = async (query: SearchQuery) => {
    input.value = query.term
    scope.value = query.scope
    year.value = query.year
    list.replaceChildren()
    more.hidden = true
    if (!query.term) {
      status.textContent = statusMessage(query, 0)
      return
    }
    status.textContent = 'Szukam…'
    const found = await pagefind.search(query.term, { filters: filtersOf(query) })
    pending = found.results
    await showMore()
    status.textContent = statusMessage(query, found.results.length)
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
