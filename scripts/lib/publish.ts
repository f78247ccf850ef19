import { liveLink, publishFromCms, sitesDirOf } from '@ratusz/publisher'
import { config } from './config'
import { repoDir } from './paths'

/** The folder of site releases and its `live` link, as the CMS's publisher uses it (RATUSZ_SITES_DIR). */
export const sitesDir = sitesDirOf(repoDir, config)
export const liveDir = liveLink(sitesDir)

type PublishFromOptions = {
  /** The releases folder (default: RATUSZ_SITES_DIR's). */
  sites?: string
  /** Print Astro's output (default true). */
  verbose?: boolean
}

/**
 * Publishes the site from a CMS, wired as the CMS wires its own publishes: build into a new release, check, switch
 * live. Each publish after the first is incremental (the releases folder keeps the build cache and a copy of the
 * live release).
 */
export const publishFrom = (
  cmsUrl: string,
  siteUrl: string,
  { sites = sitesDir, verbose = true }: PublishFromOptions = {},
) =>
  publishFromCms(
    repoDir,
    { ...config, RATUSZ_CMS_URL: cmsUrl, RATUSZ_SITE_URL: siteUrl, RATUSZ_SITES_DIR: sites },
    { verbose },
  )
