import type { GlobalConfig } from 'payload'
import { anyone, isEditor } from '../../../shared/access'
import { label } from '../../../shared/i18n'
import { GLOBAL_SLUGS } from '../../../shared/slugs'
import { accessibilityStatementFields } from './fields'

/** `accessibility-statement`: the data of /deklaracja-dostepnosci/. Public read; editors and admins update. */
export const accessibilityStatementGlobal = (): GlobalConfig => ({
  slug: GLOBAL_SLUGS.accessibilityStatement,
  label: label((t) => t.accessibility.label),
  admin: {
    group: label((t) => t.groups.admin),
    description: label((t) => t.accessibility.description),
  },
  access: { read: anyone, update: isEditor },
  fields: accessibilityStatementFields,
})
