import { createHash } from 'node:crypto'
import { openLogStream } from './read-log-lines'

/** How far the first line is looked for; a log line is far shorter. */
const FIRST_LINE_LIMIT = 64 * 1024

/**
 * Who a log file is, whatever its name: the SHA-256 of its first line (uncompressed). The first line carries
 * a time to the second, an address and a request, so two logs do not share it, while `access.log`, the
 * `access.log.1` it is renamed to and the `access.log.2.gz` it is compressed into are one log. Undefined while
 * the file has no complete first line.
 */
export const fileFingerprint = async (file: string): Promise<string | undefined> => {
  const { stream } = await openLogStream(file)
  const chunks: Buffer[] = []
  let length = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const newline = chunk.indexOf(10)
      if (newline >= 0) {
        chunks.push(chunk.subarray(0, newline + 1))
        return createHash('sha256').update(Buffer.concat(chunks)).digest('hex')
      }
      chunks.push(chunk)
      length += chunk.length
      if (length > FIRST_LINE_LIMIT) return undefined
    }
    return undefined
  } finally {
    stream.destroy()
  }
}
