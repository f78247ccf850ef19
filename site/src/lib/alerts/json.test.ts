import { nextChangeOf } from '@ratusz/contract'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { buildAlertFeed, describePeriod } from './feed'
import { alertOf, debina, floodGroup } from './fixtures'
import { activeAlertsJson } from './json'
import { nextChange } from './status'

const site = 'https://lipowawola.example.pl'
const now = new Date('2025-06-14T12:00:00.000Z')

const flood = alertOf({
  title: 'Wezbranie Lipówki',
  slug: 'wezbranie-lipowki',
  kind: 'powodz',
  severity: 'ostrzezenie',
  areas: [floodGroup],
  source: 'IMGW-PIB',
  validUntil: '2025-06-15T08:00:00.000Z',
  publishedAt: '2025-06-14T07:30:00.000Z',
})
const water = alertOf({ title: 'Brak wody', slug: 'brak-wody', kind: 'woda', areas: [debina] })
const ended = alertOf({ title: 'Stary', validUntil: '2025-06-14T10:00:00.000Z' })
const gmina = alertOf({
  title: 'Wiatr',
  severity: 'alarm',
  kind: 'pogoda',
  validFrom: '2025-06-14T09:00:00.000Z',
})

describe('the JSON of active alerts', () => {
  it('holds the active alerts, most severe first, in the documented shape', () => {
    const json = JSON.parse(JSON.stringify(activeAlertsJson([water, ended, flood, gmina], now, site)))
    expect(json.version).toBe(1)
    expect(json.generatedAt).toBe('2025-06-14T12:00:00.000Z')
    expect(json.staleAt).toBe('2025-06-14T20:00:00.000Z')
    expect(json.alerts.map((alert: { title: string }) => alert.title)).toEqual([
      'Wiatr',
      'Wezbranie Lipówki',
      'Brak wody',
    ])
    expect(json.alerts[1]).toEqual({
      id: String(flood.id),
      kind: 'powodz',
      kindLabel: 'Zagrożenie powodziowe',
      severity: 'ostrzezenie',
      severityLabel: 'Ostrzeżenie',
      title: 'Wezbranie Lipówki',
      shortText: 'Krótka treść.',
      wholeGmina: false,
      areas: [{ slug: 'zagrozenie-powodziowe', name: 'Zagrożenie powodziowe' }],
      validFrom: '2025-06-14T08:00:00.000Z',
      validUntil: '2025-06-15T08:00:00.000Z',
      source: 'IMGW-PIB',
      url: 'https://lipowawola.example.pl/komunikaty/wezbranie-lipowki/',
    })
    expect(json.alerts[0].wholeGmina).toBe(true)
    expect(json.alerts[0].areas).toEqual([])
  })

  it('tells the pipeline when to rebuild', () => {
    expect(nextChangeOf(nextChange([water, ended], now), now)).toEqual({
      staleAt: '2025-06-14T20:00:00.000Z',
      builtAt: '2025-06-14T12:00:00.000Z',
    })
    expect(nextChange([ended], now)).toBeNull()
  })
})

describe('the alerts feed', () => {
  it('parses, with the severity in the title and the areas and period in the text', async () => {
    const xml = buildAlertFeed({
      site,
      title: 'Komunikaty',
      description: 'Ostrzeżenia',
      alerts: [water, flood],
    })
    const feed = await new Parser().parseString(xml)
    expect(feed.items.map((item) => item.title)).toEqual([
      'Ostrzeżenie: Wezbranie Lipówki',
      'Informacja: Brak wody',
    ])
    const first = feed.items[0]!
    expect(first.link).toBe('https://lipowawola.example.pl/komunikaty/wezbranie-lipowki/')
    expect(first.guid).toBe(`tag:lipowawola.example.pl,2025:alerts/${flood.id}`)
    expect(first.content).toContain('Dotyczy: Zagrożenie powodziowe.')
    expect(first.content).toContain('Obowiązuje od 14 czerwca 2025 o 10:00 do 15 czerwca 2025 o 10:00')
    expect(first.categories).toEqual(['Zagrożenie powodziowe', 'Zagrożenie powodziowe'])
  })

  it('says when an alert has no end', () => {
    expect(describePeriod({ validFrom: '2025-06-14T08:00:00.000Z', validUntil: null })).toBe(
      'Obowiązuje od 14 czerwca 2025 o 10:00 do odwołania',
    )
  })
})
