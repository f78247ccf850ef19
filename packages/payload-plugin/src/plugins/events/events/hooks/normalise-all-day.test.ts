import { describe, expect, it } from 'vitest'
import { normaliseAllDay } from './normalise-all-day'

// 2025: clocks go forward on 30 March (23-hour day) and back on 26 October (25-hour day) in Warsaw.

describe('all-day events on a change day', () => {
  const normalise = (start: string, end: string) =>
    normaliseAllDay({ data: { allDay: true, start, end } } as never) as { start: string; end: string }

  it('start and end at Warsaw midnight: 23:00 UTC before 30 March, 22:00 UTC before 31 March', () => {
    expect(normalise('2025-03-30T13:45:00.000Z', '2025-03-31T08:00:00.000Z')).toEqual({
      allDay: true,
      start: '2025-03-29T23:00:00.000Z',
      end: '2025-03-30T22:00:00.000Z',
    })
  })

  it('start and end at Warsaw midnight: 22:00 UTC before 26 October, 23:00 UTC before 27 October', () => {
    expect(normalise('2025-10-26T13:45:00.000Z', '2025-10-27T08:00:00.000Z')).toEqual({
      allDay: true,
      start: '2025-10-25T22:00:00.000Z',
      end: '2025-10-26T23:00:00.000Z',
    })
  })
})
