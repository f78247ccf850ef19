import { fileTypeFromBuffer } from 'file-type'
import { openPdf } from './open-pdf'

const BYTES_PER_MB = 1024 * 1024

/** How far from the end `%%EOF` may sit (the PDF standard allows trailing bytes; readers look at 1 KB). */
const EOF_WINDOW = 1024

export type PdfCheck =
  | { ok: true; pageCount: number }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'too-large'; sizeMB: number; limitMB: number }
  | { ok: false; problem: 'not-pdf'; detected: string | undefined }
  | { ok: false; problem: 'password' }
  | { ok: false; problem: 'encrypted' }
  | { ok: false; problem: 'corrupt'; detail: string }

const mb = (bytes: number): number => Math.ceil((bytes / BYTES_PER_MB) * 10) / 10

/** Whether the file ends as a complete PDF does: with `%%EOF` in its last kilobyte. */
export const endsLikePdf = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW))).includes('%%EOF')

const isPasswordError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'PasswordException' || /password/i.test(error.message))

/**
 * The cheap checks an uploaded periodical PDF must pass before anything is stored, in order of cost: not empty,
 * within the hard size limit, a PDF by content (whatever its name), complete (not truncated), opens without a
 * password, not encrypted at all, and readable by pdf.js without repairs. Reads the page count on success.
 */
export const inspectPdf = async ({
  bytes,
  size,
  maxFileSizeMB,
}: {
  /** The file's bytes, or a loader of them (called only once the size is within the limit). */
  bytes: Uint8Array | (() => Promise<Uint8Array>)
  size: number
  maxFileSizeMB: number
}): Promise<PdfCheck> => {
  if (size === 0) return { ok: false, problem: 'empty' }
  if (size > maxFileSizeMB * BYTES_PER_MB) {
    return { ok: false, problem: 'too-large', sizeMB: mb(size), limitMB: maxFileSizeMB }
  }
  const content = typeof bytes === 'function' ? await bytes() : bytes
  if (content.length === 0) return { ok: false, problem: 'empty' }
  const detected = (await fileTypeFromBuffer(content))?.mime
  if (detected !== 'application/pdf') return { ok: false, problem: 'not-pdf', detected }
  if (!endsLikePdf(content)) return { ok: false, problem: 'corrupt', detail: 'no %%EOF at the end' }
  let document
  try {
    document = await openPdf(content, { strict: true })
  } catch (error) {
    if (isPasswordError(error)) return { ok: false, problem: 'password' }
    return { ok: false, problem: 'corrupt', detail: error instanceof Error ? error.message : String(error) }
  }
  try {
    const metadata = await document.getMetadata()
    const info = metadata.info as { EncryptFilterName?: string | null }
    if (info.EncryptFilterName) return { ok: false, problem: 'encrypted' }
    await document.getPage(document.numPages)
    return { ok: true, pageCount: document.numPages }
  } catch (error) {
    return { ok: false, problem: 'corrupt', detail: error instanceof Error ? error.message : String(error) }
  } finally {
    await document.loadingTask.destroy()
  }
}
