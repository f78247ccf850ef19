/** Real bytes of small files, for tests of content sniffing. Not shipped: only tests import it. */

/** A minimal, valid one-page PDF. */
export const pdfBytes = (): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** The start of a JPEG (JFIF) file: enough for content sniffing. */
export const jpegBytes = (): Buffer =>
  Buffer.concat([
    Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
    ]),
    Buffer.from([0x00, 0x01, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x43, 0x00]),
    Buffer.alloc(64, 0x10),
    Buffer.from([0xff, 0xd9]),
  ])

/** Polish UTF-8 text. */
export const textBytes = (): Buffer => Buffer.from('Zażółć gęślą jaźń\nOgłoszenie wójta gminy.\n', 'utf8')
