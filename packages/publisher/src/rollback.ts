import { withPublishLock } from './lock'
import { listReleases, liveRelease, switchLive } from './releases'

/**
 * Puts the release before the live one back live (atomically, under the publish lock) and returns its id. The
 * newer release stays on disk, so `rollback` can be undone by publishing again.
 */
export const rollback = (sitesDir: string): Promise<string> =>
  withPublishLock(sitesDir, async () => {
    const live = liveRelease(sitesDir)
    const releases = listReleases(sitesDir)
    const older = releases.filter((id) => live === undefined || id < live)
    const previous = older.at(-1)
    if (!previous) throw new Error(`no release older than ${live ?? 'the live one'} to roll back to`)
    switchLive(sitesDir, previous)
    return previous
  })
