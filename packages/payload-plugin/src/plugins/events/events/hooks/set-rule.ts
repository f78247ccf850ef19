import type { CollectionBeforeChangeHook } from 'payload'
import { buildRule, type RecurrenceInput } from '@ratusz/recurrence'

/** Keeps `recurrence.rule` (the iCalendar RRULE calendars read) in step with the structured repeat fields. */
export const setRule: CollectionBeforeChangeHook = ({ data }) => {
  if (!data.recurrence || typeof data.recurrence !== 'object') return data
  const recurrence = data.recurrence as RecurrenceInput & { rule?: string | null }
  return { ...data, recurrence: { ...recurrence, rule: buildRule(recurrence) } }
}
