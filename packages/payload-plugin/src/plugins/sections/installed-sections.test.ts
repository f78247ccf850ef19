import type { Config, Endpoint, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { ratusz } from '../../index'

const host = (): Config =>
  ({ secret: 'test', collections: [], admin: { user: 'users' } }) as unknown as Config

/** The endpoint's answer for a config, as Payload would call it (with the config's collections and globals). */
const answer = async (config: Config) => {
  const endpoint = config.endpoints?.find((candidate) => candidate.path === '/ratusz/sections') as Endpoint
  const req = {
    payload: {
      config: {
        collections: [...(config.collections ?? []), { slug: 'payload-jobs' }],
        globals: [...(config.globals ?? []), { slug: 'payload-jobs-stats' }],
      },
    },
  } as unknown as PayloadRequest
  return (await endpoint.handler(req)).json()
}

describe('GET /api/ratusz/sections', () => {
  it('names every section and what it installed by default', async () => {
    const body = await answer(ratusz()(host()))
    expect(body.sections).toEqual([
      'news',
      'events',
      'periodicals',
      'bip',
      'alerts',
      'notifications',
      'reports',
    ])
    expect(body.collections).toContain('bip-documents')
    expect(body.collections).not.toContain('payload-jobs')
    expect(body.globals).toContain('bip-settings')
    expect(body.globals).not.toContain('payload-jobs-stats')
    expect(body.notificationChannels).toEqual(['email'])
  })

  it('names the notification channels the CMS sends through', async () => {
    const { smsOutboxAdapter, generateVapidKeys } = await import('../../index')
    const push = { ...generateVapidKeys(), subject: 'mailto:urzad@example.pl' }
    const body = await answer(ratusz({ notifications: { sms: smsOutboxAdapter('/tmp/sms'), push } })(host()))
    expect(body.notificationChannels).toEqual(['email', 'sms', 'push'])
    const off = await answer(ratusz({ plugins: { notifications: false } })(host()))
    expect(off.notificationChannels).toEqual([])
  })

  it('leaves out a section switched off, with its collections and globals', async () => {
    const body = await answer(ratusz({ plugins: { bip: false, events: false } })(host()))
    expect(body.sections).toEqual(['news', 'periodicals', 'alerts', 'notifications', 'reports'])
    expect(body.collections.filter((slug: string) => slug.startsWith('bip-') || slug === 'events')).toEqual(
      [],
    )
    expect(body.globals).not.toContain('bip-settings')
  })
})
