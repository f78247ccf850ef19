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
