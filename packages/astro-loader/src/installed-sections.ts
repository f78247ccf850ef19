import { INSTALLED_SECTIONS_PATH, installedSections, type InstalledSections } from '@ratusz/contract'
import type { CmsClient } from './client'
import { CmsResponseError } from './errors'

/** What the CMS has installed: the sections switched on, its collections and globals. */
export async function fetchInstalledSections(client: CmsClient): Promise<InstalledSections> {
  const url = client.resolve(INSTALLED_SECTIONS_PATH)
  const parsed = installedSections.safeParse(await client.getJson(url))
  if (!parsed.success) {
    throw new CmsResponseError(url.href, 0, `not the installed sections: ${parsed.error.issues[0]?.message}`)
  }
  return parsed.data
}
