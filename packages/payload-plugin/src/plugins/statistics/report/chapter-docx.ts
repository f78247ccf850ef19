import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import sharp from 'sharp'
import type { Chapter } from './chapter'
import { cellText } from './render'
import type { ReportTable } from './sections'
import { barChartSvg } from './svg-chart'

/** The chart's image size in the document (pixels at 96 dpi: 16 cm wide). */
const IMAGE = { width: 605, height: 287 }

const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } })

const table = (data: ReportTable): (Paragraph | Table)[] => {
  const header = new TableRow({
    tableHeader: true,
    children: data.columns.map(
      (column) =>
        new TableCell({
          children: [new Paragraph({ children: [new TextRun({ text: column, bold: true })] })],
        }),
    ),
  })
  const rows = data.rows.map(
    (row) =>
      new TableRow({
        children: row.map(
          (cell) =>
            new TableCell({
              children: [
                new Paragraph({
                  alignment: typeof cell === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  children: [new TextRun(cellText(cell))],
                }),
              ],
            }),
        ),
      }),
  )
  return [
    new Paragraph({
      children: [new TextRun({ text: data.caption, bold: true })],
      spacing: { before: 120, after: 60 },
    }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ children: [], spacing: { after: 120 } }),
  ]
}

/**
 * The chapter as a Word document (the format officials edit): a heading 1, a heading 2 per part, the template's
 * paragraphs, each chart as a PNG drawn from the same SVG (with its title and description as alt text), and the
 * tables with header rows that repeat across pages. Polish as the document's language.
 */
export const chapterDocx = async (chapter: Chapter): Promise<Buffer> => {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(chapter.title)] }),
    new Paragraph({
      children: [new TextRun({ text: chapter.period, italics: true })],
      spacing: { after: 200 },
    }),
    ...chapter.intro.map(paragraph),
  ]
  for (const section of chapter.sections) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }),
    )
    children.push(...section.paragraphs.map(paragraph))
    if (section.missing)
      children.push(new Paragraph({ children: [new TextRun({ text: section.missing, bold: true })] }))
    if (section.note) children.push(paragraph(section.note))
    if (section.chart) {
      const png = await sharp(Buffer.from(barChartSvg(section.chart)), { density: 144 })
        .png()
        .toBuffer()
      children.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: IMAGE,
              altText: {
                name: section.chart.id,
                title: section.chart.title,
                description: section.chart.description,
              },
            }),
          ],
        }),
        new Paragraph({
          children: [
            new TextRun({ text: `${section.chart.title} (wartości w tabeli poniżej)`, italics: true }),
          ],
          spacing: { after: 120 },
        }),
      )
    }
    for (const data of section.tables) children.push(...table(data))
  }
  children.push(...chapter.closing.map(paragraph))
  const document = new Document({
    title: `${chapter.title} – ${chapter.period}`,
    description: 'Rozdział raportu o stanie gminy, przygotowany przez Ratusz',
    creator: 'Ratusz',
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'pl-PL' } } } } },
    sections: [{ children }],
  })
  return Packer.toBuffer(document)
}
