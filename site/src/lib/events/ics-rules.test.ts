import { describe, expect, it } from 'vitest'
import { icsRuleViolations } from './ics-rules'

const zone = ['BEGIN:VTIMEZONE', 'TZID:Europe/Warsaw', 'LAST-MODIFIED:20250101T000000Z', 'END:VTIMEZONE']
const calendar = (...event: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...zone,
    'BEGIN:VEVENT',
    ...event,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n')
const valid = [
  'UID:event-1@gmina.pl',
  'DTSTAMP:20250110T100000Z',
  'DTSTART;TZID=Europe/Warsaw:20250320T180000',
  'DTEND;TZID=Europe/Warsaw:20250320T193000',
  'EXDATE;TZID=Europe/Warsaw:20250327T180000',
  'CREATED:20250110T100000Z',
  'LAST-MODIFIED:20250110T100000Z',
]

describe('the RFC 5545 rules of a calendar', () => {
  it('accept a valid event, zoned or all-day, with folded long lines', () => {
    expect(icsRuleViolations(calendar(...valid))).toEqual([])
    const allDay = ['DTSTAMP:20250110T100000Z', 'DTSTART;VALUE=DATE:20250614', 'DTEND;VALUE=DATE:20250616']
    expect(
      icsRuleViolations(calendar(...allDay, `DESCRIPTION:${'ż'.repeat(31)}\r\n ${'ż'.repeat(37)}`)),
    ).toEqual([])
  })

  it('refuse DTSTAMP, CREATED and LAST-MODIFIED on a local clock', () => {
    expect(
      icsRuleViolations(
        calendar(
          'DTSTAMP:20250110T110000',
          'DTSTART;TZID=Europe/Warsaw:20250320T180000',
          'CREATED;TZID=Europe/Warsaw:20250110T110000',
          'LAST-MODIFIED:20251310T110000Z',
        ),
      ),
    ).toEqual([
      'DTSTAMP 20250110T110000: not a UTC date-time',
      'CREATED 20250110T110000: not a UTC date-time',
      'LAST-MODIFIED 20251310T110000Z: not a UTC date-time',
    ])
  })

  it('refuse event times without a known TZID, and ends of another type than the start', () => {
    expect(
      icsRuleViolations(
        calendar(
          'DTSTAMP:20250110T100000Z',
          'DTSTART:20250320T180000',
          'DTEND;TZID=Europe/Berlin:20250320T193000',
          'EXDATE;VALUE=DATE:20250327',
        ),
      ),
    ).toEqual([
      'DTSTART 20250320T180000: a date-time without TZID',
      'DTEND 20250320T193000: TZID=Europe/Berlin without its VTIMEZONE',
      'EXDATE 20250327: not of the same value type as DTSTART',
    ])
  })

  it('refuse bare line feeds, a missing final CRLF and lines over 75 octets', () => {
    const text = calendar(...valid, `DESCRIPTION:${'ż'.repeat(36)}`)
    expect(icsRuleViolations(text)).toEqual(['DESCRIPTION:żżżżżżżżżżżżżżżżżż…: 84 octets, not folded at 75'])
    expect(
      icsRuleViolations(
        calendar(...valid)
          .replace('END:VEVENT\r\n', 'END:VEVENT\n')
          .trimEnd(),
      ),
    ).toEqual(['the last line does not end with CRLF', 'a line break that is not CRLF'])
  })
})
