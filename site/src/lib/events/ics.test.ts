import ical, { type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'
import { buildCalendar, eventUid } from './ics'
import { icsRuleViolations } from './ics-rules'
import { testEvent } from './test-event'

const site = 'https://lipowawola.example.pl'

const parse = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((item) => item?.type === 'VEVENT') as VEvent[]

describe('iCalendar files', () => {
  const weekly = testEvent({
    id: 5,
    sequence: 3,
    recurrence: {
      frequency: 'weekly',
      rule: 'FREQ=WEEKLY;COUNT=3',
      exceptions: [{ date: '2025-03-27T11:00:00.000Z' }],
    },
  })
  const cancelled = testEvent({
    id: 6,
    slug: 'festyn',
    title: 'Festyn',
    status: 'cancelled',
    statusNote: 'Odwołany z powodu burzy.',
    start: '2025-06-14T12:00:00.000Z',
    end: '2025-06-14T17:00:00.000Z',
    place: { name: 'Boisko', address: null, latitude: 52.1, longitude: 21.2 },
  })
  const allDay = testEvent({
    id: 7,
    slug: 'jarmark',
    allDay: true,
    start: '2025-06-13T22:00:00.000Z',
    end: '2025-06-14T22:00:00.000Z',
  })
  const text = buildCalendar({ site, name: 'Wydarzenia', events: [weekly, cancelled, allDay] })

  it('carries the Warsaw time zone and local times with TZID', () => {
    expect(text).toContain('BEGIN:VTIMEZONE')
    expect(text).toContain('TZID:Europe/Warsaw')
    expect(text).toMatch(/DTSTART;TZID=Europe\/Warsaw:20250320T180000/)
  })

  it('parses in a real iCalendar parser with stable UIDs, SEQUENCE, RRULE and EXDATE', () => {
    const events = parse(text)
    expect(events).toHaveLength(3)
    const first = events.find((item) => item.uid === eventUid(site, 5))!
    expect(first.uid).toBe('event-5@lipowawola.example.pl')
    expect(Number(first.sequence)).toBe(3)
    expect(first.start.toISOString()).toBe('2025-03-20T17:00:00.000Z')
    const dates = first.rrule!.all().map((date) => date.toISOString())
    expect(dates).toHaveLength(3)
    const excluded = Object.values(first.exdate ?? {}).map((date: unknown) =>
      new Date(date as Date).toISOString(),
    )
    expect(excluded).toContain('2025-03-27T17:00:00.000Z')
    expect((first.url as unknown as { val: string }).val).toBe(
      'https://lipowawola.example.pl/wydarzenia/proba-choru/',
    )
  })

  it('marks a cancelled event STATUS:CANCELLED with its notice', () => {
    const festyn = parse(text).find((item) => item.uid === eventUid(site, 6))!
    expect(festyn.status).toBe('CANCELLED')
    expect(String(festyn.description)).toContain('Odwołany z powodu burzy.')
    expect(festyn.geo).toMatchObject({ lat: 52.1, lon: 21.2 })
  })

  it('keeps to RFC 5545: UTC DTSTAMP, CREATED and LAST-MODIFIED, zoned or all-day times, CRLF, folded lines', () => {
    const long = testEvent({ id: 8, lead: 'Zażółć gęślą jaźń. '.repeat(20) })
    expect(
      icsRuleViolations(
        buildCalendar({ site, name: 'Wydarzenia', events: [weekly, cancelled, allDay, long] }),
      ),
    ).toEqual([])
    // the instants of the test event (updatedAt and createdAt 2025-01-10T10:00:00Z), not the Warsaw clock's 11:00
    expect(text).toContain('DTSTAMP:20250110T100000Z\r\n')
    expect(text).toContain('CREATED:20250110T100000Z\r\n')
    expect(text).toContain('LAST-MODIFIED:20250110T100000Z\r\n')
  })

  it('writes all-day events as dates with an exclusive end', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20250614')
    expect(text).toContain('DTEND;VALUE=DATE:20250616')
  })
})
