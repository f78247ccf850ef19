import type { Event } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { dayOrdinal, describeRecurrence } from './describe-recurrence'

type Rule = Partial<NonNullable<Event['recurrence']>>

const rule = (fields: Rule): Event['recurrence'] => ({ weekdays: [], exceptions: [], ...fields })

/** Tuesday 6 January 2026, 18:00 in Warsaw. */
const TUESDAY = '2026-01-06T17:00:00.000Z'

describe('describeRecurrence', () => {
  it('says nothing for an event that does not repeat', () => {
    expect(describeRecurrence(null, TUESDAY)).toBeNull()
    expect(describeRecurrence(rule({ frequency: null }), TUESDAY)).toBeNull()
  })

  it('names daily rules, with their interval', () => {
    expect(describeRecurrence(rule({ frequency: 'daily' }), TUESDAY)).toBe('codziennie')
    expect(describeRecurrence(rule({ frequency: 'daily', interval: 2 }), TUESDAY)).toBe('co dwa dni')
    expect(describeRecurrence(rule({ frequency: 'daily', interval: 5 }), TUESDAY)).toBe('co 5 dni')
  })

  it('names the weekdays of a weekly rule in week order, with "we" before Tuesdays', () => {
    expect(
      describeRecurrence(
        rule({ frequency: 'weekly', weekdays: ['TH', 'TU'], until: '2027-03-30T23:00:00.000Z' }),
        TUESDAY,
      ),
    ).toBe('co tydzień we wtorki i czwartki do 31 marca 2027')
    expect(describeRecurrence(rule({ frequency: 'weekly', weekdays: ['FR', 'MO', 'WE'] }), TUESDAY)).toBe(
      'co tydzień w poniedziałki, środy i piątki',
    )
    expect(describeRecurrence(rule({ frequency: 'weekly', weekdays: ['SU'] }), TUESDAY)).toBe(
      'co tydzień w niedziele',
    )
  })

  it("takes the start's weekday (in Warsaw) when a weekly rule names none", () => {
    expect(describeRecurrence(rule({ frequency: 'weekly' }), TUESDAY)).toBe('co tydzień we wtorki')
    // 23:30 UTC on Saturday is already Sunday in Warsaw
    expect(describeRecurrence(rule({ frequency: 'weekly' }), '2026-01-10T23:30:00.000Z')).toBe(
      'co tydzień w niedziele',
    )
  })

  it('counts intervals and occurrences with the right Polish plural', () => {
    expect(
      describeRecurrence(rule({ frequency: 'weekly', interval: 2, weekdays: ['SA'], count: 6 }), TUESDAY),
    ).toBe('co dwa tygodnie w soboty, łącznie 6 razy')
    expect(describeRecurrence(rule({ frequency: 'weekly', interval: 6 }), TUESDAY)).toBe(
      'co 6 tygodni we wtorki',
    )
    expect(describeRecurrence(rule({ frequency: 'weekly', interval: 22 }), TUESDAY)).toBe(
      'co 22 tygodnie we wtorki',
    )
    expect(describeRecurrence(rule({ frequency: 'daily', count: 1 }), TUESDAY)).toBe(
      'codziennie, łącznie 1 raz',
    )
  })

  it('lets the count win over an end date, as the RRULE does', () => {
    expect(
      describeRecurrence(rule({ frequency: 'daily', count: 3, until: '2027-03-30T23:00:00.000Z' }), TUESDAY),
    ).toBe('codziennie, łącznie 3 razy')
  })

  it('names the day of the month of a monthly rule and the date of a yearly one', () => {
    expect(describeRecurrence(rule({ frequency: 'monthly' }), '2026-01-01T07:00:00.000Z')).toBe(
      'co miesiąc, pierwszego dnia miesiąca',
    )
    expect(
      describeRecurrence(
        rule({ frequency: 'monthly', interval: 3, until: '2026-12-30T23:00:00.000Z' }),
        '2026-01-15T07:00:00.000Z',
      ),
    ).toBe('co trzy miesiące, piętnastego dnia miesiąca do 31 grudnia 2026')
    expect(describeRecurrence(rule({ frequency: 'yearly' }), '2026-05-03T08:00:00.000Z')).toBe(
      'co roku, 3 maja',
    )
    expect(describeRecurrence(rule({ frequency: 'yearly', interval: 5 }), '2026-05-03T08:00:00.000Z')).toBe(
      'co 5 lat, 3 maja',
    )
  })
})

describe('dayOrdinal', () => {
  it('spells every day of a month', () => {
    expect(dayOrdinal(1)).toBe('pierwszego')
    expect(dayOrdinal(10)).toBe('dziesiątego')
    expect(dayOrdinal(14)).toBe('czternastego')
    expect(dayOrdinal(20)).toBe('dwudziestego')
    expect(dayOrdinal(23)).toBe('dwudziestego trzeciego')
    expect(dayOrdinal(30)).toBe('trzydziestego')
    expect(dayOrdinal(31)).toBe('trzydziestego pierwszego')
  })
})
