import { ALERT_SHORT_TEXT_MAX, alertKinds, alertSeverities } from '@ratusz/contract'
import type { Field, RichTextField } from 'payload'
import { label, labelled } from '../../../shared/i18n'
import { slugField } from '../../../shared/slug-field'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { validateBody } from './hooks/validate-body'
import { validateValidUntil } from './hooks/validate-until'
import { DATE_TIME_FORMAT } from '../../../shared/date-formats'

const dateAndTime = {
  pickerAppearance: 'dayAndTime' as const,
  timeFormat: 'HH:mm',
  timeIntervals: 15,
  displayFormat: DATE_TIME_FORMAT,
}

/**
 * Fields of `alerts`. No areas = the whole gmina. `areas` only when the config has an `areas` collection;
 * `editor` only when the host config has no default rich-text editor.
 */
export const alertFields = ({
  withAreas,
  editor,
}: {
  withAreas: boolean
  editor?: RichTextField['editor']
}): Field[] => [
  { name: 'title', type: 'text', required: true, maxLength: 200, ...labelled((t) => t.alerts.title) },
  slugField('title'),
  {
    name: 'kind',
    type: 'select',
    required: true,
    options: alertKinds.map((kind) => ({ value: kind, label: label((t) => t.alerts.kind[kind]) })),
    ...labelled((t) => t.alerts.kind, { position: 'sidebar' as const }),
  },
  {
    name: 'severity',
    type: 'select',
    required: true,
    defaultValue: 'informacja',
    index: true,
    options: alertSeverities.map((severity) => ({
      value: severity,
      label: label((t) => t.alerts.severity[severity]),
    })),
    ...labelled((t) => t.alerts.severity, { position: 'sidebar' as const }),
  },
  {
    name: 'shortText',
    type: 'textarea',
    required: true,
    maxLength: ALERT_SHORT_TEXT_MAX,
    ...labelled((t) => t.alerts.shortText),
  },
  {
    name: 'body',
    type: 'richText',
    validate: validateBody,
    ...(editor ? { editor } : {}),
    ...labelled((t) => t.alerts.body),
  },
  {
    name: 'attachments',
    type: 'upload',
    relationTo: COLLECTION_SLUGS.documents,
    hasMany: true,
    ...labelled((t) => t.alerts.attachments),
  },
  ...(withAreas
    ? [
        {
          name: 'areas',
          type: 'relationship',
          relationTo: COLLECTION_SLUGS.areas,
          hasMany: true,
          ...labelled((t) => t.alerts.areas),
        } satisfies Field,
      ]
    : []),
  {
    type: 'row',
    fields: [
      {
        name: 'validFrom',
        type: 'date',
        required: true,
        index: true,
        defaultValue: () => new Date().toISOString(),
        ...labelled((t) => t.alerts.validFrom, { date: dateAndTime }),
      },
      {
        name: 'validUntil',
        type: 'date',
        index: true,
        validate: validateValidUntil,
        ...labelled((t) => t.alerts.validUntil, { date: dateAndTime }),
      },
    ],
  },
  {
    name: 'longAlarmConfirmed',
    type: 'checkbox',
    defaultValue: false,
    ...labelled((t) => t.alerts.longAlarmConfirmed, {
      condition: (_data: unknown, siblingData: Record<string, unknown>) => siblingData?.severity === 'alarm',
    }),
  },
  {
    name: 'source',
    type: 'text',
    maxLength: 120,
    ...labelled((t) => t.alerts.source, { position: 'sidebar' as const }),
  },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    ...labelled((t) => t.alerts.publishedAt, { position: 'sidebar' as const, date: dateAndTime }),
  },
]
