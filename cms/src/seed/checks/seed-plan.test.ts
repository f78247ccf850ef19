import { describe, expect, it } from 'vitest'
import { isDayOff, isPublicHoliday, warsawWeekday, WORKDAYS } from '../calendar'
import { planBipDocuments } from '../content/bip-documents'
import { demoSettings } from '../content/settings'
import { planEvents } from '../plan-events'
import { recurrenceData } from '../planned-event'
import { planArticles } from '../plan'
import { DAYS_OFF_AHEAD } from '../plan-recurring-events'
import { eventContradictions } from './event-contradictions'
import { occurrences, type EventToCheck } from './occurrences'

const DAY = 86_400_000

/** Seed runs at month ends, at the weekend, across the DST changes, on a leap day, at the end of a year. */
const nows = [
  '2025-01-31T10:00:00Z', // a Friday, the last of January
  '2025-03-30T00:30:00Z', // a Sunday, half an hour before the clocks go forward
  '2025-06-01T08:00:00Z', // a Sunday, the first of June
  '2025-10-26T23:30:00Z', // half past midnight, the night the clocks went back
  '2026-02-28T22:30:00Z', // the last evening of February
  '2026-05-31T12:00:00Z', // a Sunday, the 31st
  '2026-12-31T22:59:00Z', // a minute before the new year
  '2028-02-29T12:00:00Z', // a leap day
]

const plDate = (date: Date) =>
  date.toLocaleDateString('pl-PL', {
    timeZone: 'Europe/Warsaw',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })

describe.each(nows)('the demo gmina seeded at %s', (iso) => {
  const now = new Date(iso)
  const events = planEvents(now)
  const documents = planBipDocuments(now)
  const asRead = events.map((event): EventToCheck => ({
    title: event.title,
    texts: [event.lead, ...event.paragraphs, event.statusNote ?? ''],
    start: event.start,
    end: event.end,
    recurrence: event.recurrence && recurrenceData(event.recurrence),
  }))

  it('holds every event on the days its text names, council sessions on working days', () => {
    expect(asRead.flatMap(eventContradictions)).toEqual([])
    const sessions = events.filter((event) => event.title.startsWith('Sesja Rady Gminy'))
    expect(sessions.length).toBeGreaterThanOrEqual(8)
    for (const session of sessions) expect(WORKDAYS).toContain(warsawWeekday(session.start))
  })

  it('holds no event on a public holiday', () => {
    const horizon = now.getTime() + DAYS_OFF_AHEAD * DAY
    const onHolidays = asRead.flatMap((event) =>
      occurrences(event)
        .held.filter((start) => start.getTime() < horizon && isPublicHoliday(start))
        .map((start) => `${event.title}: ${start.toISOString()}`),
    )
    expect(onHolidays).toEqual([])
  })

  it('gives every event and every BIP document a title of its own (the seed finds them again by title)', () => {
    for (const titles of [events.map((event) => event.title), documents.map((doc) => doc.title)])
      expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([])
  })

  it('records in the BIP the sessions the calendar shows, on the same days', () => {
    const recorded = events.filter(
      (event) =>
        event.title.startsWith('Sesja Rady Gminy') && event.start.getTime() < now.getTime() - 8 * DAY,
    )
    expect(recorded.length).toBeGreaterThan(0)
    for (const session of recorded)
      expect(
        documents.some(
          (doc) => doc.title.startsWith('Protokół') && doc.title.endsWith(plDate(session.start)),
        ),
        session.title,
      ).toBe(true)
  })

  it('dates no BIP publication, change or withdrawal after the seed', () => {
    const later = documents.flatMap((doc) =>
      [
        doc.publishedAt.getTime(),
        ...doc.edits.map((edit) => doc.publishedAt.getTime() + edit.afterDays * DAY),
        ...(doc.withdrawal ? [doc.publishedAt.getTime() + doc.withdrawal.afterDays * DAY] : []),
      ]
        .filter((time) => time > now.getTime())
        .map((time) => `${doc.title}: ${new Date(time).toISOString()}`),
    )
    expect(later).toEqual([])
    for (const doc of documents)
      expect(doc.producedAt.getTime(), doc.title).toBeLessThanOrEqual(+doc.publishedAt)
  })

  it('publishes BIP documents on working days of the office', () => {
    expect(documents.filter((doc) => isDayOff(doc.publishedAt)).map((doc) => doc.title)).toEqual([])
  })

  it('states in the BIP the office hours the footer shows, and no others', () => {
    const hours = documents.find((doc) => doc.category === 'Godziny pracy')!
    const text = hours.paragraphs.join('\n')
    for (const row of demoSettings.officeHours)
      expect(text).toMatch(new RegExp(`${row.days}: ${row.hours}`, 'i'))
    const stated = text.match(/\d{1,2}:\d{2}–\d{1,2}:\d{2}/g)
    expect(stated).toEqual(demoSettings.officeHours.map((row) => row.hours))
  })

  it('shows an article as updated only if it was: written when published, drafts by the seed', () => {
    for (const article of planArticles(now)) {
      expect(article.updatedAt.getTime(), article.title).toBeLessThanOrEqual(now.getTime())
      if (article.status === 'published')
        expect(article.updatedAt, article.title).toEqual(article.publishedAt)
    }
  })
})
