/**
 * The BIP checker: given one built BIP page (its URL path and HTML), lists every requirement of
 * ../shared/requirements/bip.md it fails. The e2e suite runs it over every built page of the demo; an empty list
 * means the page passes. Plain string and pattern checks, so it needs no browser and no parser.
 */
import { BIP_PORTAL_URL, bipUrls } from './urls'

type BipPageProblem = { path: string; requirement: string }

const has = (html: string, pattern: RegExp | string) =>
  typeof pattern === 'string' ? html.includes(pattern) : pattern.test(html)

const linksTo = (html: string, href: string) => has(html, `href="${href}"`)

/** Requirements every page of the BIP part of the site must meet (§ 11 of the regulation). */
const everyPage: [string, (html: string) => boolean][] = [
  [
    'BIP logo linking to the central BIP portal',
    (html) => new RegExp(`<a[^>]*href="${BIP_PORTAL_URL}"[^>]*data-bip-logo`).test(html),
  ],
  ['link to the redakcja page', (html) => linksTo(html, bipUrls.editorial)],
  ['link to the instructions page', (html) => linksTo(html, bipUrls.instructions)],
  ['menu podmiotowe', (html) => has(html, 'data-bip-menu="podmiotowe"')],
  ['menu przedmiotowe', (html) => has(html, 'data-bip-menu="przedmiotowe"')],
  [
    'search limited to BIP content',
    (html) =>
      /<form[^>]*role="search"[^>]*data-bip-search/.test(html) && has(html, 'name="zakres" value="bip"'),
  ],
  ['exactly one h1', (html) => (html.match(/<h1[\s>]/g) ?? []).length === 1],
  [
    'BIP feeds announced with <link rel="alternate">',
    (html) => /<link rel="alternate"[^>]*href="[^"]*\/bip\/rss\.xml"/.test(html),
  ],
  [
    'no advertisements',
    (html) => !/googlesyndication|doubleclick|adsbygoogle|<iframe|class="[^"]*\bad(vert)?s?\b/i.test(html),
  ],
  ['no client scripts', (html) => !/<script(?![^>]*type="application\/(ld\+)?json")/i.test(html)],
  [
    'no protection against copying or printing',
    (html) => !/oncopy|oncontextmenu|onselectstart|user-select:\s*none/i.test(html),
  ],
]

const metadataLabels = [
  'Podmiot udostępniający',
  'Informację wytworzył',
  'Data wytworzenia',
  'Informację wprowadził',
  'Data udostępnienia',
  'Ostatnia zmiana',
]

const documentPage = (path: string, html: string): string[] => {
  const problems: string[] = []
  if (!has(html, 'data-bip-metadata')) problems.push('metadata block (art. 8 ust. 6)')
  for (const label of metadataLabels) if (!has(html, `<dt>${label}</dt>`)) problems.push(`metadata: ${label}`)
  if (!/data-meta="publishedAt"><time datetime="[^"]+T\d\d:\d\d/.test(html)) {
    problems.push('publication date and time in <time datetime>')
  }
  const id = path.split('/')[3] ?? ''
  if (!linksTo(html, bipUrls.history(id))) problems.push('link to the history of changes')
  if (has(html, 'data-bip-exclusion')) {
    for (const label of ['Zakres wyłączenia', 'Podstawa prawna', 'Decyzję podjął']) {
      if (!has(html, `<dt>${label}</dt>`)) problems.push(`exclusion notice: ${label}`)
    }
  }
  if (has(html, 'data-bip-withdrawn') && !has(html, 'Powód:')) problems.push('withdrawal reason')
  return problems
}

const historyPage = (path: string, html: string): string[] => {
  const id = path.split('/')[3] ?? ''
  const problems: string[] = []
  // a column header, whatever other attributes (e.g. scoped styles') it carries
  const column = (name: string) => new RegExp(`<th scope="col"[^>]*>${name}</th>`).test(html)
  if (!column('Kto') || !column('Opis zmiany')) {
    problems.push('history lists who, when and the note')
  }
  if (!linksTo(html, bipUrls.version(id, 1))) problems.push('link to version 1')
  return problems
}

const editorialPage = (html: string): string[] => {
  const problems: string[] = []
  if (!/<address[^>]*>[^<]{10,}<\/address>/.test(html)) problems.push("the redakcja's address")
  if (!/href="tel:\+?\d{6,}"/.test(html)) problems.push("a redaktor's phone")
  if (!/href="mailto:[^"@]+@[^"]+"/.test(html)) problems.push("a redaktor's e-mail")
  return problems
}

/** Every requirement the page fails; an empty list when it passes. */
export function checkBipPage(path: string, html: string): BipPageProblem[] {
  const problems = everyPage.filter(([, ok]) => !ok(html)).map(([requirement]) => requirement)
  if (/^\/bip\/dokument\/[^/]+\/$/.test(path)) problems.push(...documentPage(path, html))
  if (/^\/bip\/dokument\/[^/]+\/historia\/$/.test(path)) problems.push(...historyPage(path, html))
  if (path === bipUrls.editorial) problems.push(...editorialPage(html))
  if (path === bipUrls.instructions && !/<div class="rich-text">\s*<p>/.test(html))
    problems.push('instructions text')
  if (path === bipUrls.notPublished && !/<div class="rich-text">\s*<p>/.test(html)) {
    problems.push('how to obtain information not published')
  }
  return problems.map((requirement) => ({ path, requirement }))
}

/** The pages a complete BIP must have, whatever its content. */
export const REQUIRED_BIP_PAGES = [
  bipUrls.home,
  bipUrls.changes(),
  bipUrls.archive,
  bipUrls.editorial,
  bipUrls.instructions,
  bipUrls.notPublished,
]
