import fs from 'node:fs'
import path from 'node:path'
import { CmsClient, cmsUrlFromEnv, fetchInstalledSections } from '@ratusz/astro-loader'
import { readVariables } from '@ratusz/config'
import { installedSections, SECTIONS, type InstalledSections } from '@ratusz/contract'

/** The CMS's last answer, kept in the build's cache folder. */
const CACHE_FILE = 'ratusz-installed-sections.json'

/**
 * What the CMS has installed, asked before every build and kept in the cache folder. A build that does not sync
 * with the CMS (RATUSZ_SKIP_CMS_SYNC, e.g. `astro check`) uses the kept answer, or every section when there is
 * none. A CMS that does not answer fails the build, as the loaders would: the live site stays as it is.
 */
export async function readInstalledSections(cacheDir: string): Promise<InstalledSections> {
  const cached = path.join(cacheDir, CACHE_FILE)
  if (readVariables(['RATUSZ_SKIP_CMS_SYNC']).RATUSZ_SKIP_CMS_SYNC) {
    if (fs.existsSync(cached)) return installedSections.parse(JSON.parse(fs.readFileSync(cached, 'utf8')))
    return { sections: [...SECTIONS], collections: [], globals: [], notificationChannels: ['email'] }
  }
  const installed = await fetchInstalledSections(new CmsClient({ cmsUrl: cmsUrlFromEnv() }))
  fs.mkdirSync(cacheDir, { recursive: true })
  fs.writeFileSync(cached, JSON.stringify(installed))
  return installed
}
