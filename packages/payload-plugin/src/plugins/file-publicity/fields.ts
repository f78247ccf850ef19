import type { Field, FieldAccess } from 'payload'
import { isEditor, isSignedIn } from '../../shared/access'
import { collectionLabels, labelled } from '../../shared/i18n'

/** Nobody writes it through the API, administrators included; only the usage hooks set it (overrideAccess). */
const nobody: FieldAccess = () => false

/** The fields media and documents get: who made them public by hand, and whether (and why) they are public. */
export const publicityFields: Field[] = [
  {
    name: 'publicByHand',
    type: 'checkbox',
    defaultValue: false,
    access: { create: isEditor, update: isEditor },
    ...labelled((t) => t.files.publicByHand, { position: 'sidebar' as const }),
  },
  {
    name: 'public',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { create: nobody, update: nobody },
    ...labelled((t) => t.files.public, { position: 'sidebar' as const, readOnly: true }),
  },
  {
    name: 'publicUsage',
    type: 'array',
    access: { read: isSignedIn, create: nobody, update: nobody },
    labels: collectionLabels((t) => t.files.publicUsage.rows),
    ...labelled((t) => t.files.publicUsage, { readOnly: true, initCollapsed: true }),
    fields: [{ name: 'owner', type: 'text', index: true, ...labelled((t) => t.files.owner) }],
  },
]
