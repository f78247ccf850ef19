import crypto from 'node:crypto'
import { encryptPDF } from '@pdfsmaller/pdf-encrypt-lite'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { issuePdf, type IssuePdf } from '../../src/seed/files/issue-pdfs'

/** Real files for the periodicals tests: good issues and every kind the CMS must refuse. */

export const goodIssue: IssuePdf = {
  masthead: 'Informator Testowy',
  number: '3/2024',
  dateLine: 'marzec 2024',
  title: 'Informator Testowy nr 3/2024',
  articles: [
    {
      title: 'Zażółć gęślą jaźń w świetlicy',
      paragraphs: ['Źrebię żółwia łączy się z gęsią. Mieszkańcy Łęczycy świętują dożynki przy źródle.'],
    },
    { title: 'Harmonogram odbioru odpadów', paragraphs: ['Odpady zmieszane odbierane są co dwa tygodnie.'] },
    { title: 'Sesja Rady Gminy', paragraphs: ['Radni uchwalili budżet na przyszły rok większością głosów.'] },
  ],
  scannedPage: true,
}

/** 6 pages: cover, contents, 3 articles, 1 scanned page. */
export const GOOD_ISSUE_PAGES = 6

export const goodPdf = () => issuePdf(goodIssue)

export const untitledPdf = () => issuePdf({ ...goodIssue, title: undefined, scannedPage: false })

/** Encrypted so it opens only with a password. */
export const passwordPdf = async () =>
  Buffer.from(await encryptPDF(await untitledPdf(), 'tajne-haslo', 'wlasciciel'))

/** Encrypted with an empty user password: opens without a prompt, but restricted and encrypted. */
export const restrictedPdf = async () =>
  Buffer.from(await encryptPDF(await untitledPdf(), '', { ownerPassword: 'wlasciciel', allowCopying: false }))

/** A download cut off halfway. */
export const truncatedPdf = async () => {
  const whole = await goodPdf()
  return whole.subarray(0, Math.floor(whole.length / 2))
}

/** A photo renamed to .pdf. */
export const jpegAsPdf = () =>
  sharp({ create: { width: 320, height: 200, channels: 3, background: '#3366aa' } })
    .jpeg()
    .toBuffer()

/** A valid PDF of `megabytes` MB: a small issue with an incompressible attachment. */
export const heavyPdf = async (megabytes: number) => {
  const pdf = await PDFDocument.load(await goodPdf())
  await pdf.attach(crypto.randomBytes(Math.round(megabytes * 1024 * 1024)), 'dane.bin', {
    mimeType: 'application/octet-stream',
  })
  return Buffer.from(await pdf.save({ useObjectStreams: false }))
}
