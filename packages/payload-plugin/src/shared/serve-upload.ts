import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest, UploadConfig } from 'payload'
import { message } from './i18n'

const essence = (contentType: string | null): string =>
  (contentType ?? '').split(';')[0]!.trim().toLowerCase()

/**
 * Headers of a file the CMS serves at `/api/<collection>/file/<name>`. Payload names the type from the bytes or,
 * failing that, from the extension, so a file stored before names followed content (say `x.html`) would come
 * out as HTML on the admin's origin. Here any type outside the collection's list becomes a download of
 * `application/octet-stream`, text gets its charset, and browsers are told not to guess (`nosniff`).
 */
export const safeFileHeaders =
  (allowedMimeTypes: readonly string[]) =>
  ({ headers }: { headers: Headers }): Headers => {
    const type = essence(headers.get('Content-Type'))
    if (!allowedMimeTypes.includes(type)) {
      headers.set('Content-Type', 'application/octet-stream')
      headers.set('Content-Disposition', 'attachment')
    } else if (type.startsWith('text/')) {
      headers.set('Content-Type', `${type}; charset=utf-8`)
    }
    headers.set('X-Content-Type-Options', 'nosniff')
    return headers
  }

/**
 * Answers 404 (not Payload's 500) when the file asked for is not on disk: a name no record has, or a record whose
 * file was removed. Returns nothing otherwise, so Payload serves the file.
 */
const notFoundWhenMissing = async (
  req: PayloadRequest,
  { params }: { params: { collection: string; filename: string } },
): Promise<Response | void> => {
  const collections: Partial<Record<string, { config: { upload: { staticDir?: string } } }>> =
    req.payload.collections
  const staticDir = collections[params.collection]?.config.upload.staticDir
  if (!staticDir) return
  const dir = path.resolve(staticDir)
  const file = path.resolve(dir, params.filename)
  if (!file.startsWith(dir + path.sep)) return
  const found = await stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  if (found) return
  return Response.json(
    { errors: [{ message: message(req, (t) => t.messages.fileNotFound) }] },
    { status: 404, headers: { 'X-Content-Type-Options': 'nosniff' } },
  )
}

/** The serving half of an upload collection's config: a 404 for missing files and safe headers. */
export const safeFileServing = (
  allowedMimeTypes: readonly string[],
): Pick<UploadConfig, 'handlers' | 'modifyResponseHeaders'> => ({
  // Payload moves on to the next handler (or serves the file) when a handler's result is not a Response.
  handlers: [(req, args) => notFoundWhenMissing(req, args) as Promise<Response>],
  modifyResponseHeaders: safeFileHeaders(allowedMimeTypes),
})
