/** Every public URL of the BIP section (see the URL map in ../shared/design.md). */

export const BIP_PORTAL_URL = 'https://www.gov.pl/web/bip'

export const CHANGES_PER_PAGE = 25

export const bipUrls = {
  home: '/bip/',
  category: (path: readonly string[]) => `/bip/kategoria/${path.join('/')}/`,
  document: (permanentId: string) => `/bip/dokument/${permanentId}/`,
  history: (permanentId: string) => `/bip/dokument/${permanentId}/historia/`,
  version: (permanentId: string, version: number) => `/bip/dokument/${permanentId}/historia/${version}/`,
  changes: (page = 1) => (page <= 1 ? '/bip/rejestr-zmian/' : `/bip/rejestr-zmian/strona/${page}/`),
  archive: '/bip/archiwum/',
  editorial: '/bip/redakcja/',
  instructions: '/bip/instrukcja/',
  notPublished: '/bip/informacje-nieudostepnione/',
  search: '/szukaj/',
  file: (filename: string) => `/bip/pliki/${filename}`,
  feeds: { documents: '/bip/rss.xml', changes: '/bip/rejestr-zmian/rss.xml' },
}
