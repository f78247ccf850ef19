import type { Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { ratusz } from '../index'
import { BOUNDED } from './bounded-fields'
import { dateBoundsProblem } from './date-bounds'
import { isAllowedLinkUrl } from './link-url'
import { richTextProblem } from './rich-text-limits'

const config = ratusz()({ secret: 'test', collections: [], globals: [] } as unknown as Config)

/** Every date and rich text field of the config, by `collection.path`, with whether it was bounded. */
const boundable = (fields: Field[], prefix: string): [string, boolean][] =>
  fields.flatMap((field): [string, boolean][] => {
    const name = 'name' in field ? `${prefix}.${field.name}` : prefix
    if (field.type === 'date' || field.type === 'richText') return [[name, field.custom?.[BOUNDED] === true]]
    if ('fields' in field) return boundable(field.fields, name)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => boundable(tab.fields, name))
    if (field.type === 'blocks') return field.blocks.flatMap((block) => boundable(block.fields, name))
    return []
  })

const nested = (levels: number) => {
  let node: Record<string, unknown> = { type: 'text', text: 'dno' }
  for (let n = 0; n < levels; n++) node = { type: 'quote', children: [node] }
  return { root: { type: 'root', children: [node] } }
}
const withLink = (url: string) => ({
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'custom', url }, children: [] }] },
    ],
  },
})

describe('dates and rich texts the site cannot render are refused at save', () => {
  it('bounds every date and rich text field of every content collection and global', () => {
    const fields = [
      ...(config.collections ?? [])
        .filter((c) => c.slug !== 'site-publishes')
        .map((c) => boundable(c.fields, c.slug)),
      ...(config.globals ?? []).map((g) => boundable(g.fields, g.slug)),
    ].flat()
    expect(fields.filter(([, bounded]) => !bounded)).toEqual([])
    expect(fields.map(([name]) => name)).toEqual(
      expect.arrayContaining(['articles.body', 'articles.publishedAt', 'events.start', 'alerts.validUntil']),
    )
  })

  it('refuses a date in the year 275760 or before 1900, in Polish', () => {
    expect(dateBoundsProblem('+275760-09-13T00:00:00.000Z', undefined)).toBe(
      'Wpisz datę między rokiem 1900 a 2200.',
    )
    expect(dateBoundsProblem(new Date('1899-12-31T12:00:00Z'), undefined)).toBe(
      'Wpisz datę między rokiem 1900 a 2200.',
    )
    expect(dateBoundsProblem('2026-06-14T16:00:00.000Z', undefined)).toBeUndefined()
    expect(dateBoundsProblem(null, undefined)).toBeUndefined()
  })

  it('refuses a rich text nested 500 levels deep', () => {
    expect(richTextProblem(nested(500), undefined)).toBe(
      'Treść jest zagnieżdżona zbyt głęboko (ponad 20 poziomów, np. listy w listach w cytatach). Uprość jej układ.',
    )
    expect(richTextProblem(nested(5), undefined)).toBeUndefined()
  })

  it('refuses links that leave the allowed schemes and shapes', () => {
    expect(richTextProblem(withLink('/\\evil'), undefined)).toMatch(
      /^Link „\/\\evil” ma niedozwolony adres\./,
    )
    expect(richTextProblem(withLink('https://gmina.pl/a'), undefined)).toBeUndefined()
  })

  it.each([
    ['https://gmina.pl/', true],
    ['http://gmina.pl', true],
    ['mailto:urzad@gmina.pl', true],
    ['tel:+48221234567', true],
    ['/aktualnosci/', true],
    ['//evil.example/', false],
    ['/\\evil', false],
    ['javascript:alert(1)', false],
    ['www.gmina.pl', false],
    ['', false],
  ])('link %s allowed: %s', (url, allowed) => {
    expect(isAllowedLinkUrl(url)).toBe(allowed)
  })
})
