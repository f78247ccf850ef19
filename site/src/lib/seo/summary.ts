import type { RichText, RichTextNode } from '@ratusz/contract'

/** Longest meta description search engines show whole. */
const MAX_LENGTH = 160

const textOf = (node: RichTextNode): string => {
  if (typeof node.text === 'string') return node.text
  const inner = (node.children ?? []).map(textOf).join(node.type === 'list' ? ' ' : '')
  // blocks (paragraphs, headings, list items) end a sentence-like unit
  return ['paragraph', 'heading', 'listitem', 'quote'].includes(node.type) ? `${inner} ` : inner
}

/**
 * The opening of a rich text as plain text for a meta description: whitespace collapsed, cut at a word within
 * `maxLength` characters with an ellipsis. Empty when the text has no words.
 */
export function summaryOf(value: RichText | null | undefined, maxLength = MAX_LENGTH): string {
  const text = (value?.root.children ?? []).map(textOf).join('').replace(/\s+/g, ' ').trim()
  if (text.length <= maxLength) return text
  const cut = text.slice(0, maxLength - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

/**
 * A page's meta description from its title and body: the body's opening, led by the title when the opening
 * alone is too short to say what the page is (e.g. a one-line amendment).
 */
export function describePage(title: string, body: RichText | null | undefined, minLength = 50): string {
  const summary = summaryOf(body)
  if (summary.length >= minLength) return summary
  return summaryOf({
    root: { type: 'root', children: [{ type: 'text', text: summary ? `${title}: ${summary}` : title }] },
  })
}
