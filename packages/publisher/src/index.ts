export {
  publishSite,
  PublishError,
  type BuildContext,
  type BuildReport,
  type PublishOptions,
  type PublishResult,
  type PublishStep,
} from './publish'
export { rollback } from './rollback'
export { astroBuild, astroCacheDir, type AstroBuildOptions } from './astro-build'
export { publishFromCms, sitesDirOf, type PublishingConfig } from './publish-from-cms'
export { buildCacheDir, liveLink, liveRelease, listReleases, releasesDir } from './releases'
export { checkInternalLinks, type BrokenLink, type LinkCheckReuse } from './check-links'
export { readPageVersions } from './page-versions'
export { checkFeeds, type BadFeed } from './check-feeds'
export { readStaleAt } from './stale-at'
export { withPublishLock } from './lock'
export { readSkippedRecords } from './skipped-records'
