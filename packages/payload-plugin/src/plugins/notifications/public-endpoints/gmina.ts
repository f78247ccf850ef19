import type { Controller } from '@ratusz/resident-forms'
import type { Payload } from 'payload'
import { GLOBAL_SLUGS } from '../../../shared/slugs'

type Gmina = Controller & { gminaName: string }

/** How long the settings are reused: a storm of sign-ups or ten thousand messages read them once in a while. */
const FRESH_MS = 10_000
const recent = new WeakMap<Payload, { at: number; gmina: Promise<Gmina> }>()

/**
 * Who the gmina is, for residents' pages and messages: the site settings (read again after ten seconds), or a
 * plain default without them.
 */
export const gminaOf = (payload: Payload): Promise<Gmina> => {
  const cached = recent.get(payload)
  if (cached && Date.now() - cached.at < FRESH_MS) return cached.gmina
  const gmina = readGmina(payload)
  recent.set(payload, { at: Date.now(), gmina })
  gmina.catch(() => recent.delete(payload))
  return gmina
}

const readGmina = async (payload: Payload): Promise<Gmina> => {
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
