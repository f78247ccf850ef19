import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { message } from '../../../shared/i18n'
import type { PreviewOutcome, PublishingOptions } from '../options'
import { asPublished } from './as-published'

/** Where the admin's "Podgląd" opens a document's draft page (below `/api`). */
export const previewPath = (collection: string, id: number | string) =>
  `/api/ratusz/podglad/${collection}/${id}`

/**
 * Every answer is sandboxed: the page comes from the CMS's own origin, where the admin's session cookie lives, so
 * its scripts run in an opaque origin of their own and cannot call the API as the editor (defence in depth: the
 * site escapes content, but a draft is not yet reviewed).
 */
const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
  'Content-Security-Policy': 'sandbox allow-scripts allow-popups',
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** A short page in the editor's language, for every answer that is not the preview itself. */
const notice = (req: PayloadRequest, status: number, text: string) =>
  new Response(
    `<!doctype html><html lang="${req.i18n?.language ?? 'pl'}"><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(message(req, (t) => t.publishing.preview.title))}</title><p>${escapeHtml(text)}</p></html>`,
    { status, headers: HEADERS },
  )

const UNAVAILABLE: Record<Exclude<PreviewOutcome, { html: string }>['unavailable'], number> = {
  'warm-publish-off': 503,
  'renderer-not-started': 503,
  'no-page': 409,
  refused: 422,
}

/**
 * `GET /api/ratusz/podglad/<collection>/<id>`: the page of a document's draft as the site would show it
 * (PublishingOptions.preview), for signed-in users who may read the document (401 for anyone else, 404 for a
 * document they cannot read); never cached, never indexed, sandboxed. When there is no preview (the warm publisher off, its
 * renderer not started, the draft refused), a page says why, in the editor's language.
 */
export const previewEndpoint = (options: PublishingOptions): Endpoint => ({
  path: '/ratusz/podglad/:collection/:id',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return notice(
        req,
        401,
        message(req, (t) => t.publishing.preview.signIn),
      )
    const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
    if (!collection || !id || !options.preview || !options.previewCollections.includes(collection))
      return notice(
        req,
        404,
        message(req, (t) => t.publishing.preview.notFound),
      )
    let record: Record<string, unknown>
    try {
      record = (await req.payload.findByID({
        collection: collection as CollectionSlug,
        id,
        draft: true,
        depth: 1,
        overrideAccess: false,
        user: req.user,
        req,
      })) as unknown as Record<string, unknown>
    } catch {
      return notice(
        req,
        404,
        message(req, (t) => t.publishing.preview.notFound),
      )
    }
    // as the REST API would give it to the site once published: plain JSON
    const outcome = await options.preview({
      collection,
      record: asPublished(req.payload, collection, JSON.parse(JSON.stringify(record))),
    })
    if ('html' in outcome) return new Response(outcome.html, { headers: HEADERS })
    const texts = {
      'warm-publish-off': message(req, (t) => t.publishing.preview.warmPublishOff),
      'renderer-not-started': message(req, (t) => t.publishing.preview.rendererNotStarted),
      'no-page': message(req, (t) => t.publishing.preview.noPage),
      refused: message(req, (t) => t.publishing.preview.refused, {
        reason: 'reason' in outcome ? outcome.reason : '',
      }),
    }
    return notice(req, UNAVAILABLE[outcome.unavailable], texts[outcome.unavailable])
  },
})
