import { describe, expect, it } from 'vitest'
import { instant } from './common'
import { richText } from './rich-text'

/** A rich text whose paragraph nests `levels` quotes deep. */
const nested = (levels: number) => {
  let node: Record<string, unknown> = { type: 'text', text: 'dno' }
  for (let n = 0; n < levels; n++) node = { type: 'quote', children: [node] }
  return { root: { type: 'root', children: [node] } }
}

describe('the contract bounds what the site renders', () => {
  it('refuses a rich text nested 500 levels deep, before parsing its nodes', () => {
    const result = richText.safeParse(nested(500))
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['nested deeper than 20 levels'])
  })

  it('refuses a rich text nested 100,000 levels deep without overflowing the stack', () => {
    expect(richText.safeParse(nested(100_000)).success).toBe(false)
  })

  it('accepts a rich text within the limits', () => {
    expect(richText.safeParse(nested(10)).success).toBe(true)
  })

  it('refuses an instant in the year 275760 and accepts one in 2026', () => {
    expect(instant.safeParse('+275760-09-13T00:00:00.000Z').success).toBe(false)
    expect(instant.safeParse('2201-01-01T00:00:00.000Z').error?.issues[0]?.message).toBe(
      'must lie between the years 1900 and 2200',
    )
    expect(instant.safeParse('2026-06-14T16:00:00.000Z').success).toBe(true)
  })
})
