import type { Field } from 'payload'
import { labelled } from '../../../shared/i18n'
import { validateAlt } from './validate-alt'

/** Fields of `media` besides the ones Payload adds to every upload. */
export const mediaFields: Field[] = [
  { name: 'alt', type: 'text', validate: validateAlt, ...labelled((t) => t.media.alt) },
  { name: 'decorative', type: 'checkbox', defaultValue: false, ...labelled((t) => t.media.decorative) },
  { name: 'caption', type: 'text', ...labelled((t) => t.media.caption) },
]
