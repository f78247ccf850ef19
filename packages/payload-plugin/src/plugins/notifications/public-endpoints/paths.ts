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
} as const

export { endpointPath, tokenLink } from '../../../shared/residents/paths'

/** The short manage link of SMS (`/api/public/z/<short token>`): it leads to the manage page. */
export const SHORT_MANAGE_ROUTE = '/api/public/z'
