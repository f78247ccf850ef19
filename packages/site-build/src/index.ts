export { readSiteBuildOptions, SITE_BUILD_ENV, siteBuildEnv, type SiteBuildOptions } from './build-options'
export { incrementalManifest, readPageVersions } from './page-versions'
export {
  composeKey,
  findRegion,
  ownKey,
  regionClose,
  regionOpen,
  replaceSpans,
  SITE_REGIONS_MEMO,
  splitKey,
  withoutRegions,
  type RegionName,
  type RegionSpan,
} from './regions'
