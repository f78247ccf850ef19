import { eventStatuses } from '@ratusz/contract'
import type { Field, RichTextField } from 'payload'
import { label, labelled } from '../../../shared/i18n'
import { slugField } from '../../../shared/slug-field'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { organiserField, placeField, priceField, registrationField } from './details-fields'
import { recurrenceField } from './recurrence-field'
import { validateEnd } from './validate'
import { DATE_TIME_FORMAT } from '../../../shared/date-formats'

/** Longest lead: it is shown in lists, the calendar and feeds. */
const EVENT_LEAD_MAX_LENGTH = 400

const dayAndTime = {
  pickerAppearance: 'dayAndTime' as const,
  timeFormat: 'HH:mm',
  timeIntervals: 15,
  displayFormat: DATE_TIME_FORMAT,
}

const sidebar = { position: 'sidebar' as const }

/** Fields of `events`. `areas` relations only when the config has an `areas` collection. */
export const eventFields = ({
  withAreas,
  editor,
}: {
  withAreas: boolean
  editor?: RichTextField['editor']
}): Field[] => [
  { name: 'title', type: 'text', required: true, ...labelled((t) => t.events.title) },
  slugField('title'),
  {
    name: 'lead',
    type: 'textarea',
    required: true,
    maxLength: EVENT_LEAD_MAX_LENGTH,
    ...labelled((t) => t.events.lead),
  },
  { name: 'body', type: 'richText', ...(editor ? { editor } : {}), ...labelled((t) => t.events.body) },
  { name: 'image', type: 'upload', relationTo: COLLECTION_SLUGS.media, ...labelled((t) => t.events.image) },
  { name: 'allDay', type: 'checkbox', defaultValue: false, ...labelled((t) => t.events.allDay) },
  {
    type: 'row',
    fields: [
      {
        name: 'start',
        type: 'date',
        required: true,
        index: true,
        ...labelled((t) => t.events.start, { date: dayAndTime }),
      },
      {
        name: 'end',
        type: 'date',
        index: true,
        validate: validateEnd,
        ...labelled((t) => t.events.end, { date: dayAndTime }),
      },
    ],
  },
  recurrenceField(),
  placeField(),
  organiserField(withAreas),
  {
    name: 'categories',
    type: 'relationship',
    relationTo: COLLECTION_SLUGS.categories,
    hasMany: true,
    ...labelled((t) => t.events.categories, sidebar),
  },
  ...(withAreas
    ? [
        {
          name: 'areas',
          type: 'relationship',
          relationTo: COLLECTION_SLUGS.areas,
          hasMany: true,
          ...labelled((t) => t.events.areas, sidebar),
        } satisfies Field,
      ]
    : []),
  priceField(),
  registrationField(),
  {
    name: 'attachments',
    type: 'upload',
    relationTo: COLLECTION_SLUGS.documents,
    hasMany: true,
    ...labelled((t) => t.events.attachments),
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'planned',
    index: true,
    // Payload names the enum of `_status` (drafts) "enum_events_status" too.
    enumName: 'enum_events_event_status',
    options: eventStatuses.map((value) => ({ value, label: label((t) => t.events.status[value]) })),
    ...labelled((t) => t.events.status, sidebar),
  },
  {
    name: 'statusNote',
    type: 'textarea',
    ...labelled((t) => t.events.statusNote, {
      ...sidebar,
      condition: (data: Record<string, unknown>) => Boolean(data?.status && data.status !== 'planned'),
    }),
  },
  {
    name: 'sequence',
    type: 'number',
    defaultValue: 0,
    access: { create: () => false, update: () => false },
    ...labelled((t) => t.events.sequence, { ...sidebar, readOnly: true }),
  },
]
