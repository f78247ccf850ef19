import { describe, expect, it } from 'vitest'
import { afterQuietHours } from './quiet-hours'

const quiet = { from: '22:00', until: '07:00' }

describe('afterQuietHours', () => {
  it('lets a message go at once by day', () => {
    const noon = new Date('2026-11-30T11:00:00Z') // 12:00 in Warsaw
    expect(afterQuietHours(noon, quiet)).toEqual(noon)
  })

  it('holds a message of the late evening until 07:00 the next morning, Warsaw time', () => {
    expect(afterQuietHours(new Date('2026-11-30T22:30:00Z'), quiet).toISOString()).toBe(
      '2026-12-01T06:00:00.000Z',
    )
  })

  it('holds a message of the small hours until 07:00 the same day, in summer time too', () => {
    expect(afterQuietHours(new Date('2026-07-01T01:00:00Z'), quiet).toISOString()).toBe(
      '2026-07-01T05:00:00.000Z',
    )
  })

  it('knows quiet hours that do not cross midnight', () => {
    const lunch = { from: '12:00', until: '13:00' }
    expect(afterQuietHours(new Date('2026-11-30T11:30:00Z'), lunch).toISOString()).toBe(
      '2026-11-30T12:00:00.000Z',
    )
  })
})
