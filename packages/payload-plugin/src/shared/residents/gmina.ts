import type { Controller } from '@ratusz/resident-forms'
import { GLOBAL_SLUGS } from '../slugs'
import { readRecently } from '../read-recently'

type Gmina = Controller & { gminaName: string }

/**
 * Who the gmina is, for residents' pages and messages: the site settings (read again after ten seconds: a storm
 * of sign-ups or ten thousand messages read them once in a while), or a plain default without them.
 */
export const gminaOf = readRecently(10_000, async (payload): Promise<Gmina> => {
  const hasSettings = payload.config.globals.some((global) => global.slug === GLOBAL_SLUGS.siteSettings)
  const settings = hasSettings
    ? ((await payload.findGlobal({ slug: GLOBAL_SLUGS.siteSettings as never, depth: 0 })) as Partial<
        Controller & { gminaName: string }
      >)
    : {}
  return {
    gminaName: settings.gminaName ?? 'Gmina',
    officeName: settings.officeName ?? 'Urząd Gminy',
    address: {
      street: settings.address?.street ?? '',
      postalCode: settings.address?.postalCode ?? '',
      city: settings.address?.city ?? '',
    },
    contacts: { email: settings.contacts?.email ?? '' },
  }
})
