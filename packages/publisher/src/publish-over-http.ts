import { postSigned } from './post-signed'
import { PublishError, type PublishResult } from './publish'
import { PUBLISH_ROUTE, type PublishAnswer } from './publisher-server'

/** A result as JSON carries its moment as text. */
type PublishedJson = Omit<PublishResult, 'staleAt'> & { staleAt?: string }

/**
 * Publishes through the process that holds the warm renderer (publisher-server.ts), for a CMS process that runs
 * the publish jobs but leaves their builds to it (`pnpm start`). Resolves with that publish's result; rejects as
 * that publish failed (with the step it failed at), or when the publisher cannot be reached.
 */
export const publishOverHttp =
  (url: string, secret: string) =>
  async (reason: string): Promise<PublishResult> => {
    let answer: { status: number; body: unknown }
    try {
      answer = await postSigned(url, PUBLISH_ROUTE, secret, { reason })
    } catch (error) {
      throw new PublishError('build', `Cannot reach the publisher at ${url}: ${(error as Error).message}`)
    }
    if (answer.status !== 200) throw new PublishError('build', `the publisher answered HTTP ${answer.status}`)
    const body = answer.body as PublishAnswer
    if ('failed' in body) {
      const { message, step } = body.failed
      throw step ? new PublishError(step as PublishError['step'], message) : new Error(message)
    }
    const { staleAt, ...published } = body.published as PublishedJson
    return { ...published, staleAt: staleAt ? new Date(staleAt) : undefined }
  }
