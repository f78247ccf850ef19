import path from 'node:path'
import { astroBuild } from '@ratusz/publisher'
import { siteDir } from './paths'

export type SiteBuild = { cmsUrl: string; siteUrl: string; outDir: string }

/** Builds the static site from the CMS's REST API into outDir. */
export const buildSite = ({ cmsUrl, siteUrl, outDir }: SiteBuild, quiet = false) =>
  astroBuild({ siteDir, cmsUrl, siteUrl, outDir, verbose: !quiet })

export const defaultOutDir = path.join(siteDir, 'dist')
