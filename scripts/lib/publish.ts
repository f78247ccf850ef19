import path from 'node:path'
import { astroBuild, liveLink, publishSite } from '@ratusz/publisher'
import { dataDir, siteDir } from './paths'

/** The folder of site releases and its `live` link, as the CMS's publisher uses it (RATUSZ_SITES_DIR). */
export const sitesDir = path.resolve(dataDir, '..', process.env.RATUSZ_SITES_DIR ?? 'data/site')
export const liveDir = liveLink(sitesDir)

export type PublishFromOptions = {
  /** The releases folder (default: RATUSZ_SITES_DIR's). */
  sites?: string
  /** Print Astro's output (default true). */
  verbose?: boolean
}

/**
 * Publishes the site from a CMS: build into a new release, check, switch live. Each publish after the first is
 * incremental (the releases folder keeps the build cache and a copy of the live release).
 */
export const publishFrom = (
  cmsUrl: string,
  siteUrl: string,
  { sites = sitesDir, verbose = true }: PublishFromOptions = {},
) =>
  publishSite({
    sitesDir: sites,
    keep: Number(process.env.RATUSZ_KEEP_RELEASES ?? 5),
    build: (outDir, { cacheDir, prefilled }) =>
      astroBuild({ siteDir, cmsUrl, siteUrl, outDir, cacheDir, prefilled, verbose }),
  })
