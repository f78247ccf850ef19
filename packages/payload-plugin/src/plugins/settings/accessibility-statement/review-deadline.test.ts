import { describe, expect, it } from 'vitest'
import { lastReviewedDay, reviewState } from './review-deadline'

describe('accessibility statement review rule (by 31 March every year)', () => {
  it('is current when updated or reviewed this year, before or after 31 March', () => {
    expect(reviewState('2026-02-10', new Date('2026-06-01T10:00:00Z'))).toEqual({ state: 'current' })
    expect(reviewState('2026-05-20', new Date('2026-06-01T10:00:00Z'))).toEqual({ state: 'current' })
  })

  it('is due until 31 March when last reviewed in an earlier year', () => {
    const lastYear = '2025-04-15'
    expect(reviewState(lastYear, new Date('2026-01-02T10:00:00Z'))).toEqual({
      state: 'due',
      year: 2026,
      lastReviewed: lastYear,
    })
    // 31 March 23:30 in Warsaw is still the deadline day (21:30 UTC in summer time).
    expect(reviewState(lastYear, new Date('2026-03-31T21:30:00Z')).state).toBe('due')
  })

  it('is overdue from 1 April (Warsaw time) when not reviewed this year', () => {
    expect(reviewState('2025-04-15', new Date('2026-03-31T22:30:00Z')).state).toBe('overdue')
    expect(reviewState('2024-12-31', new Date('2026-07-01T10:00:00Z'))).toEqual({
      state: 'overdue',
      year: 2026,
      lastReviewed: '2024-12-31',
    })
    expect(reviewState(null, new Date('2026-07-01T10:00:00Z')).state).toBe('overdue')
  })

  it('takes the later of the update and review dates, as Warsaw days', () => {
    expect(lastReviewedDay(['2025-12-31T23:30:00Z'])).toBe('2026-01-01')
    expect(lastReviewedDay(['2025-03-01T12:00:00Z', '2026-01-05T12:00:00Z', null])).toBe('2026-01-05')
    expect(lastReviewedDay([undefined, ''])).toBeNull()
  })
})
