import { RESIDENT_FORM_STYLES } from '@ratusz/resident-forms'
import type { Endpoint } from 'payload'
import { RESIDENT_STYLESHEET_PATH, endpointPath } from './paths'

/** The stylesheet of the residents' pages (a file: the site's Content-Security-Policy allows no inline style). */
export const stylesheetEndpoint = (): Endpoint => ({
  path: endpointPath(RESIDENT_STYLESHEET_PATH),
  method: 'get',
  handler: () =>
    new Response(RESIDENT_FORM_STYLES, {
      headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
    }),
})
