import { SUBSCRIPTIONS_PATH } from '@ratusz/resident-forms'

/** The public pages and actions of subscriptions, under the site's own host (nginx proxies `/api/public/`). */
export const SUBSCRIPTION_ROUTES = {
  subscribe: SUBSCRIPTIONS_PATH,
  confirm: `${SUBSCRIPTIONS_PATH}/potwierdz`,
  confirmCode: `${SUBSCRIPTIONS_PATH}/potwierdz-kod`,
  pushKey: `${SUBSCRIPTIONS_PATH}/klucz-push`,
  manage: `${SUBSCRIPTIONS_PATH}/zarzadzaj`,
  unsubscribe: `${SUBSCRIPTIONS_PATH}/wypisz`,
  myData: `${SUBSCRIPTIONS_PATH}/moje-dane`,
  stylesheet: `${SUBSCRIPTIONS_PATH}/styl.css`,
} as const

/** The short manage link of SMS (`/api/public/z/<short token>`): it leads to the manage page. */
export const SHORT_MANAGE_ROUTE = '/api/public/z'

export const STYLESHEET_PATH = SUBSCRIPTION_ROUTES.stylesheet

/** A route as Payload's endpoint `path` (relative to `/api`). */
export const endpointPath = (route: string): string => route.replace(/^\/api/, '')

/** The absolute address of a route with a token, for messages. */
export const tokenLink = (siteUrl: string, route: string, token: string): string =>
  `${siteUrl.replace(/\/$/, '')}${route}?t=${encodeURIComponent(token)}`
