/** How downloads are described to residents: format and size in Polish, e.g. "Regulamin (PDF, 1,2 MB)". */

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/rtf': 'RTF',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/zip': 'ZIP',
  'application/x-7z-compressed': '7Z',
  'application/xml': 'XML',
  'text/xml': 'XML',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'image/avif': 'AVIF',
  'image/gif': 'GIF',
  'image/svg+xml': 'SVG',
  'image/tiff': 'TIFF',
  'application/vnd.etsi.asic-e+zip': 'ASiC-E',
  'application/pkcs7-signature': 'P7S',
}

/** A short format name from the MIME type, or from the file's extension when the type is unknown. */
export function formatName(mimeType: string, filename = ''): string {
  const known = FORMATS[mimeType.split(';')[0]?.trim().toLowerCase() ?? '']
  if (known) return known
  const extension = filename.match(/\.([A-Za-z0-9]{1,8})$/)?.[1]
  return extension ? extension.toUpperCase() : 'plik'
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB']

/** "850 B", "4,2 kB", "12 MB": binary multiples, one decimal below ten. */
export function formatFileSize(bytes: number): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  const number = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: digits, useGrouping: false }).format(
    Number(value.toFixed(digits)),
  )
  return `${number} ${UNITS[unit]}`
}

/** "Regulamin (PDF, 1,2 MB)" */
export function describeDownload(file: {
  title: string
  mimeType: string
  filename: string
  filesize: number
}) {
  return `${file.title} (${formatName(file.mimeType, file.filename)}, ${formatFileSize(file.filesize)})`
}
