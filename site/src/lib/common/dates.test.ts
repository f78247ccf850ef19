import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, machineDate } from './dates'

describe('dates', () => {
  it('formats in Polish in Europe/Warsaw, crossing midnight in summer and winter time', () => {
    expect(formatDate('2025-06-14T22:30:00.000Z')).toBe('15 czerwca 2025')
    expect(formatDate('2025-01-31T23:30:00.000Z')).toBe('1 lutego 2025')
    expect(formatDateTime('2025-06-14T16:00:00.000Z')).toBe('14 czerwca 2025 o 18:00')
  })

  it('gives the instant for datetime attributes', () => {
    expect(machineDate('2025-06-14T16:00:00Z')).toBe('2025-06-14T16:00:00.000Z')
  })
})
