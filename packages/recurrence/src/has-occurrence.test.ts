import { describe, expect, it } from 'vitest'
import { hasOccurrence } from './has-occurrence'

describe('hasOccurrence', () => {
  const start = new Date('2025-06-14T16:00:00.000Z')

  it('is true for an event that does not repeat', () => {
    expect(hasOccurrence(start, null)).toBe(true)
  })

  it('is false when UNTIL comes before the start, or every occurrence is a cancelled day', () => {
    expect(hasOccurrence(start, { frequency: 'daily', until: '2025-06-01T10:00:00.000Z' })).toBe(false)
    const once = {
      frequency: 'weekly' as const,
      count: 1,
      exceptions: [{ date: '2025-06-14T10:00:00.000Z' }],
    }
    expect(hasOccurrence(start, once)).toBe(false)
    expect(hasOccurrence(start, { ...once, count: 2 })).toBe(true)
  })
})
