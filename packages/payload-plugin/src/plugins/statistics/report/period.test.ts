import { describe, expect, it } from 'vitest'
import { dayBefore, periodFromQuery, periodInstants, periodLabel } from './period'

const query = (text: string) => periodFromQuery(new URLSearchParams(text), new Date('2026-11-30T12:00:00Z'))

describe('the period of the statistics', () => {
  it('reads a year, a range, or the current year', () => {
    expect(query('rok=2025')).toEqual({ from: '2025-01-01', to: '2025-12-31', year: 2025 })
    expect(query('od=2026-01-01&do=2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30' })
    expect(query('od=2024-01-01&do=2024-12-31')).toEqual({ from: '2024-01-01', to: '2024-12-31', year: 2024 })
    expect(query('')).toEqual({ from: '2026-01-01', to: '2026-12-31', year: 2026 })
  })

  it('refuses what is not a year or a range, in Polish', () => {
    expect(() => query('rok=26')).toThrow('Podaj rok jako cztery cyfry')
    expect(() => query('od=2026-02-30&do=2026-03-01')).toThrow('Podaj zakres')
    expect(() => query('od=2026-03-01')).toThrow('Podaj zakres')
    expect(() => query('od=2026-03-01&do=2026-02-01')).toThrow('późniejszy')
  })

  it('bounds the period by Warsaw midnights and names it', () => {
    expect(periodInstants({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      start: new Date('2025-12-31T23:00:00Z'),
      end: new Date('2026-12-31T23:00:00Z'),
    })
    expect(dayBefore('2026-01-01')).toBe('2025-12-31')
    expect(periodLabel({ from: '2026-01-01', to: '2026-12-31', year: 2026 })).toBe('rok 2026')
    expect(periodLabel({ from: '2026-01-05', to: '2026-06-30' })).toBe('5.01.2026–30.06.2026')
  })
})
