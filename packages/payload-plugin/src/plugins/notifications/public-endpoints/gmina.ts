import type { Controller } from '@ratusz/resident-forms'
import type { Payload } from 'payload'
import { GLOBAL_SLUGS } from '../../../shared/slugs'

/** Who the gmina is, for residents' pages and messages: the site settings, or a plain default without them. */
export const gminaOf = async (payload: Payload): Promise<Controller & { gminaName: string }> => {
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
}
