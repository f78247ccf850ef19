import fs from 'node:fs'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { filesBelow } from './check-links'

type BadFeed = { file: string; problem: string }

const parser = new XMLParser()

/**
 * The root element of well-formed XML: its first tag that is not a declaration, comment or processing instruction.
 * (A sitemap of 30,000 URLs is 4 MB: finding its root this way spares parsing it a second time after the validator.)
 */
const rootElement = (xml: string): string | undefined =>
  /<([A-Za-z_][\w.:-]*)/.exec(xml.replace(/<!--[\s\S]*?-->/g, ''))?.[1]

/** Checks one RSS feed or sitemap: well-formed XML with the root element its kind needs. */
const checkXml = (file: string, xml: string): string | undefined => {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`
  if (/sitemap.*\.xml$/.test(file)) {
    const root = rootElement(xml)
    return root === 'urlset' || root === 'sitemapindex' ? undefined : 'not a sitemap'
  }
  if (file.endsWith('rss.xml')) {
    const document = parser.parse(xml) as Record<string, unknown>
    if (!(document.rss as { channel?: unknown } | undefined)?.channel)
      return 'not an RSS 2.0 feed (no rss/channel)'
  }
  return undefined
}

/** Checks one iCalendar file: a VCALENDAR with balanced BEGIN/END components. */
const checkIcs = (ics: string): string | undefined => {
  const lines = ics.split(/\r?\n/)
  if (lines[0]?.trim() !== 'BEGIN:VCALENDAR') return 'does not start with BEGIN:VCALENDAR'
  const open: string[] = []
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) open.push(line.slice(6).trim())
    else if (line.startsWith('END:') && open.pop() !== line.slice(4).trim())
      return `unbalanced ${line.trim()}`
  }
  return open.length === 0 ? undefined : `unclosed ${open.join(', ')}`
}

/** Every feed, sitemap and calendar of a release that a reader could not parse. */
export const checkFeeds = (
  releaseDir: string,
  files: readonly string[] = filesBelow(releaseDir),
): BadFeed[] => {
  const bad: BadFeed[] = []
  for (const file of files) {
    const isXml = file.endsWith('.xml')
    if (!isXml && !file.endsWith('.ics')) continue
    const text = fs.readFileSync(path.join(releaseDir, file), 'utf8')
    const problem = isXml ? checkXml(file, text) : checkIcs(text)
    if (problem) bad.push({ file: `/${file}`, problem })
  }
  return bad
}
