/** The prefix of every public endpoint residents reach on the site's own host (nginx proxies it to the CMS). */
export const PUBLIC_PREFIX = '/api/public'

/** The stylesheet of residents' pages (notifications, reports): a file, the site's CSP allows no inline style. */
export const RESIDENT_STYLESHEET_PATH = `${PUBLIC_PREFIX}/styl.css`

/** A route as Payload's endpoint `path` (relative to `/api`). */
export const endpointPath = (route: string): string => route.replace(/^\/api/, '')

/** The absolute address of a route with a token, for messages. */
export const tokenLink = (siteUrl: string, route: string, token: string): string =>
  `${siteUrl.replace(/\/$/, '')}${route}?t=${encodeURIComponent(token)}`

/** What residents' pages need to know of the CMS's options: the site's public address. */
export type ResidentPagesOptions = { siteUrl: string }
