import fs from 'node:fs'
import { createRequire } from 'node:module'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import sharp from 'sharp'

const require = createRequire(import.meta.url)
const fontBytes = (name: string): Buffer => fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`))

export type IssueArticle = { title: string; paragraphs: string[] }

export type IssuePdf = {
  masthead: string
  number: string
  /** As printed on the cover, e.g. "marzec 2024". */
  dateLine: string
  articles: IssueArticle[]
  /** The PDF's metadata title; none when undefined (an export without document properties). */
  title?: string
  /** Add a page that is only a scanned image, with no text layer. */
  scannedPage?: boolean
  /** Cover colour. */
  color?: [number, number, number]
}

const A4: [number, number] = [595, 842]

const wrap = (text: string, maxChars: number): string[] => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > maxChars) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/** A "scan": a grey page image with strokes like printed lines, as a JPEG (no text a reader can extract). */
const scanImage = (): Promise<Buffer> => {
  const lines = Array.from({ length: 28 }, (_, index) => {
    const y = 90 + index * 38
    const width = 520 + ((index * 37) % 180)
    return `<rect x="80" y="${y}" width="${width}" height="14" fill="#555"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="850" height="1200"><rect width="850" height="1200" fill="#eeeae0"/>${lines}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer()
}

/** The table of contents as the PDF lays it out: article titles with their pages (page 1 cover, 2 contents). */
export const issueContents = (issue: Pick<IssuePdf, 'articles'>): { title: string; page: number }[] =>
  issue.articles.map((article, index) => ({ title: article.title, page: index + 3 }))

const text = (page: PDFPage, value: string, x: number, y: number, size: number, font: PDFFont) =>
  page.drawText(value, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) })

/**
 * A periodical issue as a real PDF with a text layer (DejaVu Sans, Polish diacritics): a cover, a contents page
 * and one page per article, optionally a scanned (image-only) page at the end; the title and language set in
 * its metadata unless `title` is left out.
 */
export const issuePdf = async (issue: IssuePdf): Promise<Buffer> => {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const regular = await pdf.embedFont(fontBytes('DejaVuSans.ttf'), { subset: true })
  const bold = await pdf.embedFont(fontBytes('DejaVuSans-Bold.ttf'), { subset: true })
  if (issue.title) pdf.setTitle(issue.title)
  pdf.setLanguage('pl-PL')
  pdf.setAuthor('Urząd Gminy Lipowa Wola')
  pdf.setCreationDate(new Date('2024-01-01T00:00:00Z'))
  pdf.setModificationDate(new Date('2024-01-01T00:00:00Z'))

  const [r, g, b] = issue.color ?? [0.13, 0.4, 0.24]
  const cover = pdf.addPage(A4)
  cover.drawRectangle({ x: 0, y: 660, width: A4[0], height: 182, color: rgb(r, g, b) })
  cover.drawText(issue.masthead, { x: 40, y: 760, size: 30, font: bold, color: rgb(1, 1, 1) })
  cover.drawText(`Nr ${issue.number} · ${issue.dateLine}`, {
    x: 40,
    y: 700,
    size: 16,
    font: regular,
    color: rgb(1, 1, 1),
  })
  issue.articles.slice(0, 4).forEach((article, index) => {
    cover.drawRectangle({
      x: 40,
      y: 560 - index * 130,
      width: 515,
      height: 110,
      color: rgb(0.93, 0.95, 0.93),
    })
    text(cover, article.title, 56, 610 - index * 130, 15, bold)
  })

  const contents = pdf.addPage(A4)
  text(contents, 'W numerze', 56, 770, 22, bold)
  issueContents(issue).forEach((entry, index) => {
    text(contents, `${entry.title} ……… str. ${entry.page}`, 56, 720 - index * 28, 12, regular)
  })

  for (const article of issue.articles) {
    const page = pdf.addPage(A4)
    text(page, article.title, 56, 780, 18, bold)
    let y = 740
    for (const paragraph of article.paragraphs) {
      for (const line of wrap(paragraph, 80)) {
        if (y < 60) break
        text(page, line, 56, y, 11, regular)
        y -= 16
      }
      y -= 10
    }
  }

  if (issue.scannedPage) {
    const image = await pdf.embedJpg(await scanImage())
    pdf.addPage(A4).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] })
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }))
}
