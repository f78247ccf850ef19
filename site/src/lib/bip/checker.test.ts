import { describe, expect, it } from 'vitest'
import { checkBipPage } from './checker'

const shell = (main: string) => `<html><head>
<link rel="alternate" type="application/rss+xml" title="BIP" href="http://x/bip/rss.xml">
</head><body><a class="bip-logo" href="https://www.gov.pl/web/bip" data-bip-logo>logo</a>
<a href="/bip/redakcja/">Redakcja</a><a href="/bip/instrukcja/">Instrukcja</a>
<nav data-bip-menu="podmiotowe"></nav><nav data-bip-menu="przedmiotowe"></nav>
<form role="search" action="/szukaj/" method="get" class="bip-search" data-bip-search>
<input type="hidden" name="zakres" value="bip"></form>${main}</body></html>`

const metadata = `<section data-bip-metadata><dl>
<dt>Podmiot udostępniający</dt><dd>Urząd</dd><dt>Informację wytworzył</dt><dd>Jan</dd>
<dt>Data wytworzenia</dt><dd>1</dd><dt>Informację wprowadził</dt><dd>Anna</dd>
<dt>Data udostępnienia</dt><dd data-meta="publishedAt"><time datetime="2026-05-01T09:00:00.000Z">1 maja</time></dd>
<dt>Ostatnia zmiana</dt><dd>bez zmian</dd></dl>
<a href="/bip/dokument/2026-abc/historia/">Historia</a></section>`

const requirements = (path: string, html: string) => checkBipPage(path, html).map((p) => p.requirement)

describe('the BIP checker', () => {
  it('passes a complete document page', () => {
    expect(requirements('/bip/dokument/2026-abc/', shell(`<h1>Uchwała</h1>${metadata}`))).toEqual([])
  })

  it('names each missing element of every BIP page', () => {
    const bare =
      '<html><body><h1>a</h1><h1>b</h1><script>x()</script><div oncopy="return false"></div></body></html>'
    expect(requirements('/bip/', bare)).toEqual([
      'BIP logo linking to the central BIP portal',
      'link to the redakcja page',
      'link to the instructions page',
      'menu podmiotowe',
      'menu przedmiotowe',
      'search limited to BIP content',
      'exactly one h1',
      'BIP feeds announced with <link rel="alternate">',
      'no client scripts',
      'no protection against copying or printing',
    ])
    expect(requirements('/bip/', shell('<h1>x</h1><ins class="adsbygoogle"></ins>'))).toEqual([
      'no advertisements',
    ])
  })

  it('fails a document page without its art. 8 metadata or history link', () => {
    const found = requirements('/bip/dokument/2026-abc/', shell('<h1>Uchwała</h1>'))
    expect(found).toContain('metadata block (art. 8 ust. 6)')
    expect(found).toContain('metadata: Informację wprowadził')
    expect(found).toContain('link to the history of changes')
  })

  it('fails an exclusion notice without its legal basis', () => {
    const html = shell(
      `<h1>x</h1>${metadata}<section data-bip-exclusion><dt>Zakres wyłączenia</dt><dt>Decyzję podjął</dt></section>`,
    )
    expect(requirements('/bip/dokument/2026-abc/', html)).toEqual(['exclusion notice: Podstawa prawna'])
  })

  it("fails the redakcja page without a redaktor's phone and e-mail", () => {
    const html = shell('<h1>Redakcja BIP</h1><address>Urząd Gminy, ul. Rynek 1</address>')
    expect(requirements('/bip/redakcja/', html)).toEqual(["a redaktor's phone", "a redaktor's e-mail"])
  })

  it('reads a history table whatever attributes its headers carry, and fails one without who or the note', () => {
    const version1 = '<a href="/bip/dokument/2026-abc/historia/1/">Wersja 1</a>'
    const table = (who: string) =>
      `<table><tr><th scope="col" data-astro-cid-x1>Kiedy</th><th scope="col" data-astro-cid-x1>Opis zmiany</th>${who}</tr></table>`
    const history = '/bip/dokument/2026-abc/historia/'
    expect(
      requirements(
        history,
        shell(`<h1>Historia</h1>${table('<th scope="col" data-astro-cid-x1>Kto</th>')}${version1}`),
      ),
    ).toEqual([])
    expect(requirements(history, shell(`<h1>Historia</h1>${table('')}${version1}`))).toEqual([
      'history lists who, when and the note',
    ])
  })
})
