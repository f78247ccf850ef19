import { reviewByField } from '../../../shared/review-by-field'
import { bipDocumentKinds } from '@ratusz/contract'
import type { Field, FieldAccess, RichTextField } from 'payload'
import { label, labelled } from '../../../shared/i18n'
import { BIP_SLUGS } from '../slugs'
import { validateExclusion } from './validate-exclusion'
import { DATE_FORMAT, DATE_TIME_FORMAT } from '../../../shared/date-formats'
import { defaultPublisher } from './default-publisher'

/** System fields: nobody types them, the hooks set them (`set-system-metadata.ts`). */
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

const systemField = (
  name: string,
  type: 'text' | 'date' | 'number',
  pick: Parameters<typeof labelled>[0],
): Field =>
  ({
    name,
    type,
    access: systemOnly,
    ...labelled(pick, {
      position: 'sidebar' as const,
      readOnly: true,
      ...(type === 'date'
        ? { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: DATE_TIME_FORMAT } }
        : {}),
    }),
  }) as Field

const dayPicker = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: DATE_FORMAT } }

/** Fields of `bip-documents`: content, the art. 8 metadata, exclusion notice and withdrawal to the archive. */
export const bipDocumentFields = ({ editor }: { editor?: RichTextField['editor'] }): Field[] => [
  { name: 'title', type: 'text', required: true, ...labelled((t) => t.bip.documents.title) },
  {
    name: 'permanentId',
    type: 'text',
    unique: true,
    index: true,
    access: systemOnly,
    ...labelled((t) => t.bip.documents.permanentId, { position: 'sidebar' as const, readOnly: true }),
  },
  {
    name: 'category',
    type: 'relationship',
    relationTo: BIP_SLUGS.categories,
    required: true,
    index: true,
    ...labelled((t) => t.bip.documents.category, { position: 'sidebar' as const }),
  },
  {
    name: 'kind',
    type: 'select',
    required: true,
    defaultValue: 'dokument',
    options: bipDocumentKinds.map((kind) => ({
      value: kind,
      label: label((t) => t.bip.documents.kind[kind]),
    })),
    ...labelled((t) => t.bip.documents.kind, { position: 'sidebar' as const }),
  },
  {
    name: 'deadline',
    type: 'date',
    index: true,
    ...labelled((t) => t.bip.documents.deadline, {
      position: 'sidebar' as const,
      date: { pickerAppearance: 'dayAndTime' as const, displayFormat: DATE_TIME_FORMAT },
    }),
  },
  {
    name: 'body',
    type: 'richText',
    required: true,
    ...(editor ? { editor } : {}),
    ...labelled((t) => t.bip.documents.body),
  },
  {
    name: 'attachments',
    type: 'upload',
    relationTo: BIP_SLUGS.files,
    hasMany: true,
    ...labelled((t) => t.bip.documents.attachments),
  },
  {
    name: 'publisher',
    type: 'text',
    required: true,
    defaultValue: defaultPublisher,
    ...labelled((t) => t.bip.documents.publisher),
  },
  { name: 'producedBy', type: 'text', required: true, ...labelled((t) => t.bip.documents.producedBy) },
  {
    name: 'producedAt',
    type: 'date',
    required: true,
    ...labelled((t) => t.bip.documents.producedAt, dayPicker),
  },
  {
    name: 'exclusion',
    type: 'group',
    validate: validateExclusion,
    ...labelled((t) => t.bip.documents.exclusion),
    fields: [
      { name: 'scope', type: 'textarea', ...labelled((t) => t.bip.documents.excludedScope) },
      { name: 'legalBasis', type: 'text', ...labelled((t) => t.bip.documents.excludedBasis) },
      { name: 'decidedBy', type: 'text', ...labelled((t) => t.bip.documents.excludedBy) },
    ],
  },
  {
    name: 'withdrawal',
    type: 'group',
    ...labelled((t) => t.bip.documents.withdrawal),
    fields: [
      {
        name: 'withdrawn',
        type: 'checkbox',
        defaultValue: false,
        ...labelled((t) => t.bip.documents.withdrawn),
      },
      { name: 'reason', type: 'textarea', ...labelled((t) => t.bip.documents.withdrawnReason) },
      {
        name: 'withdrawnAt',
        type: 'date',
        access: systemOnly,
        ...labelled((t) => t.bip.documents.withdrawnAt, { readOnly: true }),
      },
    ],
  },
  {
    name: 'changeNote',
    type: 'textarea',
    ...labelled((t) => t.bip.documents.changeNote, { position: 'sidebar' as const }),
  },
  systemField('enteredBy', 'text', (t) => t.bip.documents.enteredBy),
  systemField('publishedAt', 'date', (t) => t.bip.documents.publishedAt),
  systemField('modifiedBy', 'text', (t) => t.bip.documents.modifiedBy),
  systemField('modifiedAt', 'date', (t) => t.bip.documents.modifiedAt),
  systemField('version', 'number', (t) => t.bip.documents.version),
  reviewByField('bipDocuments'),
]
