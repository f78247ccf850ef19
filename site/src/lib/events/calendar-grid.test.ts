import { describe, expect, it } from 'vitest'
import { monthGrid, monthName, neighbourMonths } from './calendar-grid'
import { calendarMonths, occurrencesInMonth, past, upcoming } from './lists'
import { occurrences } from './recurrence'
import { nextStaleMoment } from './stale'
import { testEvent } from './test-event'

describe('month calendar', () => {
  it('lays out June 2025 Monday first, with events on their Warsaw day', () => {
    const late = testEvent({ start: '2025-06-14T21:30:00.000Z', end: '2025-06-14T22:30:00.000Z' }) // 23:30 on the 14th
    const grid = monthGrid(2025, 6, occurrences(late))
    expect(grid.weeks[0]![0]).toMatchObject({ date: '2025-05-26', inMonth: false })
    expect(grid.weeks[0]![6]).toMatchObject({ date: '2025-06-01', inMonth: true })
    const cells = grid.weeks.flat()
    expect(cells.find((cell) => cell.date === '2025-06-14')!.occurrences).toHaveLength(1)
    expect(cells.find((cell) => cell.date === '2025-06-15')!.occurrences).toHaveLength(1)
    expect(monthName(2025, 6)).toBe('czerwiec 2025')
    expect(neighbourMonths(2025, 1).previous).toEqual({ year: 2024, month: 12 })
  })

  it('lists the months with events up to a year ahead plus the current one', () => {
    const weekly = testEvent({ recurrence: { frequency: 'monthly', rule: 'FREQ=MONTHLY;COUNT=3' } })
    const months = calendarMonths([weekly], new Date('2025-09-10T10:00:00.000Z'))
    expect(months).toEqual([
      { year: 2025, month: 3 },
      { year: 2025, month: 4 },
      { year: 2025, month: 5 },
      { year: 2025, month: 9 },
    ])
    expect(occurrencesInMonth([weekly], 2025, 4)).toHaveLength(1)
  })
})

describe('upcoming, past and the next stale moment', () => {
  const now = new Date('2025-03-25T12:00:00.000Z')
  const weekly = testEvent({ id: 1, recurrence: { frequency: 'weekly', rule: 'FREQ=WEEKLY;COUNT=3' } })
  const over = testEvent({ id: 2, start: '2025-03-01T10:00:00.000Z', end: '2025-03-01T12:00:00.000Z' })
  const running = testEvent({ id: 3, start: '2025-03-25T11:00:00.000Z', end: '2025-03-25T13:00:00.000Z' })

  it('lists a repeating event once at its next date, and a running event as upcoming', () => {
    const list = upcoming([weekly, over, running], now)
    expect(list.map((o) => o.event.id)).toEqual([3, 1])
    expect(list[1]!.start.toISOString()).toBe('2025-03-27T17:00:00.000Z')
    expect(past([weekly, over, running], now).map((o) => o.event.id)).toEqual([2])
  })

  it('is the next end of an event or occurrence', () => {
    expect(nextStaleMoment([weekly, over, running], now)?.toISOString()).toBe('2025-03-25T13:00:00.000Z')
    expect(nextStaleMoment([weekly], now)?.toISOString()).toBe('2025-03-27T18:30:00.000Z')
    expect(nextStaleMoment([over], now)).toBeNull()
  })
})
