import fs from 'node:fs'
import path from 'node:path'

/** A page template of the public site, recognised by the path of the pages built from it. */
type Template = { name: string; pattern: RegExp }

const segment = '[a-z0-9-]+'

/** Every page template of the site, in the order of the URL map (../shared/design.md). */
export const templates: Template[] = [
  { name: 'home', pattern: /^\/$/ },
  { name: 'news list', pattern: /^\/aktualnosci\/(strona\/\d+\/)?$/ },
  { name: 'category', pattern: new RegExp(`^/aktualnosci/kategoria/${segment}/$`) },
  { name: 'article', pattern: new RegExp(`^/aktualnosci/(?!kategoria/|strona/)${segment}/$`) },
  { name: 'area', pattern: new RegExp(`^/obszary/${segment}/$`) },
  { name: 'events list', pattern: /^\/wydarzenia\/$/ },
  { name: 'events archive', pattern: /^\/wydarzenia\/archiwum\/$/ },
  { name: 'events month', pattern: /^\/wydarzenia\/\d{4}\/\d{2}\/$/ },
  { name: 'events by category', pattern: new RegExp(`^/wydarzenia/kategoria/${segment}/$`) },
  { name: 'events by area', pattern: new RegExp(`^/wydarzenia/obszar/${segment}/$`) },
  { name: 'event', pattern: new RegExp(`^/wydarzenia/(?!archiwum/|kategoria/|obszar/|\\d)${segment}/$`) },
  { name: 'alerts list', pattern: /^\/komunikaty\/$/ },
  { name: 'alerts archive', pattern: /^\/komunikaty\/archiwum\/$/ },
  { name: 'alert', pattern: new RegExp(`^/komunikaty/(?!archiwum/)${segment}/$`) },
  { name: 'periodicals list', pattern: /^\/informator\/$/ },
  { name: 'periodical archive', pattern: new RegExp(`^/informator/${segment}/$`) },
  { name: 'issue', pattern: new RegExp(`^/informator/${segment}/\\d{4}/${segment}/$`) },
  { name: 'BIP home', pattern: /^\/bip\/$/ },
  { name: 'BIP category', pattern: /^\/bip\/kategoria\/.+\/$/ },
  { name: 'BIP document', pattern: new RegExp(`^/bip/dokument/${segment}/$`) },
  { name: 'BIP history', pattern: new RegExp(`^/bip/dokument/${segment}/historia/$`) },
  { name: 'BIP version', pattern: new RegExp(`^/bip/dokument/${segment}/historia/${segment}/$`) },
  { name: 'BIP register', pattern: /^\/bip\/rejestr-zmian\/(strona\/\d+\/)?$/ },
  { name: 'BIP redakcja', pattern: /^\/bip\/redakcja\/$/ },
  { name: 'BIP instrukcja', pattern: /^\/bip\/instrukcja\/$/ },
  { name: 'BIP withheld', pattern: /^\/bip\/informacje-nieudostepnione\/$/ },
  { name: 'BIP archive', pattern: /^\/bip\/archiwum\/$/ },
  { name: 'search', pattern: /^\/szukaj\/$/ },
  { name: 'notifications form', pattern: /^\/powiadomienia\/$/ },
  { name: 'report form', pattern: /^\/zglos\/$/ },
  { name: 'reports list', pattern: /^\/zgloszenia\/$/ },
  { name: 'contact', pattern: /^\/kontakt\/$/ },
  { name: 'accessibility statement', pattern: /^\/deklaracja-dostepnosci\/$/ },
]

/** The paths (`/aktualnosci/x/`) the built site's sitemap lists. */
export function sitemapPaths(outDir: string): string[] {
  const index = fs.readFileSync(path.join(outDir, 'sitemap-index.xml'), 'utf8')
  return locations(index).flatMap((sitemap) =>
    locations(fs.readFileSync(path.join(outDir, new URL(sitemap).pathname), 'utf8')).map(
      (page) => new URL(page).pathname,
    ),
  )
}

const locations = (xml: string): string[] =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'))

/**
 * One page per template: the first the sitemap lists, or the first that `prefer` accepts (a page that shows
 * more of its template, e.g. an article with a cover). The 404 page is added: it is in no sitemap.
 * Throws when a template has no page, so a template that stops being built fails the tests that use this.
 */
export function pagePerTemplate(
  outDir: string,
  prefer: (templateName: string, html: string) => boolean = () => true,
): { name: string; path: string }[] {
  const paths = sitemapPaths(outDir)
  const picked = templates.map((template) => {
    const candidates = paths.filter((page) => template.pattern.test(page))
    if (candidates.length === 0) throw new Error(`no page of the "${template.name}" template in the sitemap`)
    const chosen =
      candidates.find((page) => prefer(template.name, fs.readFileSync(htmlFileOf(outDir, page), 'utf8'))) ??
      candidates[0]!
    return { name: template.name, path: chosen }
  })
  return [...picked, { name: '404', path: '/nie-ma-takiej-strony/' }]
}

/** The HTML file a page path is built into (`/x/` → `x/index.html`). */
export function htmlFileOf(outDir: string, pagePath: string): string {
  return path.join(outDir, pagePath, pagePath.endsWith('/') ? 'index.html' : '')
}
