import { readConfig } from '@ratusz/config'
import { describe, expect, it } from 'vitest'

/**
 * Run by other-time-zone.test.ts in a child vitest with TZ set: proves the child really runs in that zone, so
 * that the time tests beside it are not passing only because the machine is on UTC or Warsaw time.
 */
const expected = readConfig('tests').RATUSZ_EXPECT_TZ

describe.runIf(expected)('the time zone of a child test run', () => {
  it('is the zone the parent asked for, with its own local hours', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected)
    // 1:00 UTC on 30 March 2025 is 21:00 the evening before in New York, 3:00 in Warsaw, 1:00 in UTC.
    expect(new Date('2025-03-30T01:00:00.000Z').getHours()).toBe(21)
  })
})
