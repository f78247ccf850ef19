/**
 * Bounds the CMS enforces when a record is saved and the site checks when it is built, so that whatever the CMS
 * accepts, the site can render (one bad record must never stop a publish).
 */

/** Dates (events, alerts, publication and BIP dates) lie within these years, both included. */
export const DATE_YEARS = { earliest: 1900, latest: 2200 } as const

/** The deepest nesting of nodes in a rich text (the root is level 0; a paragraph's text is level 2). */
export const RICH_TEXT_MAX_DEPTH = 20

/** The most nodes a rich text may hold (a long article has a few thousand). */
export const RICH_TEXT_MAX_NODES = 20_000

/** Whether an ISO instant lies within DATE_YEARS. */
export const withinDateYears = (value: string): boolean => {
  const time = Date.parse(value)
  if (Number.isNaN(time)) return false
  const year = new Date(time).getUTCFullYear()
  return year >= DATE_YEARS.earliest && year <= DATE_YEARS.latest
}

/**
 * How deep a rich text's nodes nest and how many there are, counted without recursion (a hostile value nested a
 * million levels deep must not overflow the stack). Stops counting once past the limits.
 */
export const measureRichText = (value: unknown): { depth: number; nodes: number } => {
  const root = (value as { root?: unknown } | null | undefined)?.root
  if (typeof root !== 'object' || root === null) return { depth: 0, nodes: 0 }
  let depth = 0
  let nodes = 0
  const stack: [node: unknown, level: number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, level] = stack.pop()!
    nodes++
    if (level > depth) depth = level
    if (depth > RICH_TEXT_MAX_DEPTH || nodes > RICH_TEXT_MAX_NODES) break
    const children = (node as { children?: unknown }).children
    if (Array.isArray(children)) for (const child of children) stack.push([child, level + 1])
  }
  return { depth, nodes }
}
