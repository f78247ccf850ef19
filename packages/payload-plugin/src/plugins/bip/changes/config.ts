import { bipChangeActions } from '@ratusz/contract'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { BIP_SLUGS } from '../slugs'
import { guardRegisterChange, guardRegisterDelete } from './hooks/guard-register'
import { DATE_TIME_FORMAT } from '../../../shared/date-formats'

const never = () => false

const readOnly = { readOnly: true }

/**
 * `bip-changes`: the public, append-only register of changes (rejestr zmian). One entry per publication of a
 * BIP document, with a snapshot of the published content, so every past version stays readable by the public
 * without opening Payload's versions (which also hold drafts).
 */
export const bipChangesCollection = (): CollectionConfig => ({
  slug: BIP_SLUGS.changes,
  labels: collectionLabels((t) => t.bip.changes),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['changedAt', 'title', 'version', 'action', 'note', 'changedBy'],
    group: label((t) => t.bip.group),
    description: label((t) => t.bip.changes.description),
  },
  defaultSort: '-changedAt',
  access: { read: anyone, create: never, update: never, delete: never },
  hooks: { beforeChange: [guardRegisterChange], beforeDelete: [guardRegisterDelete] },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: BIP_SLUGS.documents,
      required: true,
      index: true,
      ...labelled((t) => t.bip.changes.document, readOnly),
    },
    {
      name: 'permanentId',
      type: 'text',
      required: true,
      index: true,
      ...labelled((t) => t.bip.changes.permanentId, readOnly),
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label((t) => t.bip.documents.title.label),
      admin: readOnly,
    },
    { name: 'version', type: 'number', required: true, ...labelled((t) => t.bip.changes.version, readOnly) },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: bipChangeActions.map((action) => ({
        value: action,
        label: label((t) => t.bip.changes.action[action]),
      })),
      ...labelled((t) => t.bip.changes.action, readOnly),
    },
    { name: 'note', type: 'textarea', required: true, ...labelled((t) => t.bip.changes.note, readOnly) },
    {
      name: 'changedBy',
      type: 'text',
      required: true,
      ...labelled((t) => t.bip.changes.changedBy, readOnly),
    },
    {
      name: 'changedAt',
      type: 'date',
      required: true,
      index: true,
      ...labelled((t) => t.bip.changes.changedAt, {
        ...readOnly,
        date: { pickerAppearance: 'dayAndTime' as const, displayFormat: DATE_TIME_FORMAT },
      }),
    },
    { name: 'snapshot', type: 'json', required: true, ...labelled((t) => t.bip.changes.snapshot, readOnly) },
  ],
})
