import { describe, expect, it } from 'vitest'
import { warsawYear } from './sections'

describe('the year filter of search', () => {
  it('is the year in Warsaw, not on the build machine', () => {
    expect(warsawYear('2025-12-31T22:59:59Z')).toBe('2025')
    expect(warsawYear('2025-12-31T23:00:00Z')).toBe('2026')
    expect(warsawYear(new Date('2026-06-30T22:30:00Z'))).toBe('2026')
  })
})
