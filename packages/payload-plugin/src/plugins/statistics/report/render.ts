import { stringify } from 'csv-stringify/sync'
import { formatNumber, NO_DATA, type Cell, type ReportSection, type ReportTable } from './sections'
import { barChartSvg, escapeXml } from './svg-chart'

/** A cell as the page and the chapter show it: Polish number format, "brak danych" for null. */
export const cellText = (cell: Cell): string =>
  cell === null ? NO_DATA : typeof cell === 'number' ? formatNumber(cell) : cell

const tableHtml = (table: ReportTable): string => {
  const head = table.columns.map((column) => `<th scope="col">${escapeXml(column)}</th>`).join('')
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, index) =>
            index === 0
              ? `<th scope="row">${escapeXml(cellText(cell))}</th>`
              : `<td${typeof cell === 'number' ? ' class="num"' : ''}>${escapeXml(cellText(cell))}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n')
  const empty =
    table.rows.length === 0 ? `<tr><td colspan="${table.columns.length}">${NO_DATA}</td></tr>` : ''
  return `<table><caption>${escapeXml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}${empty}</tbody></table>`
}

/**
 * The sections as HTML (a heading level to start from): headings, notes, each chart as inline SVG in a
 * `<figure>` with its caption, the tables with captions and header cells. Text between sections can be added by
 * `between` (the chapter's template).
 */
export const sectionsHtml = (
  sections: ReportSection[],
  { level = 2, before }: { level?: number; before?: (section: ReportSection) => string } = {},
): string =>
  sections
    .map((section) => {
      const parts = [`<section id="${section.id}"><h${level}>${escapeXml(section.heading)}</h${level}>`]
      if (before) parts.push(before(section))
      if (section.missing) parts.push(`<p class="missing"><strong>${escapeXml(section.missing)}</strong></p>`)
      if (section.note) parts.push(`<p class="note">${escapeXml(section.note)}</p>`)
      if (section.chart)
        parts.push(
          `<figure>${barChartSvg(section.chart)}<figcaption>${escapeXml(section.chart.title)} (wartości w tabeli poniżej)</figcaption></figure>`,
        )
      for (const table of section.tables) parts.push(tableHtml(table))
      parts.push('</section>')
      return parts.join('\n')
    })
    .join('\n')

/** Styles of the sections' HTML (the admin page and the downloadable chapter). */
export const SECTIONS_CSS = `
.ratusz-stats table{border-collapse:collapse;margin:0 0 1.5rem;min-width:20rem}
.ratusz-stats caption{text-align:left;font-weight:bold;padding:.25rem 0}
.ratusz-stats th,.ratusz-stats td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top}
.ratusz-stats td.num{text-align:right;font-variant-numeric:tabular-nums}
.ratusz-stats figure{margin:0 0 1rem}
.ratusz-stats svg{max-width:100%;height:auto;background:#fff}
.ratusz-stats .missing{border-left:4px solid #888;padding-left:.5rem}
`

/**
 * The sections as one CSV for a spreadsheet (semicolons, UTF-8 with BOM, like the subscribers' table): each
 * table under a row naming its section and caption, then its header and rows, then an empty row. Numbers stay
 * plain; a missing figure is "brak danych".
 */
export const sectionsCsv = (sections: ReportSection[]): string => {
  const rows: string[][] = []
  for (const section of sections) {
    if (section.missing) {
      rows.push([section.heading, section.missing], [])
      continue
    }
    for (const table of section.tables) {
      rows.push([section.heading, table.caption])
      rows.push(table.columns)
      for (const row of table.rows) rows.push(row.map((cell) => (cell === null ? NO_DATA : String(cell))))
      rows.push([])
    }
  }
  return `\uFEFF${stringify(rows, { delimiter: ';' })}`
}
