import { describe, expect, it } from 'vitest'
import { eventContradictions } from './event-contradictions'

// 2026-05-14 is a Thursday, 2026-05-17 a Sunday, 2026-05-31 a Sunday, 2026-06-01 a Monday
const event = (title: string, start: string, extra: object = {}) => ({
  title,
  texts: [],
  start: new Date(start),
  end: new Date(new Date(start).getTime() + 2 * 3_600_000),
  ...extra,
})

describe('contradictions between what an event says and when it is', () => {
  it('finds a day of the week the event does not fall on', () => {
    expect(eventContradictions(event('Zbiórka w sobotę', '2026-05-14T07:00:00Z')).join()).toContain(
      '2026-05-14 (TH), but it says SA',
    )
    expect(eventContradictions(event('Zbiórka w czwartek', '2026-05-14T07:00:00Z'))).toEqual([])
  })

  it('checks every occurrence of a repeating event, and every day it names', () => {
    const classes = (weekdays: string[]) =>
      event('Gimnastyka', '2026-05-11T08:00:00Z', {
        texts: ['Zajęcia w poniedziałki i środy.'],
        recurrence: { frequency: 'weekly', weekdays, count: 6 },
      })
    expect(eventContradictions(classes(['MO', 'WE']))).toEqual([])
    expect(eventContradictions(classes(['MO', 'TH'])).length).toBeGreaterThan(0)
    expect(eventContradictions(classes(['MO'])).join()).toContain('says WE')
  })

  it('finds a council session at the weekend', () => {
    expect(eventContradictions(event('Sesja Rady Gminy', '2026-05-17T14:00:00Z'))).toHaveLength(1)
    expect(eventContradictions(event('Sesja Rady Gminy', '2026-05-14T14:00:00Z'))).toEqual([])
  })

  it('finds "pierwszy dzień miesiąca" on another day', () => {
    const point = (start: string) =>
      event('Punkt konsultacyjny', start, {
        texts: ['Pierwszego dnia każdego miesiąca pomagamy przy wnioskach.'],
        recurrence: { frequency: 'monthly', count: 3 },
      })
    expect(eventContradictions(point('2026-05-31T06:00:00Z')).length).toBeGreaterThan(0)
    expect(eventContradictions(point('2026-06-01T06:00:00Z'))).toEqual([])
  })

  it('finds a cancelled day that is not one of the days of the event', () => {
    const choir = (cancelled: string) =>
      event('Próba chóru', '2026-05-14T16:00:00Z', {
        recurrence: { frequency: 'weekly', weekdays: ['TH'], count: 4, exceptions: [{ date: cancelled }] },
      })
    expect(eventContradictions(choir('2026-05-21T16:00:00Z'))).toEqual([])
    expect(eventContradictions(choir('2026-05-22T16:00:00Z'))).toHaveLength(1)
  })
})
