import { describe, expect, it } from 'vitest'
import { buildRule } from './build-rule'

describe('buildRule', () => {
  it('builds an RRULE with UNTIL at the end of the Warsaw day, in UTC', () => {
    expect(buildRule(null)).toBeNull()
    expect(
      buildRule({
        frequency: 'weekly',
        interval: 2,
        weekdays: ['WE', 'MO'],
        until: '2025-06-30T10:00:00.000Z',
      }),
    ).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20250630T215959Z')
    expect(buildRule({ frequency: 'monthly', count: 5 })).toBe('FREQ=MONTHLY;COUNT=5')
  })
})
