/** A text item as pdf.js reports it: its string, the transform placing it, its height (the font size). */
export type TextItem = { str?: string; hasEOL?: boolean; transform?: number[]; height?: number }

type Line = { text: string; size: number; y: number }

/** A line at least this much larger than the page's body text is a heading. */
const HEADING_SCALE = 1.2
/** Line spacing as a multiple of the font size, as body text is usually set. */
const USUAL_LEADING = 1.5
/** A gap this much larger than the usual spacing between body lines starts a new paragraph. */
const PARAGRAPH_GAP = 1.4

/** The page's lines, in reading order: items up to each line end, with the largest size and the baseline. */
const linesOf = (items: readonly TextItem[]): Line[] => {
  const lines: Line[] = []
  let current: Line = { text: '', size: 0, y: Number.NaN }
  const end = () => {
    const text = current.text.replace(/\s+/g, ' ').trim()
    if (text) lines.push({ ...current, text })
    current = { text: '', size: 0, y: Number.NaN }
  }
  for (const item of items) {
    const str = item.str ?? ''
    if (str.trim()) {
      current.size = Math.max(current.size, Math.abs(item.height ?? 0))
      if (Number.isNaN(current.y)) current.y = item.transform?.[5] ?? Number.NaN
    }
    current.text += str
    if (item.hasEOL) end()
  }
  end()
  return lines
}

/** The size most of the page's characters are set in: its body text. */
const bodySize = (lines: readonly Line[]): number => {
  const characters = new Map<number, number>()
  for (const line of lines) {
    const size = Math.round(line.size * 10) / 10
    characters.set(size, (characters.get(size) ?? 0) + line.text.length)
  }
  return [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * A page's text as a reader would take it in: lines of one paragraph joined by newlines, and a blank line
 * around each heading (set larger than the page's body text) and between paragraphs (a gap wider than the
 * usual line spacing), so a heading never runs into the text under it.
 */
export const pageText = (items: readonly TextItem[]): string => {
  const lines = linesOf(items)
  const body = bodySize(lines)
  const isHeading = (line: Line) => body > 0 && line.size >= body * HEADING_SCALE
  const bodyGaps = lines
    .slice(1)
    .map((line, index) => ({ line, previous: lines[index]! }))
    .filter(({ line, previous }) => !isHeading(line) && !isHeading(previous))
    .map(({ line, previous }) => Math.abs(previous.y - line.y))
    .filter((gap) => gap > 0)
  // the median spacing, unless the page has too few lines to tell: then what body text is usually set in
  const spacing = Math.min(median(bodyGaps), body * USUAL_LEADING)
  let text = ''
  lines.forEach((line, index) => {
    const previous = lines[index - 1]
    if (previous) {
      const gap = Math.abs(previous.y - line.y)
      const sameBlock =
        isHeading(previous) === isHeading(line) &&
        (isHeading(line) ? previous.size === line.size : !(spacing > 0 && gap > spacing * PARAGRAPH_GAP))
      text += sameBlock ? '\n' : '\n\n'
    }
    text += line.text
  })
  return text
}
