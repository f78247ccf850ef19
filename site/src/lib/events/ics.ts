import { TZDate } from '@date-fns/tz'
import type { Event } from '@ratusz/contract'
import { ICalCalendar, ICalEventStatus } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import { absoluteUrl } from '../common/urls'
import { eventUrl } from './urls'
import { wallClock, WARSAW, warsawMidnight } from '@ratusz/warsaw-time'

type CalendarOptions = {
  /** The public site's origin, e.g. https://gmina.pl */
  site: URL | string
  /** The calendar's name as phones show it, e.g. "Wydarzenia – Gmina Lipowa Wola". */
  name: string
  events: readonly Event[]
}

/** A UID that stays the same whatever happens to the event (new title, new slug, new date). */
export function eventUid(site: URL | string, id: string | number): string {
  return `event-${id}@${new URL(site).hostname}`
}

const pad = (value: number) => String(value).padStart(2, '0')

/** An EXDATE value on the Warsaw clock: the cancelled day at the time of day of the first occurrence. */
function exdate(event: Event, date: string): string {
  const day = wallClock(new Date(date))
  const time = wallClock(new Date(event.start))
  const ymd = `${day.year}${pad(day.month)}${pad(day.day)}`
  return event.allDay
    ? `EXDATE;VALUE=DATE:${ymd}`
    : `EXDATE;TZID=${WARSAW}:${ymd}T${pad(time.hour)}${pad(time.minute)}${pad(time.second)}`
}

/** RRULE and EXDATE lines of a repeating event, as ical-generator inserts them verbatim. */
function repeatLines(event: Event): string | null {
  const rule = event.recurrence?.rule
  if (!rule) return null
  return [
    `RRULE:${rule}`,
    ...(event.recurrence?.exceptions ?? []).map((item) => exdate(event, item.date)),
  ].join('\n')
}

function location(event: Event) {
  const title = [event.place.name, event.place.address].filter(Boolean).join(', ')
  const { latitude, longitude } = event.place
  return typeof latitude === 'number' && typeof longitude === 'number'
    ? { title, geo: { lat: latitude, lon: longitude } }
    : title
}

function description(event: Event): string {
  const note = event.status !== 'planned' && event.statusNote ? `${event.statusNote}\n\n` : ''
  return `${note}${event.lead}`
}

/**
 * An iCalendar file of events (RFC 5545) with the Europe/Warsaw VTIMEZONE: stable UIDs, SEQUENCE from the CMS,
 * STATUS:CANCELLED for cancelled events, RRULE/EXDATE for repeating ones. Times are written on the Warsaw
 * clock with TZID, so phones keep a weekly 18:00 at 18:00 across DST changes.
 */
export function buildCalendar(options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    name: options.name,
    prodId: { company: 'Ratusz', product: 'wydarzenia', language: 'PL' },
    // The VTIMEZONE of every zone the events use, but no calendar zone: with one, ical-generator writes DTSTAMP,
    // CREATED and LAST-MODIFIED on its clock without Z, and RFC 5545 (3.8.7.1-3.8.7.3) wants them in UTC.
    // X-WR-TIMEZONE still tells clients that read it (Google, Apple) the calendar's zone.
    timezone: { name: null, generator: (tz) => String(tzlib_get_ical_block(tz)[0]) },
    x: { 'X-WR-TIMEZONE': WARSAW },
    ttl: 60 * 60,
  })
  for (const event of options.events) {
    const start = new Date(event.start)
    const end = event.allDay
      ? warsawMidnight(event.end ? new Date(event.end) : start, 1)
      : new Date(event.end ?? event.start)
    calendar.createEvent({
      id: eventUid(options.site, event.id),
      sequence: event.sequence,
      // On the Warsaw clock for all-day events too: ical-generator reads a plain Date's day in the machine's zone.
      start: new TZDate(event.allDay ? warsawMidnight(start) : start, WARSAW),
      end: new TZDate(end, WARSAW),
      allDay: event.allDay,
      // TZID of timed events; all-day events' dates (VALUE=DATE, no TZID) are read on this clock too.
      timezone: WARSAW,
      summary: event.title,
      description: description(event),
      location: location(event),
      url: absoluteUrl(eventUrl(event.slug), options.site),
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: event.categories.map((category) => ({ name: category.name })),
      // Instants, written in UTC (…Z) since the calendar has no zone of its own.
      lastModified: new Date(event.updatedAt),
      created: new Date(event.createdAt),
      stamp: new Date(event.updatedAt),
      repeating: repeatLines(event),
    })
  }
  // ical-generator ends the file without the CRLF that RFC 5545 (3.1, 3.4) puts after every line, END:VCALENDAR too
  return `${calendar.toString()}\r\n`
}

/** The HTTP response of an .ics endpoint. */
export function calendarResponse(ics: string): Response {
  return new Response(ics, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
