import { measureRichText, RICH_TEXT_MAX_DEPTH, RICH_TEXT_MAX_NODES } from '@ratusz/contract'
import type { PayloadRequest } from 'payload'
import { message } from './i18n'
import { isAllowedLinkUrl } from './link-url'

/** The largest rich text, in characters of its stored JSON (a long article takes some 100,000). */
const RICH_TEXT_MAX_CHARS = 1_000_000

type Request = Partial<Pick<PayloadRequest, 'i18n'>> | null | undefined

/** What is wrong with the size of a rich text (too deep, too many nodes, too large), in the editor's language. */
export const richTextSizeProblem = (value: unknown, req: Request): string | undefined => {
  if (value === null || value === undefined) return undefined
  const { depth, nodes } = measureRichText(value)
  if (depth > RICH_TEXT_MAX_DEPTH)
    return message(req, (t) => t.messages.richTextTooDeep, { max: RICH_TEXT_MAX_DEPTH })
  const chars = JSON.stringify(value).length
  if (nodes > RICH_TEXT_MAX_NODES || chars > RICH_TEXT_MAX_CHARS) {
    return message(req, (t) => t.messages.richTextTooLarge, {
      size: Math.ceil(chars / 1000),
      max: RICH_TEXT_MAX_CHARS / 1000,
    })
  }
  return undefined
}

/** The first link of a rich text whose address may not be published, or undefined. Internal links are records. */
const firstBadLink = (value: unknown): string | undefined => {
  const root = (value as { root?: unknown } | null | undefined)?.root
  const stack: unknown[] = root ? [root] : []
  while (stack.length > 0) {
    const node = stack.pop() as { type?: unknown; children?: unknown; fields?: unknown; url?: unknown }
    if (node?.type === 'link' || node?.type === 'autolink') {
      const fields = (node.fields ?? {}) as { linkType?: unknown; url?: unknown }
      if (fields.linkType !== 'internal') {
        const url = fields.url ?? node.url
        if (typeof url !== 'string' || !isAllowedLinkUrl(url)) return String(url ?? '')
      }
    }
    if (Array.isArray(node?.children)) stack.push(...(node.children as unknown[]))
  }
  return undefined
}

/** Everything the site needs of a rich text to render it: size limits and link addresses. */
export const richTextProblem = (value: unknown, req: Request): string | undefined => {
  const size = richTextSizeProblem(value, req)
  if (size) return size
  const link = firstBadLink(value)
  return link === undefined ? undefined : message(req, (t) => t.messages.linkUrl, { url: link.slice(0, 80) })
}
