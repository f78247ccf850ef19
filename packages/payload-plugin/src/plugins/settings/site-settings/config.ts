import type { GlobalConfig } from 'payload'
import { anyone, isEditor } from '../../../shared/access'
import { label } from '../../../shared/i18n'
import { GLOBAL_SLUGS } from '../../../shared/slugs'
import { siteSettingsFields } from './fields'

/** `site-settings`: who the gmina is and how residents reach its office. Public read; editors update. */
export const siteSettingsGlobal = (): GlobalConfig => ({
  slug: GLOBAL_SLUGS.siteSettings,
  label: label((t) => t.siteSettings.label),
  admin: {
    group: label((t) => t.groups.admin),
    description: label((t) => t.siteSettings.description),
  },
  access: { read: anyone, update: isEditor },
  fields: siteSettingsFields,
})
