import type { RichText, RichTextNode } from '@ratusz/contract'

/**
 * Renders Payload's Lexical JSON to HTML through a whitelist: every text is escaped, only known nodes and formats
 * become tags, links keep only http(s), mailto, tel and relative targets, and unknown nodes are left out whole.
 */

type RichTextOptions = {
  /** The public URL of a document an internal link points at (`fields.doc`), or undefined to drop the link. */
  resolveInternalLink?: (relationTo: string, value: unknown) => string | undefined
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

/** Lexical's text format bits, outermost tag first. */
const TEXT_FORMATS: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The href if it is safe to link to: http(s), mailto, tel, or relative; undefined otherwise. A path starting with
 * `//` or `/\` is not site-relative (browsers read both as another host) and is refused.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (trimmed === '') return undefined
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  const compact = [...trimmed].filter((char) => char > ' ' && char !== '\u007f').join('')
  const scheme = compact.match(/^([a-z][a-z0-9+.-]*:)/i)?.[1]
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme.toLowerCase())) return undefined
  if (scheme === undefined && compact.includes(':') && !/^[/?#.]/.test(compact)) return undefined
  if (/^[/\\][/\\]/.test(compact)) return undefined
  return trimmed
}

function renderText(node: RichTextNode): string {
  let html = escapeHtml(typeof node.text === 'string' ? node.text : '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of [...TEXT_FORMATS].reverse()) {
    if (format & bit) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

function headingTag(tag: unknown): string {
  // The page title is the only h1; headings in a body start at h2.
  return typeof tag === 'string' && /^h[2-6]$/.test(tag) ? tag : 'h2'
}

function linkHref(node: RichTextNode, options: RichTextOptions): string | undefined {
  const fields = (typeof node.fields === 'object' && node.fields !== null ? node.fields : {}) as Record<
    string,
    unknown
  >
  if (fields.linkType === 'internal') {
    const doc = fields.doc as { relationTo?: unknown; value?: unknown } | undefined
    if (!doc || typeof doc.relationTo !== 'string') return undefined
    return safeHref(options.resolveInternalLink?.(doc.relationTo, doc.value))
  }
  return safeHref(fields.url ?? node.url)
}

function opensNewTab(node: RichTextNode): boolean {
  const fields = node.fields as { newTab?: unknown } | undefined
  return fields?.newTab === true || node.target === '_blank'
}

/** Nodes nested deeper than this are left out (the contract refuses deeper texts; this only guards the stack). */
const MAX_RENDER_DEPTH = 64

function renderNode(node: RichTextNode, options: RichTextOptions, depth: number): string {
  const children = () => renderNodes(node.children, options, depth + 1)
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph': {
      const inner = children()
      return inner.trim() === '' ? '' : `<p>${inner}</p>`
    }
    case 'heading': {
      const tag = headingTag(node.tag)
      return `<${tag}>${children()}</${tag}>`
    }
    case 'quote':
      return `<blockquote><p>${children()}</p></blockquote>`
    case 'list': {
      const ordered = node.listType === 'number'
      const start =
        typeof node.start === 'number' && Number.isInteger(node.start) && node.start > 1 ? node.start : 1
      return ordered
        ? `<ol${start > 1 ? ` start="${start}"` : ''}>${children()}</ol>`
        : `<ul>${children()}</ul>`
    }
    case 'listitem':
      return `<li>${children()}</li>`
    case 'horizontalrule':
      return '<hr>'
    case 'link':
    case 'autolink': {
      const href = linkHref(node, options)
      if (href === undefined) return children()
      const target = opensNewTab(node) ? ' target="_blank" rel="noopener noreferrer"' : ''
      return `<a href="${escapeHtml(href)}"${target}>${children()}</a>`
    }
    default:
      return ''
  }
}

function renderNodes(nodes: RichTextNode[] | undefined, options: RichTextOptions, depth: number): string {
  if (!Array.isArray(nodes) || depth > MAX_RENDER_DEPTH) return ''
  return nodes.map((node) => renderNode(node, options, depth)).join('')
}

/** The HTML of a rich text field; safe to insert with `set:html`. */
export function renderRichText(value: RichText | null | undefined, options: RichTextOptions = {}): string {
  return renderNodes(value?.root.children, options, 1)
}
