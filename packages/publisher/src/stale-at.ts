import fs from 'node:fs'
import path from 'node:path'
import { filesBelow } from './check-links'

/** The name of the files in which sections of the built site say when they go stale by the clock alone. */
export const STALE_AT_FILE = 'nastepna-zmiana.json'

/**
 * The earliest moment at which the built release goes stale with no edit (an event ends, an alert expires), read
 * from the `nastepna-zmiana.json` files the sections write (`{ "staleAt": "<ISO instant>" | null }`).
 */
export const readStaleAt = (
  releaseDir: string,
  now = new Date(),
  files: readonly string[] = filesBelow(releaseDir),
): Date | undefined => {
  let earliest: Date | undefined
  for (const file of files.filter((name) => path.basename(name) === STALE_AT_FILE)) {
    try {
      const { staleAt } = JSON.parse(fs.readFileSync(path.join(releaseDir, file), 'utf8')) as {
        staleAt?: unknown
      }
      const at = typeof staleAt === 'string' ? new Date(staleAt) : undefined
      if (at && !Number.isNaN(at.getTime()) && at > now && (!earliest || at < earliest)) earliest = at
    } catch {
      // A malformed file only means no time-driven rebuild from that section; the link/feed checks catch the rest.
    }
  }
  return earliest
}
