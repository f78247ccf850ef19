import type { z } from 'zod'

/** Renders a zod issue path as a dotted field name, e.g. `cover.sizes.card.url` or `categories.0.slug`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(record)' : path.map(String).join('.')
}

/**
 * An error an operator fixes (start the CMS, correct a record): its message says everything, so it carries no stack.
 * Astro's CLI prints an error's message, then its stack when there is one; without it the build fails with the
 * message alone instead of a trace into the loader.
 */
class OperatorError extends Error {
  constructor(message: string) {
    super(message)
    this.stack = ''
  }
}

/** A CMS record that does not have the public shape the contract describes. */
export class ContractError extends OperatorError {
  override readonly name = 'ContractError'
  readonly collection: string
  readonly recordId: string
  readonly issues: readonly z.core.$ZodIssue[]

  constructor(collection: string, recordId: string, issues: readonly z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `  field "${fieldPath(issue.path)}": ${issue.message}`)
    super(`CMS record ${collection} #${recordId} does not match the contract:\n${lines.join('\n')}`)
    this.collection = collection
    this.recordId = recordId
    this.issues = issues
  }
}

/** The CMS did not answer (refused, timed out, DNS) or kept answering with server errors. */
export class CmsUnreachableError extends OperatorError {
  override readonly name = 'CmsUnreachableError'
  readonly cmsUrl: string
  readonly reason: string

  constructor(cmsUrl: string, reason: string) {
    super(`Cannot reach the CMS at ${cmsUrl} (${reason}). Start it with "pnpm start" or set RATUSZ_CMS_URL.`)
    this.cmsUrl = cmsUrl
    this.reason = reason
  }
}

/** The CMS answered, but not with what the loader asked for (4xx, not JSON, not a Payload list). */
export class CmsResponseError extends OperatorError {
  override readonly name = 'CmsResponseError'
  readonly url: string
  readonly status: number

  constructor(url: string, status: number, detail: string) {
    super(`The CMS answered ${url} with ${status === 0 ? 'an unexpected body' : `HTTP ${status}`}: ${detail}`)
    this.url = url
    this.status = status
  }
}
