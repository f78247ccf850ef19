import type { Validate } from 'payload'
import { message } from '../../../shared/i18n'
import { hasOccurrence, type RecurrenceInput } from '@ratusz/recurrence'
import { warsawDay } from '@ratusz/warsaw-time'

type Data = Record<string, unknown> | undefined

const instant = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** The end may not come before the start (for all-day events: the last day before the first). */
export const validateEnd: Validate<unknown> = (value, { data, req }) => {
  const doc = data as Data
  const end = instant(value)
  const start = instant(doc?.start)
  if (!end || !start) return true
  const before = doc?.allDay ? warsawDay(end) < warsawDay(start) : end.getTime() < start.getTime()
  return !before || message(req, (t) => t.events.messages.endBeforeStart)
}

/** A repeat rule must yield at least one occurrence that is not a cancelled day. */
export const validateFrequency: Validate<unknown> = (value, { data, siblingData, req }) => {
  const start = instant((data as Data)?.start)
  if (!value || !start) return true
  return (
    hasOccurrence(start, siblingData as RecurrenceInput) ||
    message(req, (t) => t.events.messages.noOccurrence)
  )
}

/** "Until" and "number of occurrences" exclude each other. */
export const validateCount: Validate<unknown> = (value, { siblingData, req }) => {
  const until = (siblingData as Data)?.until
  return !(value && until) || message(req, (t) => t.events.messages.untilAndCount)
}

/** Registration must close no later than the event starts. */
export const validateDeadline: Validate<unknown> = (value, { data, req }) => {
  const deadline = instant(value)
  const start = instant((data as Data)?.start)
  if (!deadline || !start) return true
  return deadline.getTime() <= start.getTime() || message(req, (t) => t.events.messages.deadlineAfterStart)
}

/** The organiser's area when an area organises, the organisation's name when an organisation does. */
export const validateOrganiserArea: Validate<unknown> = (value, { siblingData, req }) =>
  (siblingData as Data)?.kind !== 'area' ||
  Boolean(value) ||
  message(req, (t) => t.events.messages.organiserArea)

export const validateOrganiserName: Validate<unknown> = (value, { siblingData, req }) =>
  (siblingData as Data)?.kind !== 'organisation' ||
  (typeof value === 'string' && value.trim().length > 0) ||
  message(req, (t) => t.events.messages.organiserName)

/** Both coordinates or neither, each within its range. */
export const validateCoordinate =
  (other: 'latitude' | 'longitude', limit: number): Validate<unknown> =>
  (value, { siblingData, req }) => {
    const otherValue = (siblingData as Data)?.[other]
    const given = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
    if (given(value) !== given(otherValue)) return message(req, (t) => t.events.messages.coordinates)
    return (
      !given(value) ||
      Math.abs(value as number) <= limit ||
      message(req, (t) => t.events.messages.coordinates)
    )
  }
