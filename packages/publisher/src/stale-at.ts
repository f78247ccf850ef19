import fs from 'node:fs'
import path from 'node:path'
import { NEXT_CHANGE_FILE, nextChange } from '@ratusz/contract'
import { filesBelow } from './check-links'

/**
 * The earliest moment at which the built release goes stale with no edit (an event ends, an alert expires), read
 * from the `nastepna-zmiana.json` files the sections write (`NextChange` of the contract).
 */
export const readStaleAt = (
  releaseDir: string,
  now = new Date(),
  files: readonly string[] = filesBelow(releaseDir),
): Date | undefined => {
  let earliest: Date | undefined
  for (const file of files.filter((name) => path.basename(name) === NEXT_CHANGE_FILE)) {
    try {
      const parsed = nextChange.safeParse(JSON.parse(fs.readFileSync(path.join(releaseDir, file), 'utf8')))
      const at = parsed.success && parsed.data.staleAt ? new Date(parsed.data.staleAt) : undefined
      if (at && at > now && (!earliest || at < earliest)) earliest = at
    } catch {
      // A malformed file only means no time-driven rebuild from that section; the link/feed checks catch the rest.
    }
  }
  return earliest
}
