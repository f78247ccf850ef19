import type { eventFrequencies } from '@ratusz/contract'
import type { Weekday } from './calendar'
import type { DemoEventTemplate } from './content/events'

/** A repeat rule as the seed plans it (dates as instants); `recurrenceData` turns it into the CMS's fields. */
export type PlannedRecurrence = {
  frequency: (typeof eventFrequencies)[number]
  interval?: number
  weekdays?: Weekday[]
  until?: Date
  count?: number
  /** Cancelled days: instants within the Warsaw days without an occurrence. */
  exceptions?: Date[]
}

/** A demo event, from which the seed writes an `events` record (text, times, and names of related records). */
export type PlannedEvent = {
  title: string
  lead: string
  /** The body's paragraphs; the seed adds a line with `contactEmail`. */
  paragraphs: string[]
  contactEmail: string
  allDay: boolean
  start: Date
  end: Date
  place: { name: string; address: string }
  organiser: NonNullable<DemoEventTemplate['organiser']>
  /** The sołectwo that organises it when the organiser is an area. */
  organiserPlace?: string
  imageSubject?: string
  categoryName: string
  areaNames: string[]
  price: { free: true } | { free: false; amount: string }
  registration?: { url: string; deadline: Date }
  status?: 'cancelled' | 'postponed'
  statusNote?: string
  recurrence?: PlannedRecurrence
  draft: boolean
}

/** The `recurrence` group of an `events` record. */
export const recurrenceData = (recurrence: PlannedRecurrence) => ({
  frequency: recurrence.frequency,
  interval: recurrence.interval ?? 1,
  weekdays: recurrence.weekdays,
  until: recurrence.until?.toISOString(),
  count: recurrence.count,
  exceptions: recurrence.exceptions?.map((date) => ({ date: date.toISOString() })),
})
