import { describe, expect, it } from 'vitest'
import { subscribersOn } from './subscribers-on'

const history = (at: string, areas: string[], groups: string[] = []) => ({
  at,
  areas,
  groups,
  topics: ['alerts'],
})

describe('subscribersOn', () => {
  const subscriptions = [
    // e-mail, Dębina (area 1) from January, moved to Krosno (area 2) in June
    {
      channel: 'email',
      startedAt: '2026-01-10T10:00:00Z',
      history: [history('2026-01-10T10:00:00Z', ['1']), history('2026-06-01T10:00:00Z', ['2'])],
    },
    // SMS, whole gmina and the flood group, left in March
    {
      channel: 'sms',
      startedAt: '2026-02-01T10:00:00Z',
      endedAt: '2026-03-01T10:00:00Z',
      history: [history('2026-02-01T10:00:00Z', [], ['7'])],
    },
    // an official member (sołtys of Dębina), by e-mail
    {
      channel: 'email',
      official: true,
      startedAt: '2026-01-01T00:00:00Z',
      history: [history('2026-01-01T00:00:00Z', ['1'])],
    },
  ]
  const table = (at: string) =>
    Object.fromEntries(subscribersOn(subscriptions, new Date(at)).map((count) => [count.key, count]))

  it('counts each group on a date by channel, officials apart, with the choices in force then', () => {
    const february = table('2026-02-15T00:00:00Z')
    expect(february['area:1']).toEqual({ key: 'area:1', byChannel: { email: 1 }, official: 1, total: 2 })
    expect(february['all']).toEqual({ key: 'all', byChannel: { sms: 1 }, official: 0, total: 1 })
    expect(february['group:7']?.total).toBe(1)
    expect(february['everyone']?.total).toBe(3)

    const july = table('2026-07-01T00:00:00Z')
    expect(july['area:1']).toEqual({ key: 'area:1', byChannel: {}, official: 1, total: 1 })
    expect(july['area:2']?.byChannel).toEqual({ email: 1 })
    expect(july['group:7']).toBeUndefined()
    expect(july['everyone']?.total).toBe(2)
  })

  it('counts nobody before they confirmed', () => {
    expect(table('2025-12-31T00:00:00Z')).toEqual({})
  })
})
