import type { Payload } from 'payload'

/** The gmina's name and coat of arms from the site settings, for the admin's login page and header. */
export const gminaIdentity = async (payload: Payload): Promise<{ name?: string; arms?: string }> => {
  if (!payload.globals.config.some((global) => global.slug === 'site-settings')) return {}
  const settings = (await payload.findGlobal({
    slug: 'site-settings' as never,
    depth: 1,
    overrideAccess: true,
  })) as { gminaName?: string; coatOfArms?: { url?: string } | number | null }
  const arms = typeof settings.coatOfArms === 'object' ? settings.coatOfArms?.url : undefined
  return { name: settings.gminaName || undefined, arms: arms || undefined }
}
