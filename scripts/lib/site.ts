import path from 'node:path'
import { siteDir } from './paths'
import { runCommand } from './run-command'

const astroBin = path.join(siteDir, 'node_modules/.bin/astro')

export type SiteBuild = { cmsUrl: string; siteUrl: string; outDir: string }

/** Builds the static site from the CMS's REST API into outDir. */
export const buildSite = ({ cmsUrl, siteUrl, outDir }: SiteBuild, quiet = false) =>
  runCommand(astroBin, ['build', '--outDir', outDir], {
    cwd: siteDir,
    env: { RATUSZ_CMS_URL: cmsUrl, RATUSZ_SITE_URL: siteUrl },
    quiet,
  })

export const defaultOutDir = path.join(siteDir, 'dist')
