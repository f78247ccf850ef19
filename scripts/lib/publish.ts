import path from 'node:path'
import { astroBuild, liveLink, publishSite } from '@ratusz/publisher'
import { dataDir, siteDir } from './paths'

/** The folder of site releases and its `live` link, as the CMS's publisher uses it (RATUSZ_SITES_DIR). */
export const sitesDir = path.resolve(dataDir, '..', process.env.RATUSZ_SITES_DIR ?? 'data/site')
export const liveDir = liveLink(sitesDir)

/** Publishes the site from a CMS: build into a new release, check, switch live. */
export const publishFrom = (cmsUrl: string, siteUrl: string, verbose = true) =>
  publishSite({
    sitesDir,
    keep: Number(process.env.RATUSZ_KEEP_RELEASES ?? 5),
    build: (outDir, { cacheDir, prefilled }) =>
      astroBuild({ siteDir, cmsUrl, siteUrl, outDir, cacheDir, prefilled, verbose }),
  })
