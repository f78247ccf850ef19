import { describe, expect, it } from 'vitest'
import { subscribeFormHtml } from './subscription-form'
import { EMPTY_SUBSCRIPTION, checkSubscription, readPushSubscription } from './subscription-values'

const form = (options: { withSms?: boolean; withPush?: boolean }, values = EMPTY_SUBSCRIPTION) =>
  subscribeFormHtml({
    action: '/api/public/powiadomienia',
    choices: { areas: [], categories: [], groups: [] },
    values,
    consent: ['Administratorem danych jest Urząd.'],
    consentVersion: 'v1',
    ...options,
  }).value

const browser = {
  endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
  keys: { p256dh: `B${'a'.repeat(86)}`, auth: 'b'.repeat(22) },
}

describe('the sign-up form’s channels', () => {
  it('is e-mail only without SMS and Web Push', () => {
    const html = form({})
    expect(html).toContain('<input type="hidden" name="kanal" value="email" />')
    expect(html).not.toContain('name="telefon"')
    expect(html).not.toContain('name="push"')
  })

  it('offers SMS with a phone field, and the browser hidden until the page’s script finds it can', () => {
    const html = form({ withSms: true, withPush: true })
    expect(html).toMatch(/type="radio"\s+name="kanal"\s+value="sms"/)
    expect(html).toContain('name="telefon"')
    expect(html).toMatch(/data-push-choice hidden\s*><input/)
    expect(html).toContain('<input type="hidden" name="push" value="" />')
  })

  it('keeps a browser’s subscription when the form comes back', () => {
    const values = { ...EMPTY_SUBSCRIPTION, channel: 'push' as const, push: JSON.stringify(browser) }
    const html = form({ withPush: true }, values)
    expect(html).toMatch(/data-push-choice\s*><input/)
    expect(html).toContain('fcm.googleapis.com')
  })
})

describe('a browser’s push subscription', () => {
  it('is an https endpoint with its two keys, and its endpoint is the address', () => {
    expect(readPushSubscription(JSON.stringify(browser))).toEqual(browser)
    expect(readPushSubscription(JSON.stringify({ ...browser, endpoint: 'http://example.pl/x' }))).toBeNull()
    expect(readPushSubscription(JSON.stringify({ endpoint: browser.endpoint, keys: {} }))).toBeNull()
    expect(readPushSubscription('nie json')).toBeNull()
    const checked = checkSubscription({
      ...EMPTY_SUBSCRIPTION,
      channel: 'push',
      push: JSON.stringify(browser),
      consent: true,
    })
    expect(checked).toMatchObject({ ok: true, address: browser.endpoint })
  })
})
