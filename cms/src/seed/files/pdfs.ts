import fs from 'node:fs'
import { createRequire } from 'node:module'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb } from 'pdf-lib'

const require = createRequire(import.meta.url)
const fontBytes = (name: string): Buffer => fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`))

export type DemoPdf = { title: string; paragraphs: string[] }

const wrap = (text: string, maxChars: number): string[] => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * A real, text-layered PDF with Polish diacritics (DejaVu Sans embedded), a title and language in its
 * metadata: what an office's word processor would export.
 */
export const demoPdf = async ({ title, paragraphs }: DemoPdf): Promise<Buffer> => {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const regular = await pdf.embedFont(fontBytes('DejaVuSans.ttf'), { subset: true })
  const bold = await pdf.embedFont(fontBytes('DejaVuSans-Bold.ttf'), { subset: true })
  pdf.setTitle(title)
  pdf.setLanguage('pl-PL')
  pdf.setAuthor('Urząd Gminy Lipowa Wola')
  pdf.setCreationDate(new Date('2024-01-01T00:00:00Z'))
  pdf.setModificationDate(new Date('2024-01-01T00:00:00Z'))

  let page = pdf.addPage([595, 842])
  let y = 780
  page.drawText(title, { x: 56, y, size: 18, font: bold, color: rgb(0.1, 0.2, 0.4) })
  y -= 40
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, 80)) {
      if (y < 60) {
        page = pdf.addPage([595, 842])
        y = 780
      }
      page.drawText(line, { x: 56, y, size: 11, font: regular })
      y -= 16
    }
    y -= 10
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }))
}
