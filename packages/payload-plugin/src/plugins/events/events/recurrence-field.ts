import { eventFrequencies, eventWeekdays } from '@ratusz/contract'
import type { Field } from 'payload'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { validateCount, validateFrequency } from './validate'
import { DATE_FORMAT } from '../../../shared/date-formats'

const repeats = (_: unknown, siblingData: Record<string, unknown>) => Boolean(siblingData?.frequency)

const dayOnly = { pickerAppearance: 'dayOnly' as const, displayFormat: DATE_FORMAT }

/** The repeat rule in structured fields; `rule` is the RRULE made from them by a hook. */
export const recurrenceField = (): Field => ({
  name: 'recurrence',
  type: 'group',
  ...labelled((t) => t.events.recurrence),
  fields: [
    {
      name: 'frequency',
      type: 'select',
      options: eventFrequencies.map((value) => ({
        value,
        label: label((t) => t.events.recurrence.frequency[value]),
      })),
      validate: validateFrequency,
      ...labelled((t) => t.events.recurrence.frequency),
    },
    {
      name: 'interval',
      type: 'number',
      min: 1,
      max: 52,
      defaultValue: 1,
      ...labelled((t) => t.events.recurrence.interval, { condition: repeats }),
    },
    {
      name: 'weekdays',
      type: 'select',
      hasMany: true,
      options: eventWeekdays.map((value) => ({
        value,
        label: label((t) => t.events.recurrence.weekdays[value]),
      })),
      ...labelled((t) => t.events.recurrence.weekdays, {
        condition: (_: unknown, siblingData: Record<string, unknown>) => siblingData?.frequency === 'weekly',
      }),
    },
    {
      name: 'until',
      type: 'date',
      ...labelled((t) => t.events.recurrence.until, { condition: repeats, date: dayOnly }),
    },
    {
      name: 'count',
      type: 'number',
      min: 1,
      max: 500,
      validate: validateCount,
      ...labelled((t) => t.events.recurrence.count, { condition: repeats }),
    },
    {
      name: 'exceptions',
      type: 'array',
      labels: collectionLabels((t) => t.events.recurrence.exceptions.rows),
      ...labelled((t) => t.events.recurrence.exceptions, { condition: repeats }),
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          ...labelled((t) => t.events.recurrence.exceptions.date, { date: dayOnly }),
        },
      ],
    },
    {
      name: 'rule',
      type: 'text',
      ...labelled((t) => t.events.recurrence.rule, { readOnly: true, condition: repeats }),
    },
  ],
})
