import type { Field } from 'payload'
import { labelled } from '../../../shared/i18n'
import { validateRequiredUrl } from '../../../shared/validators'

/** Name and store address of one of the body's mobile apps. */
export const mobileAppFields = (): Field[] => [
  { name: 'name', type: 'text', required: true, ...labelled((t) => t.accessibility.mobileApps.name) },
  {
    name: 'url',
    type: 'text',
    required: true,
    validate: validateRequiredUrl,
    ...labelled((t) => t.accessibility.mobileApps.url),
  },
]
