import { paragraphsBody } from '../../../cms/src/seed/rich-text'

/** The kinds of change the warm publish bench measures (issue 15's list). */
export const CHANGE_KINDS = ['article', 'new-article', 'bip', 'alert', 'settings'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export const CHANGE_NAMES: Record<ChangeKind, string> = {
  article: "one article's lead",
  'new-article': 'a new article (every list page shifts)',
  bip: 'a new BIP document with its register entry',
  alert: 'a new alert (the banner of every page)',
  settings: 'the site settings (the footer of every page)',
}

/** A change saved through the REST API: the page that shows it once published, the text to wait for. */
export type SavedChange = { page: string; marker: string; saveMs: number }

type Rest = <T>(method: string, path: string, body?: unknown) => Promise<T>

/** A REST client of the bench's CMS, signed in as the given user; it throws on any answer but 2xx. */
export const restClient = async (cmsUrl: string, email: string, password: string): Promise<Rest> => {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok) throw new Error(`signing in: HTTP ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${cmsUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
}

type Doc = { id: number; slug?: string; permanentId?: string }
type OfficeHours = { id?: string; days: string; hours: string }[]

/**
 * Saves one change of the kind through the REST API (timed) and says which page shows it. The article edited is the
 * newest one, the settings change the first office-hours row (in every page's footer); an alert is valid for
 * `alertMinutes` (a day).
 */
export const changeMaker = async (rest: Rest, siteUrl: string, { alertMinutes = 24 * 60 } = {}) => {
  // the newest article the site shows: published, and not dated in the future
  const shown = `where[_status][equals]=published&where[publishedAt][less_than_equal]=${new Date().toISOString()}`
  const [newest] = (
    await rest<{ docs: Doc[] }>('GET', `/articles?${shown}&limit=1&sort=-publishedAt&depth=0`)
  ).docs
  const [category] = (await rest<{ docs: Doc[] }>('GET', '/bip-categories?limit=1&depth=0')).docs
  if (!newest || !category)
    throw new Error('the bench gmina has no article or no BIP category: generate it first')
  const articlePage = `${siteUrl}/aktualnosci/${newest.slug}/`
  const timed = async <T>(save: () => Promise<T>) => {
    const started = performance.now()
    const saved = await save()
    return { saved, saveMs: performance.now() - started }
  }
  return async (kind: ChangeKind, run: number): Promise<SavedChange> => {
    const marker = `Pomiar ${kind} nr ${run}, ${Date.now().toString(36)}`
    switch (kind) {
      case 'article': {
        const { saveMs } = await timed(() => rest('PATCH', `/articles/${newest.id}`, { lead: `${marker}.` }))
        return { page: articlePage, marker, saveMs }
      }
      case 'new-article': {
        const { saveMs } = await timed(() =>
          rest('POST', '/articles', {
            title: marker,
            lead: 'Nowa aktualność w pomiarze czasu publikacji.',
            body: paragraphsBody(['Treść aktualności dodanej przez pomiar.']),
            publishedAt: new Date().toISOString(),
            _status: 'published',
          }),
        )
        return { page: `${siteUrl}/aktualnosci/`, marker, saveMs }
      }
      case 'bip': {
        const { saved, saveMs } = await timed(() =>
          rest<{ doc: Doc }>('POST', '/bip-documents', {
            title: marker,
            category: category.id,
            kind: 'dokument',
            body: paragraphsBody(['Dokument dodany przez pomiar czasu publikacji.']),
            producedBy: 'Sekretarz Gminy',
            producedAt: new Date().toISOString(),
            _status: 'published',
          }),
        )
        return { page: `${siteUrl}/bip/dokument/${saved.doc.permanentId}/`, marker, saveMs }
      }
      case 'alert': {
        const { saveMs } = await timed(() =>
          rest('POST', '/alerts', {
            title: marker,
            kind: 'komunikat',
            severity: 'informacja',
            shortText: 'Pomiar czasu publikacji komunikatu.',
            areas: [],
            validFrom: new Date(Date.now() - 60_000).toISOString(),
            validUntil: new Date(Date.now() + alertMinutes * 60_000).toISOString(),
            _status: 'published',
          }),
        )
        return { page: articlePage, marker, saveMs }
      }
      case 'settings': {
        const settings = await rest<{ officeHours: OfficeHours }>('GET', '/globals/site-settings?depth=0')
        const [first, ...others] = settings.officeHours
        const { saveMs } = await timed(() =>
          rest('POST', '/globals/site-settings', {
            officeHours: [{ ...first, days: marker, hours: first?.hours ?? '7:30–15:30' }, ...others],
          }),
        )
        return { page: articlePage, marker, saveMs }
      }
    }
  }
}
