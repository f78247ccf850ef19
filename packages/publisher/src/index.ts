export {
  publishSite,
  PublishError,
  type PublishOptions,
  type PublishResult,
  type PublishStep,
} from './publish'
export { rollback } from './rollback'
export { astroBuild, type AstroBuildOptions } from './astro-build'
export { liveLink, liveRelease, listReleases, releasesDir } from './releases'
export { checkInternalLinks, type BrokenLink } from './check-links'
export { checkFeeds, type BadFeed } from './check-feeds'
export { readStaleAt, STALE_AT_FILE } from './stale-at'
export { withPublishLock } from './lock'
