import { sniffMimeType } from './sniff-mime'

const BYTES_PER_MB = 1024 * 1024

export type DocumentCheck =
  | { ok: true; mimeType: string }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'too-large'; sizeMB: number; limitMB: number }
  | { ok: false; problem: 'type'; detected: string | undefined }

/**
 * Checks an uploaded attachment before it is stored: not empty, within the size limit, and of an allowed type
 * judged by its content. On success, returns the MIME type to store (the sniffed one).
 */
export const checkDocument = async ({
  bytes,
  filename,
  size,
  allowedMimeTypes,
  maxFileSizeMB,
}: {
  /** The file's bytes, or a loader of them (called only once the size is known to be within the limit). */
  bytes: Uint8Array | (() => Promise<Uint8Array>)
  filename: string
  /** The whole file's size in bytes. */
  size: number
  allowedMimeTypes: readonly string[]
  maxFileSizeMB: number
}): Promise<DocumentCheck> => {
  if (size === 0) return { ok: false, problem: 'empty' }
  if (size > maxFileSizeMB * BYTES_PER_MB) {
    return {
      ok: false,
      problem: 'too-large',
      sizeMB: Math.ceil((size / BYTES_PER_MB) * 10) / 10,
      limitMB: maxFileSizeMB,
    }
  }
  const content = typeof bytes === 'function' ? await bytes() : bytes
  if (content.length === 0) return { ok: false, problem: 'empty' }
  const detected = await sniffMimeType(content, filename)
  if (!detected || !allowedMimeTypes.includes(detected)) return { ok: false, problem: 'type', detected }
  return { ok: true, mimeType: detected }
}
