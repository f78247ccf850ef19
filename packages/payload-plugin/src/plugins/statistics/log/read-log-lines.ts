import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'

/** Whether a file is gzip-compressed, by its first two bytes (a rotated `access.log.2.gz`). */
export const isGzip = async (file: string): Promise<boolean> => {
  const handle = await open(file, 'r')
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0)
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b
  } finally {
    await handle.close()
  }
}

/** The bytes of a log file as written: decompressed when gzipped, from `start` (plain files only). */
export const openLogStream = async (
  file: string,
  start = 0,
): Promise<{ stream: Readable; gzip: boolean }> => {
  const gzip = await isGzip(file)
  const raw = createReadStream(file, { start: gzip ? 0 : start, highWaterMark: 1 << 20 })
  return { stream: gzip ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw, gzip }
}

export type ReadOutcome = {
  /** Offset in the uncompressed text just after the last line handed over (where the next import starts). */
  offset: number
  /** Whether the reader stopped the reading (a line returned false). */
  stopped: boolean
}

/**
 * Hands every complete line of a log from `offset` (bytes of the uncompressed text) to `onLine`, until it
 * returns false: that line is not taken, and the outcome's offset points at its start. A last line without its
 * newline is left for later in a plain file (nginx may be writing it), taken in a gzip archive (finished).
 * Logs are ASCII (nginx escapes other bytes as `\xNN`), read as latin1, so characters and bytes are one.
 */
export const readLogLines = async (
  file: string,
  offset: number,
  onLine: (line: string) => boolean,
): Promise<ReadOutcome> => {
  const { stream, gzip } = await openLogStream(file, offset)
  let position = gzip ? 0 : offset
  let rest = ''
  let stopped = false
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string
      if (position + rest.length < offset) {
        // skipping what an earlier import took (gzip: it has to be decompressed again)
        const skip = offset - position
        if (skip >= chunk.length) {
          position += chunk.length
          continue
        }
        text = chunk.toString('latin1', skip)
        position = offset
      } else text = rest + chunk.toString('latin1')
      let start = 0
      let end = text.indexOf('\n')
      while (end >= 0) {
        if (!onLine(text.slice(start, end))) {
          stopped = true
          position += start
          return { offset: position, stopped }
        }
        start = end + 1
        end = text.indexOf('\n', start)
      }
      position += start
      rest = text.slice(start)
    }
    if (gzip && rest.length > 0) {
      if (!onLine(rest)) return { offset: position, stopped: true }
      position += rest.length
    }
    return { offset: position, stopped }
  } finally {
    stream.destroy()
  }
}
