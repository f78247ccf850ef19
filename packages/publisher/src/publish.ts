import fs from 'node:fs'
import path from 'node:path'
import { checkFeeds } from './check-feeds'
import { checkInternalLinks, filesBelow } from './check-links'
import { withPublishLock } from './lock'
import { liveRelease, newReleaseId, pruneReleases, releasesDir, switchLive } from './releases'
import { readStaleAt } from './stale-at'

export type PublishStep = 'build' | 'links' | 'feeds' | 'switch'

/** A publish that failed at `step`; the live site was not touched. */
export class PublishError extends Error {
  constructor(
    readonly step: PublishStep,
    message: string,
  ) {
    super(message)
    this.name = 'PublishError'
  }
}

export type PublishOptions = {
  /** The folder holding `releases/` and the `live` symlink. */
  sitesDir: string
  /** Builds the whole site into the given (new, empty) folder; rejects when the build fails. */
  build: (outDir: string) => Promise<void>
  /** How many releases to keep, the live one included. Default 5. */
  keep?: number
}

export type PublishResult = {
  releaseId: string
  previousReleaseId: string | undefined
  durationMs: number
  pages: number
  /** When the new release goes stale by the clock alone (an event ends, an alert expires), if ever. */
  staleAt: Date | undefined
}

const describeFirst = <T>(items: T[], show: (item: T) => string): string =>
  `${items.slice(0, 5).map(show).join('; ')}${items.length > 5 ? ` (and ${items.length - 5} more)` : ''}`

/**
 * Publishes the site: builds it into a hidden staging folder, checks that every internal link resolves and every
 * feed parses, turns it into a release and switches `live` to it atomically, then prunes old releases. Under the
 * publish lock, so builds never overlap. Any failure removes the staging folder and leaves `live` exactly as it was.
 */
export const publishSite = ({ sitesDir, build, keep = 5 }: PublishOptions): Promise<PublishResult> =>
  withPublishLock(sitesDir, async () => {
    const started = Date.now()
    const releaseId = newReleaseId()
    const root = releasesDir(sitesDir)
    const staging = path.join(root, `.staging-${releaseId}`)
    fs.mkdirSync(root, { recursive: true })
    for (const leftover of fs.readdirSync(root).filter((name) => name.startsWith('.staging-'))) {
      fs.rmSync(path.join(root, leftover), { recursive: true, force: true })
    }
    const previousReleaseId = liveRelease(sitesDir)
    try {
      try {
        await build(staging)
      } catch (error) {
        throw new PublishError('build', (error as Error).message)
      }
      const broken = checkInternalLinks(staging)
      if (broken.length > 0) {
        throw new PublishError(
          'links',
          `broken internal links: ${describeFirst(broken, (b) => `${b.page} → ${b.href}`)}`,
        )
      }
      const badFeeds = checkFeeds(staging)
      if (badFeeds.length > 0) {
        throw new PublishError(
          'feeds',
          `feeds that do not parse: ${describeFirst(badFeeds, (f) => `${f.file}: ${f.problem}`)}`,
        )
      }
      fs.renameSync(staging, path.join(root, releaseId))
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true })
      throw error
    }
    try {
      switchLive(sitesDir, releaseId)
    } catch (error) {
      throw new PublishError('switch', (error as Error).message)
    }
    pruneReleases(sitesDir, keep)
    const releaseDir = path.join(root, releaseId)
    return {
      releaseId,
      previousReleaseId,
      durationMs: Date.now() - started,
      pages: filesBelow(releaseDir).filter((file) => file.endsWith('.html')).length,
      staleAt: readStaleAt(releaseDir),
    }
  })
