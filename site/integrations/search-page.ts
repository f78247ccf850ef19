import { Parser } from 'htmlparser2'

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript'])

/** The prefix of Pagefind's attributes: one outside the body elements (a filter, a meta) keeps the page whole. */
const PAGEFIND_ATTRIBUTE = 'data-pagefind-'

export type SearchPage = {
  /**
   * The text the search index holds: what is inside the page's `data-pagefind-body` elements, without what is
   * marked `data-pagefind-ignore` (nor scripts and styles). Empty for a page that is not indexed.
   */
  text: string
  /**
   * The page as Pagefind is given it: its `<html>` start tag (the language, so the Polish stemming) and its
   * `data-pagefind-body` elements, which is all Pagefind reads of a page that has them (an article's page is
   * 20 KB, its body 1.5 KB: half of Pagefind's time went to parsing the header, menus and footer). The whole page
   * when it has no body element, or a Pagefind attribute outside its body elements.
   */
  document: string
}

/** Reads a built page once for the search index: its indexed text, and what Pagefind is given of it. */
export function readSearchPage(html: string): SearchPage {
  const chunks: string[] = []
  const bodies: string[] = []
  let htmlTag = '<html>'
  // a Pagefind attribute outside the bodies, or a body closed by the parser's guess rather than its end tag
  let keepWhole = false
  // open elements, each noting where it starts, whether it starts a body, and whether it starts a skipped region
  const stack: { start: number; body: boolean; skipped: boolean }[] = []
  let inBody = 0
  let skipped = 0
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const entry = {
          start: parser.startIndex,
          body: inBody === 0 && 'data-pagefind-body' in attributes,
          skipped: 'data-pagefind-ignore' in attributes || SKIPPED_ELEMENTS.has(name),
        }
        if (name === 'html') htmlTag = html.slice(parser.startIndex, parser.endIndex + 1)
        if (
          inBody === 0 &&
          !entry.body &&
          Object.keys(attributes).some((a) => a.startsWith(PAGEFIND_ATTRIBUTE))
        )
          keepWhole = true
        stack.push(entry)
        if (entry.body) inBody++
        if (entry.skipped) skipped++
      },
      ontext(text) {
        if (inBody > 0 && skipped === 0) chunks.push(text)
      },
      onclosetag(_name, implied) {
        const entry = stack.pop()
        if (entry?.body) {
          inBody--
          if (implied) keepWhole = true
          else bodies.push(html.slice(entry.start, parser.endIndex + 1))
        }
        if (entry?.skipped) skipped--
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  const whole = bodies.length === 0 || keepWhole
  return {
    text: chunks.join(' '),
    document: whole ? html : `<!DOCTYPE html>${htmlTag}<head></head><body>${bodies.join('')}</body></html>`,
  }
}
