import { validations, type RichTextField, type Validate } from 'payload'
import { message } from '../../../../shared/i18n'

/** The longest full text of an alert, in characters of plain text. */
export const ALERT_BODY_MAX = 10_000

type Node = { text?: unknown; children?: unknown }

/** How many characters of text a Lexical editor state holds. */
export const plainTextLength = (value: unknown): number => {
  const count = (node: unknown): number => {
    if (!node || typeof node !== 'object') return 0
    const { text, children } = node as Node
    const own = typeof text === 'string' ? [...text].length : 0
    return (
      own + (Array.isArray(children) ? children.reduce((sum: number, child) => sum + count(child), 0) : 0)
    )
  }
  return count((value as { root?: unknown } | null | undefined)?.root)
}

/** The `validate` of `body`: at most 10,000 characters, then the editor's own checks (links, nodes). */
export const validateBody: Validate<unknown, unknown, unknown, RichTextField> = async (value, options) => {
  const length = plainTextLength(value)
  if (length > ALERT_BODY_MAX) {
    return message(options.req, (t) => t.alerts.messages.bodyTooLong, { length, limit: ALERT_BODY_MAX })
  }
  return validations.richText(value as never, options as never)
}
