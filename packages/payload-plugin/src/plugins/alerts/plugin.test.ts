import { buildConfig, type Config } from 'payload'
import { describe, expect, it } from 'vitest'
import { ratusz } from '../../index'
import { taxonomiesPlugin } from '../taxonomies'
import { alertsPlugin } from './index'

const host = (): Config =>
  ({ secret: 'test', collections: [], admin: { user: 'users' } }) as unknown as Config

const slugs = (config: Config) => (config.collections ?? []).map((collection) => collection.slug)
const fieldsOf = (config: Config) =>
  JSON.stringify(config.collections?.find((collection) => collection.slug === 'alerts')?.fields)

describe('the alerts plugin', () => {
  it('brings the core it needs and relates to areas only when present', () => {
    const alone = alertsPlugin()(host())
    expect(slugs(alone)).toEqual(['users', 'media', 'documents', 'alerts'])
    expect(fieldsOf(alone)).not.toContain('"areas"')
    expect(fieldsOf(alertsPlugin()(taxonomiesPlugin()(host())))).toContain('"areas"')
  })

  it('is installed by ratusz() unless switched off', () => {
    expect(slugs(ratusz()(host()))).toContain('alerts')
    expect(slugs(ratusz({ plugins: { alerts: false } })(host()))).not.toContain('alerts')
  })

  it('is accepted by Payload, with the scheduled publish job', async () => {
    const config = await buildConfig({ ...host(), plugins: [taxonomiesPlugin(), alertsPlugin()] })
    const alerts = config.collections.find((collection) => collection.slug === 'alerts')
    expect(alerts?.versions).toMatchObject({ drafts: { schedulePublish: expect.anything() } })
    expect(config.jobs.tasks?.map((task) => task.slug)).toContain('schedulePublish')
  }, 60_000)
})
