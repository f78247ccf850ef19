import { describe, expect, it } from 'vitest'
import { statementDate } from './statement-format'

describe('dates of the accessibility statement', () => {
  it('are the day in Warsaw, as template 2.0 writes them', () => {
    expect(statementDate('2026-03-30T21:59:59Z')).toBe('2026-03-30')
    expect(statementDate('2026-03-30T22:00:00Z')).toBe('2026-03-31')
    expect(statementDate('2026-01-01T00:00:00+01:00')).toBe('2026-01-01')
  })
})
