import { buildConfig, type Config, type Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { ratusz } from '../../index'
import { DATE_TIME_FORMAT } from '../../shared/date-formats'

const host = (): Config =>
  ({
    secret: 'test',
    collections: [],
    i18n: { fallbackLanguage: 'pl', translations: { pl: { general: { save: 'Zapisz!' } } } },
    admin: { user: 'users' },
  }) as unknown as Config

/** Every array field of a list of fields, with the path that leads to it. */
const arrays = (fields: readonly Field[], at: string): { path: string; field: Field }[] =>
  fields.flatMap((field) => {
    const path = 'name' in field && field.name ? `${at}.${field.name}` : at
    const own = field.type === 'array' ? [{ path, field }] : []
    const inner =
      'fields' in field && Array.isArray(field.fields)
        ? arrays(field.fields, path)
        : field.type === 'tabs'
          ? field.tabs.flatMap((tab) => arrays(tab.fields, path))
          : []
    return [...own, ...inner]
  })

describe("the admin's frame", () => {
  it('names the rows of every repeatable field in Polish ("Dodaj odwołany termin", not "Dodaj Exception")', () => {
    const config = ratusz()(host())
    const all = [
      ...(config.collections ?? []).flatMap((collection) => arrays(collection.fields, collection.slug)),
      ...(config.globals ?? []).flatMap((global) => arrays(global.fields, global.slug)),
    ]
    expect(all.length).toBeGreaterThanOrEqual(10)
    for (const { path, field } of all) {
      const labels = (field as { labels?: { singular?: { pl?: string }; plural?: { pl?: string } } }).labels
      expect(labels?.singular?.pl, path).toMatch(/\p{L}/u)
      expect(labels?.plural?.pl, path).toMatch(/\p{L}/u)
    }
  })

  it('shows dates as "30.11.2026, 13:42", booleans as tak/nie, and keeps what the host set', async () => {
    const config = await buildConfig(ratusz()(host()))
    expect(config.admin.dateFormat).toBe(DATE_TIME_FORMAT)
    const general = (config.i18n.translations as Record<string, { general: Record<string, string> }>).pl!
      .general
    expect([general.true, general.false, general.save]).toEqual(['Tak', 'Nie', 'Zapisz!'])
    expect(general.creatingNewLabel).toBe('Nowy wpis: {{label}}')
  })
})
