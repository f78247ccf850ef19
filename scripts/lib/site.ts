import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { siteDir } from './paths'
import { runCommand, startCommand } from './run-command'
import { waitForUrl } from './wait-for-url'

const astroBin = path.join(siteDir, 'node_modules/.bin/astro')

export type SiteBuild = { cmsUrl: string; siteUrl: string; outDir: string }

/** Builds the static site from the CMS's REST API into outDir. */
export const buildSite = ({ cmsUrl, siteUrl, outDir }: SiteBuild, quiet = false) =>
  runCommand(astroBin, ['build', '--outDir', outDir], {
    cwd: siteDir,
    env: { RATUSZ_CMS_URL: cmsUrl, RATUSZ_SITE_URL: siteUrl },
    quiet,
  })

/** Serves a built site folder (Astro's static preview server) and resolves once it answers. */
export const serveSite = async (outDir: string, port: number, quiet = false): Promise<ChildProcess> => {
  const child = startCommand(
    astroBin,
    ['preview', '--outDir', outDir, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: siteDir,
      quiet,
    },
  )
  await waitForUrl(`http://127.0.0.1:${port}/`, 60_000)
  return child
}

export const defaultOutDir = path.join(siteDir, 'dist')
