import { describe, expect, it } from 'vitest'
import { EMPTY_REPORT, checkReport, readReportForm } from './report-values'

const filled = {
  ...EMPTY_REPORT,
  category: '3',
  description: 'Nie świeci latarnia od tygodnia.',
  place: 'ul. Leśna 12',
  email: 'jan@example.pl',
  consent: true,
}
const gmina = { south: 50.8, west: 20.9, north: 50.95, east: 21.15 }

describe('the position of a report', () => {
  it('reads the map’s fields, a decimal comma as a point', () => {
    const values = readReportForm(new URLSearchParams('szerokosc=50,871234&dlugosc=+21.02+'))
    expect([values.lat, values.lon]).toEqual(['50.871234', '21.02'])
  })

  it('is optional, taken inside the box (Poland by default), refused outside it or half given', () => {
    expect(checkReport(filled).ok).toBe(true)
    expect(checkReport({ ...filled, lat: '50.87', lon: '21.02' }, gmina).ok).toBe(true)
    expect(checkReport({ ...filled, lat: '54.35', lon: '18.65' }).ok).toBe(true)
    const outside = checkReport({ ...filled, lat: '54.35', lon: '18.65' }, gmina)
    expect(outside.ok ? null : outside.errors).toEqual({
      lat: 'Zaznaczone na mapie miejsce leży poza gminą. Zaznacz je jeszcze raz albo opisz miejsce słowami.',
    })
    const berlin = checkReport({ ...filled, lat: '52.52', lon: '13.40' })
    expect(berlin.ok ? null : Object.keys(berlin.errors)).toEqual(['lat'])
    for (const [lat, lon] of [
      ['50.87', ''],
      ['', '21.02'],
      ['x', '21.02'],
      ['50.87', '1e2'],
    ]) {
      const checked = checkReport({ ...filled, lat: lat!, lon: lon! }, gmina)
      expect(checked.ok ? null : checked.errors.lat).toBe('Nieprawidłowe współrzędne miejsca.')
    }
  })
})
