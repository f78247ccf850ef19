import { describe, expect, it } from 'vitest'
import { nextNightAfter } from './erase-task'

describe('nextNightAfter', () => {
  it('is 03:15 Warsaw time tonight, or tomorrow night once tonight has passed', () => {
    expect(nextNightAfter(new Date('2026-11-30T12:00:00Z')).toISOString()).toBe('2026-12-01T02:15:00.000Z')
    expect(nextNightAfter(new Date('2026-12-01T01:00:00Z')).toISOString()).toBe('2026-12-01T02:15:00.000Z')
    expect(nextNightAfter(new Date('2026-12-01T02:15:00Z')).toISOString()).toBe('2026-12-02T02:15:00.000Z')
    expect(nextNightAfter(new Date('2026-07-01T12:00:00Z')).toISOString()).toBe('2026-07-02T01:15:00.000Z')
  })
})
