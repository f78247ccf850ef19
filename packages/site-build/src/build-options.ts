import { readVariables } from '@ratusz/config'

/**
 * What the publisher tells a build of the site (`astro build` in its own process): passed as environment
 * variables, named here once for both sides. The publisher writes them with `siteBuildEnv`, the site reads them
 * with `readSiteBuildOptions`; what the build leaves behind is read with `readPageVersions`.
 */
export type SiteBuildOptions = {
  /** Where the site reads the CMS's REST API. */
  cmsUrl?: string
  /** The public address of the site (absolute links, feeds, sitemap). */
  siteUrl?: string
  /** Astro's cacheDir of this build (content store, incremental build cache); default: the site's own. */
  astroCacheDir?: string
  /** The out dir holds a copy of the previous build of this cacheDir: keep what did not change. */
  prefilled?: boolean
  /** Where the loaders report the records they left out (JSON lines). */
  skippedRecordsFile?: string
}

/** The variable of each option. */
export const SITE_BUILD_ENV = {
  cmsUrl: 'RATUSZ_CMS_URL',
  siteUrl: 'RATUSZ_SITE_URL',
  astroCacheDir: 'RATUSZ_ASTRO_CACHE_DIR',
  prefilled: 'RATUSZ_PREFILLED_OUT_DIR',
  skippedRecordsFile: 'RATUSZ_SKIPPED_RECORDS_FILE',
} as const satisfies Record<keyof SiteBuildOptions, string>

/** The environment variables that hand `options` to a build (options left out are not set). */
export function siteBuildEnv(options: SiteBuildOptions): Record<string, string> {
  const env: Record<string, string> = {}
  if (options.cmsUrl) env[SITE_BUILD_ENV.cmsUrl] = options.cmsUrl
  if (options.siteUrl) env[SITE_BUILD_ENV.siteUrl] = options.siteUrl
  if (options.astroCacheDir) env[SITE_BUILD_ENV.astroCacheDir] = options.astroCacheDir
  if (options.prefilled) env[SITE_BUILD_ENV.prefilled] = '1'
  if (options.skippedRecordsFile) env[SITE_BUILD_ENV.skippedRecordsFile] = options.skippedRecordsFile
  return env
}

/**
 * The options a build was handed, from its environment, checked against the catalogue of variables
 * (@ratusz/config): an empty variable counts as unset, a bad one stops the build with one line naming it.
 */
export function readSiteBuildOptions(
  env: Record<string, string | undefined> = process.env,
): SiteBuildOptions {
  const values = readVariables(Object.values(SITE_BUILD_ENV), env)
  return {
    cmsUrl: values.RATUSZ_CMS_URL,
    siteUrl: values.RATUSZ_SITE_URL,
    astroCacheDir: values.RATUSZ_ASTRO_CACHE_DIR,
    prefilled: values.RATUSZ_PREFILLED_OUT_DIR,
    skippedRecordsFile: values.RATUSZ_SKIPPED_RECORDS_FILE,
  }
}
