import { postSigned } from './post-signed'
import type { PreviewResult } from './preview-from-cms'
import { PREVIEW_ROUTE, type PreviewRequest } from './publisher-server'

/** A preview renders one page of a warm site: seconds; far longer means the renderer is busy with a publish. */
const TIMEOUT_MS = 120_000

/**
 * Previews rendered by the publisher process's warm renderer (publisher-server.ts), for a CMS process that does
 * not publish itself. When the publisher does not answer, there is no renderer to preview with (yet).
 */
export const previewOverHttp =
  (url: string, secret: string) =>
  async (request: PreviewRequest): Promise<PreviewResult> => {
    let answer: { status: number; body: unknown }
    try {
      answer = await postSigned(url, PREVIEW_ROUTE, secret, request, { timeoutMs: TIMEOUT_MS })
    } catch {
      return { unavailable: 'renderer-not-started' }
    }
    if (answer.status !== 200)
      return { unavailable: 'refused', reason: `the publisher answered HTTP ${answer.status}` }
    return answer.body as PreviewResult
  }
