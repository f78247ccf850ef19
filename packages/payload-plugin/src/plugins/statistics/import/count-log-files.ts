import { stat } from 'node:fs/promises'
import type { TrafficCounter } from '../log/count-traffic'
import { fileFingerprint } from '../log/file-fingerprint'
import { isGzip, readLogLines } from '../log/read-log-lines'

/** Where an import found a log and where it leaves it. */
export type FileRead = {
  file: string
  fingerprint: string
  /** The offset stored before this import (0 for a new log). */
  from: number
  to: number
  lines: number
  malformedLines: number
  /** Lines of days not over yet, left for a later import. */
  linesLeft: boolean
  /** A gzip archive read to its end: it will not grow, the next import skips it. */
  finished: boolean
}

/** What the import remembers of a log (a `traffic-log-files` record). */
export type KnownLog = { offset: number; finished?: boolean | null }

/**
 * Counts the new lines of each log into `counter`: a log is known by its first line's fingerprint, so lines an
 * earlier import took (under this name or another, compressed or not) are skipped. Logs with nothing new are
 * left out of the answer. Reads one log at a time, in the order given (oldest first).
 */
export const countLogFiles = async (
  files: readonly string[],
  counter: TrafficCounter,
  known: (fingerprint: string) => Promise<KnownLog | undefined>,
): Promise<FileRead[]> => {
  const reads: FileRead[] = []
  const seen = new Set<string>()
  for (const file of files) {
    const fingerprint = await fileFingerprint(file)
    // empty, or a copy of a log already read by this import (access.log.1 beside access.log.1.gz)
    if (!fingerprint || seen.has(fingerprint)) continue
    seen.add(fingerprint)
    const before = await known(fingerprint)
    const from = before?.offset ?? 0
    const gzip = await isGzip(file)
    if (before?.finished) continue
    if (!gzip && (await stat(file)).size <= from) continue
    let lines = 0
    let malformedLines = 0
    const outcome = await readLogLines(file, from, (line) => {
      const result = counter.count(line)
      if (result === 'later') return false
      if (result === 'malformed') malformedLines++
      else lines++
      return true
    })
    if (outcome.offset === from && !(gzip && !outcome.stopped)) continue
    reads.push({
      file,
      fingerprint,
      from,
      to: outcome.offset,
      lines,
      malformedLines,
      linesLeft: outcome.stopped,
      finished: gzip && !outcome.stopped,
    })
  }
  return reads
}
