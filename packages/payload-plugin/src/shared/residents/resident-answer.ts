import { residentPageHtml, type SafeHtml } from '@ratusz/resident-forms'
import type { PayloadRequest } from 'payload'
import { gminaOf } from './gmina'
import { RESIDENT_STYLESHEET_PATH, type ResidentPagesOptions } from './paths'

/**
 * A small Polish page for a resident: never cached (it may show their own data), never indexed, and sending no
 * referrer (its address may hold a token).
 */
export const residentAnswer = async (
  req: PayloadRequest,
  options: ResidentPagesOptions,
  page: { title: string; body: SafeHtml; status?: number; headers?: Record<string, string> },
): Promise<Response> => {
  const gmina = await gminaOf(req.payload)
  const body = residentPageHtml({
    title: page.title,
    gmina: { officeName: gmina.officeName, siteUrl: options.siteUrl.replace(/\/$/, '') },
    stylesheet: RESIDENT_STYLESHEET_PATH,
    body: page.body,
  })
  return new Response(body, {
    status: page.status ?? 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
      ...page.headers,
    },
  })
}
