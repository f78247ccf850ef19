import type { CollectionBeforeChangeHook } from 'payload'
import { fromWallClock, wallClock } from '@ratusz/warsaw-time'

const midnight = (value: unknown): string | unknown => {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return value
  return fromWallClock({ ...wallClock(new Date(value)), hour: 0, minute: 0, second: 0 }).toISOString()
}

/**
 * An all-day event starts at midnight in Warsaw of its first day, and its `end` is midnight of its last day
 * (inclusive): whatever time the picker held is dropped.
 */
export const normaliseAllDay: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const allDay = data.allDay ?? originalDoc?.allDay
  if (!allDay) return data
  return {
    ...data,
    ...(data.start ? { start: midnight(data.start) } : {}),
    ...(data.end ? { end: midnight(data.end) } : {}),
  }
}
