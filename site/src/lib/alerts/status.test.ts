import { describe, expect, it } from 'vitest'
import { alertOf, debina, floodGroup } from './fixtures'
import { activeAlerts, alertStatus, concernsArea, endedAlerts, nextChange, upcomingAlerts } from './status'

const now = new Date('2025-06-14T12:00:00.000Z')

describe('alert status at build time', () => {
  it('is upcoming before validFrom, active from it, ended at validUntil', () => {
    const alert = alertOf({ validFrom: '2025-06-14T12:00:00.000Z', validUntil: '2025-06-14T18:00:00.000Z' })
    expect(alertStatus(alert, new Date('2025-06-14T11:59:59.999Z'))).toBe('upcoming')
    expect(alertStatus(alert, now)).toBe('active')
    expect(alertStatus(alert, new Date('2025-06-14T17:59:59.999Z'))).toBe('active')
    expect(alertStatus(alert, new Date('2025-06-14T18:00:00.000Z'))).toBe('ended')
    expect(alertStatus({ ...alert, validUntil: null }, new Date('2030-01-01T00:00:00Z'))).toBe('active')
  })

  it('lists active alerts highest severity first, then the newest', () => {
    const info = alertOf({ title: 'Woda', severity: 'informacja', validFrom: '2025-06-14T11:00:00.000Z' })
    const olderWarning = alertOf({
      title: 'Wiatr',
      severity: 'ostrzezenie',
      validFrom: '2025-06-14T06:00:00.000Z',
    })
    const warning = alertOf({
      title: 'Powódź',
      severity: 'ostrzezenie',
      validFrom: '2025-06-14T09:00:00.000Z',
    })
    const alarm = alertOf({ title: 'Alarm', severity: 'alarm', validFrom: '2025-06-14T07:00:00.000Z' })
    const ended = alertOf({ severity: 'alarm', validUntil: '2025-06-14T11:00:00.000Z' })
    const upcoming = alertOf({ severity: 'alarm', validFrom: '2025-06-15T08:00:00.000Z', validUntil: null })
    const all = [info, olderWarning, ended, warning, upcoming, alarm]
    expect(activeAlerts(all, now).map((alert) => alert.title)).toEqual(['Alarm', 'Powódź', 'Wiatr', 'Woda'])
    expect(upcomingAlerts(all, now)).toEqual([upcoming])
    expect(endedAlerts(all, now)).toEqual([ended])
  })

  it("gives an area its own alerts and the whole gmina's, not other areas'", () => {
    const flood = alertOf({ areas: [floodGroup] })
    const water = alertOf({ areas: [debina] })
    const gmina = alertOf({ areas: [] })
    const concerning = (id: number) =>
      [flood, water, gmina].filter((alert) => concernsArea(alert, id)).map((alert) => alert.id)
    expect(concerning(debina.id as number)).toEqual([water.id, gmina.id])
    expect(concerning(floodGroup.id as number)).toEqual([flood.id, gmina.id])
    expect(concernsArea(water, String(debina.id))).toBe(true)
  })

  it('finds the next moment an active alert ends or an announced one starts', () => {
    const endsSoon = alertOf({ validUntil: '2025-06-14T15:00:00.000Z' })
    const endsLater = alertOf({ validUntil: '2025-06-16T00:00:00.000Z' })
    const startsAt = alertOf({ validFrom: '2025-06-14T13:30:00.000Z', validUntil: null })
    const ended = alertOf({ validUntil: '2025-06-14T11:00:00.000Z' })
    const openEnded = alertOf({ validUntil: null })
    expect(nextChange([endsLater, endsSoon, ended], now)?.toISOString()).toBe('2025-06-14T15:00:00.000Z')
    expect(nextChange([endsLater, endsSoon, startsAt], now)?.toISOString()).toBe('2025-06-14T13:30:00.000Z')
    expect(nextChange([ended, openEnded], now)).toBeNull()
    expect(nextChange([], now)).toBeNull()
  })

  it('drops an expired alert when rebuilt at its staleAt', () => {
    const water = alertOf({ title: 'Woda', validUntil: '2025-06-14T15:00:00.000Z' })
    const flood = alertOf({ title: 'Powódź', validUntil: '2025-06-15T15:00:00.000Z' })
    const staleAt = nextChange([water, flood], now)!
    expect(activeAlerts([water, flood], now).map((alert) => alert.title)).toEqual(['Powódź', 'Woda'])
    expect(activeAlerts([water, flood], staleAt).map((alert) => alert.title)).toEqual(['Powódź'])
    expect(nextChange([water, flood], staleAt)?.toISOString()).toBe('2025-06-15T15:00:00.000Z')
  })
})
