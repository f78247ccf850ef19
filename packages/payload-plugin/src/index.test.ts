import { buildConfig, type Config } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { corePlugin, newsPlugin, ratusz, settingsPlugin, taxonomiesPlugin } from './index'

const onInit = vi.fn(async () => {})
const afterError = async () => {}

const host = (): Config =>
  ({
    secret: 'test',
    collections: [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
    globals: [{ slug: 'footer', fields: [{ name: 'text', type: 'text' }] }],
    i18n: { fallbackLanguage: 'pl', translations: { pl: { general: { save: 'Zapisz!' } } } },
    onInit,
    hooks: { afterError: [afterError] },
    admin: { user: 'users' },
  }) as unknown as Config

const slugs = (config: Config) => (config.collections ?? []).map((collection) => collection.slug)
const fieldNames = (config: Config, slug: string) =>
  config.collections
    ?.find((collection) => collection.slug === slug)
    ?.fields.map((f) => ('name' in f ? f.name : ''))

describe('ratusz()', () => {
  it('appends its collections and globals and keeps everything of the host', async () => {
    const input = host()
    const config = ratusz()(input)
    expect(slugs(config)).toEqual([
      'pages',
      'media',
      'documents',
      'areas',
      'categories',
      'articles',
      'events',
      'bip-categories',
      'bip-files',
      'bip-documents',
      'bip-changes',
      'alerts',
      'periodicals',
      'newsletter-issues',
      'subscription-groups',
      'subscriptions',
      'deliveries',
      'report-categories',
      'reports',
      'report-messages',
      'report-photos',
      'open311-keys',
      'traffic-days',
      'traffic-log-files',
      'historic-figures',
      'site-publishes',
      // the administrators' group last on the dashboard
      'users',
    ])
    expect(config.globals?.map((global) => global.slug)).toEqual([
      'footer',
      'site-settings',
      'accessibility-statement',
      'bip-settings',
      'annual-report-template',
    ])
    // the host's texts and admin settings stay; the admin's frame adds Polish general texts and a date format
    expect(config.i18n).toMatchObject(input.i18n!)
    // The publishing and periodicals plugins add start-up work after the host's own.
    await config.onInit?.({
      update: async () => ({ docs: [] }),
      find: async () => ({ docs: [] }),
      jobs: { queue: async () => ({}) },
    } as never)
    expect(onInit).toHaveBeenCalled()
    // The host's error hook stays first; the bundle adds the Polish answer to a body that is not JSON.
    expect(config.hooks?.afterError?.[0]).toBe(afterError)
    expect(config.hooks?.afterError?.map((hook) => hook.name)).toEqual(['afterError', 'polishMalformedJson'])
    expect(config.admin).toMatchObject(input.admin!)
    expect(config.secret).toBe('test')
    expect(fieldNames(config, 'articles')).toContain('areas')
  })

  it('installs only the enabled plugins', () => {
    const config = ratusz({ plugins: { news: false, settings: false } })(host())
    expect(slugs(config)).toEqual([
      'pages',
      'media',
      'documents',
      'areas',
      'categories',
      'events',
      'bip-categories',
      'bip-files',
      'bip-documents',
      'bip-changes',
      'alerts',
      'periodicals',
      'newsletter-issues',
      'subscription-groups',
      'subscriptions',
      'deliveries',
      'report-categories',
      'reports',
      'report-messages',
      'report-photos',
      'open311-keys',
      'traffic-days',
      'traffic-log-files',
      'historic-figures',
      'site-publishes',
      // the administrators' group last on the dashboard
      'users',
    ])
    expect(config.globals?.map((global) => global.slug)).toEqual([
      'footer',
      'bip-settings',
      'annual-report-template',
    ])
  })

  it('rejects invalid options before touching the config', () => {
    expect(() => ratusz({ documents: { maxFileSizeMB: 0 } })).toThrow('documents.maxFileSizeMB')
  })

  it("adds roles to the host's users instead of a second collection", () => {
    const input = host()
    input.collections?.push({ slug: 'users', auth: true, fields: [{ name: 'phone', type: 'text' }] })
    const config = ratusz()(input)
    expect(slugs(config).filter((slug) => slug === 'users')).toHaveLength(1)
    expect(fieldNames(config, 'users')).toEqual(['phone', 'name', 'roles'])
  })

  it('is idempotent', () => {
    const once = ratusz()(host())
    expect(slugs(ratusz()(once))).toEqual(slugs(once))
  })
})

describe('each plugin alone', () => {
  it('core', () => {
    expect(slugs(corePlugin()(host()))).toEqual(['pages', 'users', 'media', 'documents'])
  })

  it('settings brings the core it needs', () => {
    const config = settingsPlugin()(host())
    expect(slugs(config)).toEqual(['pages', 'users', 'media', 'documents'])
    expect(config.globals?.map((global) => global.slug)).toEqual([
      'footer',
      'site-settings',
      'accessibility-statement',
    ])
  })

  it('taxonomies: areas, and categories while news or events are on', () => {
    expect(slugs(taxonomiesPlugin()(host()))).toEqual(['pages', 'areas', 'categories'])
    expect(slugs(taxonomiesPlugin({ plugins: { news: false } })(host()))).toEqual([
      'pages',
      'areas',
      'categories',
    ])
    expect(slugs(taxonomiesPlugin({ plugins: { news: false, events: false } })(host()))).toEqual([
      'pages',
      'areas',
    ])
    expect(slugs(taxonomiesPlugin({ plugins: { areas: false } })(host()))).toEqual(['pages', 'categories'])
  })

  it('news brings the core it needs and relates to areas only when present', () => {
    const alone = newsPlugin()(host())
    expect(slugs(alone)).toEqual(['pages', 'users', 'media', 'documents', 'categories', 'articles'])
    expect(fieldNames(alone, 'articles')).not.toContain('areas')
    expect(fieldNames(newsPlugin()(taxonomiesPlugin()(host())), 'articles')).toContain('areas')
  })
})

describe('Payload accepts the result', () => {
  it('sanitizes the full bundle (buildConfig)', async () => {
    const config = await buildConfig({ ...host(), plugins: [ratusz()] })
    expect(config.collections.map((collection) => collection.slug)).toEqual(
      expect.arrayContaining([
        'users',
        'media',
        'documents',
        'areas',
        'categories',
        'articles',
        'events',
        'payload-jobs',
      ]),
    )
    const articles = config.collections.find((collection) => collection.slug === 'articles')
    expect(articles?.versions).toMatchObject({
      drafts: { schedulePublish: expect.anything() },
      maxPerDoc: 50,
    })
    expect(config.jobs.tasks?.map((task) => task.slug)).toEqual(
      expect.arrayContaining(['schedulePublish', 'publishSite', 'processNewsletterPdf']),
    )
  }, 60_000)
})
