import fs from 'node:fs'
import path from 'node:path'
import { checkFeeds } from './check-feeds'
import { checkInternalLinks, filesBelow, type PageVersionLookup } from './check-links'
import { removeTree } from './fs-child'
import { withPublishLock } from './lock'
import { keepValidators } from './keep-validators'
import { prepareNextBuild, takeNextBuild } from './next-build'
import { buildCacheDir, liveRelease, newReleaseId, pruneReleases, releasesDir, switchLive } from './releases'
import type { SkippedRecord } from '@ratusz/contract'
import { filesAfter, keepReleaseFiles, type BuildChanges } from './release-files'
import { readStaleAt } from './stale-at'

type PublishStep = 'build' | 'links' | 'feeds' | 'switch'

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

type PublishOptions = {
  /** The folder holding `releases/` and the `live` symlink. */
  sitesDir: string
  /**
   * Builds the whole site into the given folder; rejects when the build fails. `cacheDir` is the sites folder's
   * build cache, kept between builds (an incremental build reuses what did not change). When `prefilled`, the
   * folder is not empty but holds a copy of the live release, made by the build before: the build may keep the
   * files that did not change, and must remove those the site no longer has.
   */
  build: (outDir: string, context: BuildContext) => Promise<BuildReport | void>
  /** How many releases to keep, the live one included. Default 5. */
  keep?: number
  /**
   * The build never writes a file in place (it replaces files by renaming a temp file over them, and deletes):
   * its prefilled folder is then a hardlink clone of the live release, sharing every file the publish does not
   * change (next-build.ts). Default false: a copy.
   */
  sharesFiles?: boolean
}

export type BuildContext = { cacheDir: string; prefilled: boolean }

/** What a build may tell the checks after it, so that they can skip what did not change. */
export type BuildReport = {
  /** The version of each page the build reused or rendered (see readPageVersions), by file in the build. */
  pageVersions?: PageVersionLookup
  /**
   * Files (as below the build's folder) the build wrote knowing their bytes differ from the previous release's
   * (the warm renderer's, which writes a file only when it changed): keepValidators does not compare them.
   */
  differ?: ReadonlySet<string>
  /**
   * Every file the build wrote (or replaced) and deleted in its prefilled folder, as below it: all the others are
   * the prefilled release's files as they were (the warm renderer's, building into a hardlink clone). The publish
   * then knows the new release's files without walking them, and compares only these for their validators.
   */
  changed?: BuildChanges
  /** Records the build left out because they break the site's contract. */
  skipped?: readonly SkippedRecord[]
  /** Which way the site was built (RATUSZ_WARM_PUBLISH): warm, the warm renderer's first build, or cold. */
  via?: 'warm' | 'warm-start' | 'cold'
  /** One line on how that went, for the publish log. */
  detail?: string
}

export type PublishResult = {
  releaseId: string
  previousReleaseId: string | undefined
  /** From the start until the new release was live. */
  durationMs: number
  /** How long each step took. */
  stepsMs: Record<Exclude<PublishStep, 'switch'>, number>
  pages: number
  /** When the new release goes stale by the clock alone (an event ends, an alert expires), if ever. */
  staleAt: Date | undefined
  /** Records left out of this release (they break the site's contract); everything else was published. */
  skipped: SkippedRecord[]
  /** Which way the site was built, and how that went (see BuildReport); cold when the build does not say. */
  via: NonNullable<BuildReport['via']>
  detail?: string
}

const describeFirst = <T>(items: T[], show: (item: T) => string): string =>
  `${items.slice(0, 5).map(show).join('; ')}${items.length > 5 ? ` (and ${items.length - 5} more)` : ''}`

/**
 * Publishes the site: builds it into a hidden staging folder, checks that every internal link resolves and every
 * feed parses, turns it into a release and switches `live` to it atomically, then prunes old releases. Under the
 * publish lock, so builds never overlap. Any failure removes the staging folder and leaves `live` exactly as it was.
 */
export const publishSite = ({
  sitesDir,
  build,
  keep = 5,
  sharesFiles = false,
}: PublishOptions): Promise<PublishResult> =>
  withPublishLock(sitesDir, async () => {
    const started = Date.now()
    const releaseId = newReleaseId()
    const root = releasesDir(sitesDir)
    const staging = path.join(root, `.staging-${releaseId}`)
    fs.mkdirSync(root, { recursive: true })
    for (const leftover of fs.readdirSync(root).filter((name) => name.startsWith('.staging-'))) {
      await removeTree(path.join(root, leftover))
    }
    const previousReleaseId = liveRelease(sitesDir)
    const cacheDir = buildCacheDir(sitesDir)
    const stepsMs = { build: 0, links: 0, feeds: 0 }
    let lapStart = started
    /** The time since the last lap (the start of the step that just ended). */
    const lap = () => {
      const now = Date.now()
      const ms = now - lapStart
      lapStart = now
      return ms
    }
    let files: string[]
    let skipped: SkippedRecord[] = []
    let via: PublishResult['via'] = 'cold'
    let detail: string | undefined
    /** What is done once the release is live, out of the time to it (the link check's cache). */
    const afterSwitch: (() => void)[] = []
    try {
      let report: BuildReport | void
      const prefilled = await takeNextBuild(sitesDir, staging, sharesFiles ? 'shared' : 'copy')
      try {
        report = await build(staging, { cacheDir, prefilled })
      } catch (error) {
        throw new PublishError('build', (error as Error).message)
      }
      const changed = prefilled ? report?.changed : undefined
      files = (changed && filesAfter(sitesDir, previousReleaseId, changed)) ?? filesBelow(staging)
      await keepValidators(
        staging,
        changed?.written ?? files,
        previousReleaseId && path.join(root, previousReleaseId),
        report?.differ,
      )
      skipped = [...(report?.skipped ?? [])]
      via = report?.via ?? 'cold'
      detail = report?.detail
      stepsMs.build = lap()
      const reuse = report?.pageVersions
        ? {
            pageVersions: report.pageVersions,
            cacheFile: path.join(cacheDir, 'links.json'),
            keepCache: (write: () => void) => afterSwitch.push(write),
            release: releaseId,
            since: previousReleaseId && changed ? { release: previousReleaseId, ...changed } : undefined,
          }
        : undefined
      const broken = checkInternalLinks(staging, files, reuse)
      stepsMs.links = lap()
      if (broken.length > 0) {
        throw new PublishError(
          'links',
          `broken internal links: ${describeFirst(broken, (b) => `${b.page} → ${b.href}`)}`,
        )
      }
      // a feed the build did not change is the previous release's file, checked when that went live
      const badFeeds = checkFeeds(staging, changed?.written ?? files)
      stepsMs.feeds = lap()
      if (badFeeds.length > 0) {
        throw new PublishError(
          'feeds',
          `feeds that do not parse: ${describeFirst(badFeeds, (f) => `${f.file}: ${f.problem}`)}`,
        )
      }
      fs.renameSync(staging, path.join(root, releaseId))
    } catch (error) {
      await removeTree(staging)
      throw error
    }
    try {
      switchLive(sitesDir, releaseId)
    } catch (error) {
      // The release never went live: remove it, so the releases and rollback's choices stay as they were.
      await removeTree(path.join(root, releaseId))
      throw new PublishError('switch', (error as Error).message)
    }
    const durationMs = Date.now() - started
    keepReleaseFiles(sitesDir, releaseId, files)
    for (const task of afterSwitch) {
      try {
        task()
      } catch {
        // a cache not kept: the next check reads what it cannot vouch for
      }
    }
    await pruneReleases(sitesDir, keep)
    try {
      await prepareNextBuild(sitesDir, releaseId, sharesFiles ? 'shared' : 'copy')
    } catch {
      // no head start for the next build (e.g. the disk is full): it starts from an empty folder
    }
    return {
      releaseId,
      previousReleaseId,
      durationMs,
      stepsMs,
      pages: files.filter((file) => file.endsWith('.html')).length,
      staleAt: readStaleAt(path.join(root, releaseId), new Date(), files),
      skipped,
      via,
      ...(detail ? { detail } : {}),
    }
  })
