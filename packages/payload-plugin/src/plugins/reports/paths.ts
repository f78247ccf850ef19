import { REPORTS_PATH } from '@ratusz/resident-forms'

/** The public pages and actions of reports, under the site's own host (nginx proxies `/api/public/`). */
export const REPORT_ROUTES = {
  report: REPORTS_PATH,
  confirm: `${REPORTS_PATH}/potwierdz`,
  confirmCode: `${REPORTS_PATH}/potwierdz-kod`,
  status: `${REPORTS_PATH}/status`,
} as const

/** Where residents report on the site, and where public reports are listed. */
export const SITE_REPORT_PAGE = '/zglos/'
export const SITE_PUBLIC_REPORTS = '/zgloszenia/'
