import { describe, expect, it } from 'vitest'
import { buildCalendar } from './ics'
import { occurrences } from './recurrence'
import { testEvent } from './test-event'

// 2025: clocks go forward on 30 March at 2:00 (23-hour day) and back on 26 October at 3:00 (25-hour day).
const starts = (event: ReturnType<typeof testEvent>) => occurrences(event).map((o) => o.start.toISOString())
const spans = (event: ReturnType<typeof testEvent>) =>
  occurrences(event).map((o) => `${o.start.toISOString()} → ${o.end.toISOString()}`)

describe('occurrences across a clock change', () => {
  it('includes the last day of a rule whose UNTIL is the end of 30 March (summer time)', () => {
    const event = testEvent({
      start: '2025-03-28T17:00:00.000Z',
      end: '2025-03-28T18:00:00.000Z',
      recurrence: { frequency: 'daily', rule: 'FREQ=DAILY;UNTIL=20250330T215959Z' },
    })
    expect(starts(event)).toEqual([
      '2025-03-28T17:00:00.000Z',
      '2025-03-29T17:00:00.000Z',
      '2025-03-30T16:00:00.000Z',
    ])
  })

  it('includes a late start on 26 October, the last day of its rule (winter time)', () => {
    const event = testEvent({
      start: '2025-10-24T21:30:00.000Z',
      end: '2025-10-24T22:00:00.000Z',
      recurrence: { frequency: 'daily', rule: 'FREQ=DAILY;UNTIL=20251026T225959Z' },
    })
    expect(starts(event)).toEqual([
      '2025-10-24T21:30:00.000Z',
      '2025-10-25T21:30:00.000Z',
      '2025-10-26T22:30:00.000Z',
    ])
  })

  it('moves 2:30 on 30 March, a time that does not exist, to 3:30 summer time', () => {
    const event = testEvent({
      start: '2025-03-29T01:30:00.000Z',
      end: '2025-03-29T02:00:00.000Z',
      recurrence: { frequency: 'daily', rule: 'FREQ=DAILY;COUNT=3' },
    })
    expect(starts(event)).toEqual([
      '2025-03-29T01:30:00.000Z',
      '2025-03-30T01:30:00.000Z',
      '2025-03-31T00:30:00.000Z',
    ])
  })

  it('puts 2:30 on 26 October, shown twice, at its first (summer-time) showing', () => {
    const event = testEvent({
      start: '2025-10-25T00:30:00.000Z',
      end: '2025-10-25T01:00:00.000Z',
      recurrence: { frequency: 'daily', rule: 'FREQ=DAILY;COUNT=3' },
    })
    expect(starts(event)).toEqual([
      '2025-10-25T00:30:00.000Z',
      '2025-10-26T00:30:00.000Z',
      '2025-10-27T01:30:00.000Z',
    ])
  })

  it('drops an exception on the change day by its Warsaw date', () => {
    const event = testEvent({
      start: '2025-03-28T23:30:00.000Z',
      end: '2025-03-29T00:00:00.000Z',
      recurrence: {
        frequency: 'daily',
        rule: 'FREQ=DAILY;COUNT=3',
        exceptions: [{ date: '2025-03-29T23:00:00.000Z' }],
      },
    })
    // 0:30 on 29 March (CET) and 0:30 on 31 March (CEST); 0:30 on 30 March is cancelled.
    expect(starts(event)).toEqual(['2025-03-28T23:30:00.000Z', '2025-03-30T22:30:00.000Z'])
  })
})

describe('all-day events across a clock change', () => {
  it('ends a one-day event on 30 March after 23 hours, at the next Warsaw midnight', () => {
    const event = testEvent({
      allDay: true,
      start: '2025-03-29T23:00:00.000Z',
      end: '2025-03-29T23:00:00.000Z',
    })
    expect(spans(event)).toEqual(['2025-03-29T23:00:00.000Z → 2025-03-30T22:00:00.000Z'])
  })

  it('ends a two-day event over 25 and 26 October at midnight after 26 October (winter time)', () => {
    const event = testEvent({
      allDay: true,
      start: '2025-10-24T22:00:00.000Z',
      end: '2025-10-25T22:00:00.000Z',
    })
    expect(spans(event)).toEqual(['2025-10-24T22:00:00.000Z → 2025-10-26T23:00:00.000Z'])
  })

  it('keeps a weekly all-day event on Warsaw midnights before and after the change', () => {
    const event = testEvent({
      allDay: true,
      start: '2025-03-22T23:00:00.000Z',
      end: '2025-03-22T23:00:00.000Z',
      recurrence: { frequency: 'weekly', rule: 'FREQ=WEEKLY;COUNT=3' },
    })
    expect(spans(event)).toEqual([
      '2025-03-22T23:00:00.000Z → 2025-03-23T23:00:00.000Z',
      '2025-03-29T23:00:00.000Z → 2025-03-30T22:00:00.000Z',
      '2025-04-05T22:00:00.000Z → 2025-04-06T22:00:00.000Z',
    ])
  })

  it('keeps a multi-day all-day event three days long when a later occurrence spans the October change', () => {
    const event = testEvent({
      allDay: true,
      start: '2025-10-17T22:00:00.000Z',
      end: '2025-10-19T22:00:00.000Z',
      recurrence: { frequency: 'weekly', rule: 'FREQ=WEEKLY;COUNT=2' },
    })
    expect(spans(event)).toEqual([
      '2025-10-17T22:00:00.000Z → 2025-10-20T22:00:00.000Z',
      '2025-10-24T22:00:00.000Z → 2025-10-27T23:00:00.000Z',
    ])
  })
})

describe('iCalendar all-day events across a clock change', () => {
  const lines = (event: ReturnType<typeof testEvent>) =>
    buildCalendar({ site: 'https://lipowawola.example.pl', name: 'Wydarzenia', events: [event] })
      .split('\r\n')
      .filter((line) => /^(DTSTART|DTEND|EXDATE);/.test(line))

  it('writes the Warsaw dates of an all-day event on 30 March, with the exclusive end on 31 March', () => {
    const event = testEvent({
      allDay: true,
      start: '2025-03-29T23:00:00.000Z',
      end: '2025-03-29T23:00:00.000Z',
    })
    expect(lines(event)).toEqual(['DTSTART;VALUE=DATE:20250330', 'DTEND;VALUE=DATE:20250331'])
  })

  it('writes the Warsaw dates of a weekend over 25 and 26 October and its cancelled day', () => {
    const event = testEvent({
      allDay: true,
      start: '2025-10-24T22:00:00.000Z',
      end: '2025-10-25T22:00:00.000Z',
      recurrence: {
        frequency: 'weekly',
        rule: 'FREQ=WEEKLY;COUNT=3',
        exceptions: [{ date: '2025-11-01T10:00:00.000Z' }],
      },
    })
    expect(lines(event)).toEqual([
      'DTSTART;VALUE=DATE:20251025',
      'DTEND;VALUE=DATE:20251027',
      'EXDATE;VALUE=DATE:20251101',
    ])
  })
})
