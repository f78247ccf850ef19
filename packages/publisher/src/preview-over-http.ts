import type { PreviewResult } from './preview-from-cms'
import { PREVIEW_ROUTE, SIGNATURE_HEADER, signPreview, type PreviewRequest } from './preview-server'

/** A preview renders one page of a warm site: seconds; far longer means the renderer is busy with a publish. */
const TIMEOUT_MS = 120_000

/**
 * Previews rendered by the publisher process's warm renderer (preview-server.ts), for a CMS process that does not
 * publish itself. When the publisher does not answer, there is no renderer to preview with (yet).
 */
export const previewOverHttp =
  (url: string, secret: string) =>
  async (request: PreviewRequest): Promise<PreviewResult> => {
    const body = JSON.stringify(request)
    let response: Response
    try {
      response = await fetch(new URL(PREVIEW_ROUTE, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signPreview(secret, body) },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
    } catch {
      return { unavailable: 'renderer-not-started' }
    }
    if (!response.ok)
      return { unavailable: 'refused', reason: `the publisher answered HTTP ${response.status}` }
    return (await response.json()) as PreviewResult
  }
