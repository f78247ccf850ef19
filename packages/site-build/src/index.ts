export { readSiteBuildOptions, SITE_BUILD_ENV, siteBuildEnv, type SiteBuildOptions } from './build-options'
export { deferKeptWrites, flushKeptWrites, readKeptJson, writeKeptJson } from './kept-json'
export {
  noteDeleted,
  noteWritten,
  removeFromOutput,
  stopWatchingOutput,
  watchOutput,
  type OutputChanges,
} from './output-changes'
export {
  incrementalManifest,
  keepManifest,
  readPageVersions,
  type IncrementalManifest,
  type ManifestChanges,
} from './page-versions'
export { noteRenderedSince, renderedSince, type RenderedSince } from './rendered-since'
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
