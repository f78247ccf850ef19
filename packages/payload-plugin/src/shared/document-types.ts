/** Office formats a gmina publishes, by MIME type, with the short name editors know and their extensions. */
export const DOCUMENT_TYPES: Record<string, { name: string; extensions: readonly string[] }> = {
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    name: 'DOCX',
    extensions: ['docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { name: 'XLSX', extensions: ['xlsx'] },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    name: 'PPTX',
    extensions: ['pptx'],
  },
  'application/vnd.oasis.opendocument.text': { name: 'ODT', extensions: ['odt'] },
  'application/vnd.oasis.opendocument.spreadsheet': { name: 'ODS', extensions: ['ods'] },
  'application/vnd.oasis.opendocument.presentation': { name: 'ODP', extensions: ['odp'] },
  'application/msword': { name: 'DOC', extensions: ['doc'] },
  'application/vnd.ms-excel': { name: 'XLS', extensions: ['xls'] },
  'application/rtf': { name: 'RTF', extensions: ['rtf'] },
  'application/zip': { name: 'ZIP', extensions: ['zip'] },
  'text/plain': { name: 'TXT', extensions: ['txt'] },
  'text/csv': { name: 'CSV', extensions: ['csv'] },
}

/** What `documents` accepts unless the gmina configures otherwise. */
export const DEFAULT_DOCUMENT_MIME_TYPES: readonly string[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/msword',
  'application/vnd.ms-excel',
  'application/rtf',
  'application/zip',
  'text/plain',
  'text/csv',
]

/**
 * Legacy Office files (DOC, XLS) are OLE compound files: content sniffing sees 'application/x-cfb' and only
 * the extension tells which one it is.
 */
export const COMPOUND_FILE_TYPE = 'application/x-cfb'

/** "PDF, DOCX, XLSX" for a list of MIME types, for messages. */
export const documentTypeNames = (mimeTypes: readonly string[]): string =>
  mimeTypes.map((mime) => DOCUMENT_TYPES[mime]?.name ?? mime).join(', ')

/** The MIME type listed for a file extension (without the dot), if any. */
export const mimeTypeOfExtension = (extension: string): string | undefined =>
  Object.entries(DOCUMENT_TYPES).find(([, type]) => type.extensions.includes(extension.toLowerCase()))?.[0]
