import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fakeSmsapi } from '../../../packages/payload-plugin/src/plugins/notifications/sending/sms/test-sms-providers'
import { signShownAt } from '../../../packages/payload-plugin/src/shared/residents/resident-token'
import { publicRequest } from '../support/form-post'
import {
  clearSubscriptions,
  createArea,
  publishAlertAndNotify,
  runNotificationJobs,
} from '../support/notifications'
import { rest, signIn } from '../support/rest'
import { variantPayload } from '../support/variant-payload'

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const SUBSCRIBE = '/api/public/powiadomienia'
const TOKEN = 'smsapi-oauth-token-for-tests'

/** The hidden token of the page on which the SMS code is typed. */
const codeTokenIn = (html: string) => /name="t" value="([^"]+)"/.exec(html)?.[1] ?? ''

/**
 * Notifications by SMS through SMSAPI.pl's protocol (a local server that speaks it, checking the token and the
 * fields): sign up with a phone number, confirm with the code the SMS brought (a wrong code counts), get an
 * alert's short text with its link and a way to stop, and lose the channel when the provider calls the number
 * invalid.
 */
describe('notifications by SMS', () => {
  let payload: Payload
  let provider: Awaited<ReturnType<typeof fakeSmsapi>>
  let editor: string
  let area: number
  let client = 0
  const fromClient = () => ({ 'X-Forwarded-For': `10.1.${Math.floor(++client / 250)}.${client % 250}` })

  const runJobs = () => runNotificationJobs(payload)

  /** Signs up a number; returns the code page's answer. */
  const signUp = async (phone: string) =>
    publicRequest(
      payload,
      'POST',
      SUBSCRIBE,
      {
        kanal: 'sms',
        telefon: phone,
        rodzaje: 'alerts',
        obszary: String(area),
        czestotliwosc: 'immediately',
        zgoda: 'tak',
        pokazano: signShownAt(payload.secret, Date.now() - 5000),
      },
      fromClient(),
    )

  const typeCode = (token: string, code: string) =>
    publicRequest(payload, 'POST', `${SUBSCRIBE}/potwierdz-kod`, { t: token, kod: code }, fromClient())

  const codeIn = (text: string) => /^(\d{6}) - kod potwierdzający/.exec(text)?.[1]

  const publishAlert = (shortText: string) =>
    publishAlertAndNotify(payload, editor, {
      title: `Przerwa w dostawie wody ${stamp()}`,
      kind: 'woda',
      severity: 'alarm',
      shortText,
      areas: [area],
    })

  beforeAll(async () => {
    provider = await fakeSmsapi(TOKEN)
    // The CMS's config reads these when it is imported (by variantPayload).
    Object.assign(process.env, {
      RATUSZ_SMS_PROVIDER: 'smsapi',
      RATUSZ_SMS_TOKEN: TOKEN,
      RATUSZ_SMS_SENDER: 'UG Lipowa',
      RATUSZ_SMS_API_URL: `${provider.origin}/sms.do`,
    })
    payload = await variantPayload({ env: {} })
    editor = await signIn(payload, 'redaktor-sms@example.pl', ['editor'])
    area = await createArea(payload, `Lipowa ${stamp()}`)
  })

  afterAll(async () => {
    await clearSubscriptions(payload)
    await provider.close()
    await payload.destroy()
  })

  it('signs up by SMS, confirms with the code (a wrong one counts), and gets the alert’s short text with links', async () => {
    const phone = `60${String(Date.now()).slice(-7)}`
    const page = await signUp(`${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Wpisz kod z SMS-a')
    await runJobs()
    const [confirmation] = provider.to(phone)
    expect(confirmation).toMatchObject({ to: `48${phone}`, from: 'UG Lipowa' })
    expect(confirmation!.key).toMatch(/^[0-9a-f]{32}$/)
    const code = codeIn(confirmation!.text)!
    expect(code).toMatch(/^\d{6}$/)
    // Nothing in the database holds the code.
    const stored = await payload.find({
      collection: 'subscriptions',
      where: { address: { equals: `+48${phone}` } },
      overrideAccess: true,
    })
    expect(JSON.stringify(stored.docs)).not.toContain(code)

    const token = codeTokenIn(page.text)
    const wrong = await typeCode(token, code === '000000' ? '111111' : '000000')
    expect(wrong.status).toBe(400)
    expect(wrong.text).toContain('Kod się nie zgadza. Zostało prób: 4.')
    // The token alone does not confirm a sign-up by SMS: the e-mail's confirmation button refuses it.
    const button = await publicRequest(payload, 'POST', `${SUBSCRIBE}/potwierdz`, { t: token }, fromClient())
    expect(button.status).toBe(404)
    const right = await typeCode(token, code)
    expect(right.status).toBe(200)
    expect(right.text).toContain('Zapis potwierdzony')

    const shortText = 'Awaria wodociągu w Lipowej. Woda beczkowozem przy szkole od 14:00.'
    const alert = await publishAlert(shortText)
    const sms = provider.to(phone).at(-1)!
    expect(sms.text).toContain(`ALARM: ${shortText}`)
    expect(sms.text).toContain(`/komunikaty/${alert.slug}/`)
    // The SMS ends with a short manage link (every character is paid for) that leads to the manage page.
    const short = /Wypisz się: (http:\/\/127\.0\.0\.1:4399\/api\/public\/z\/\d+\.[\w-]{22})$/.exec(
      sms.text,
    )?.[1]
    expect(short).toBeDefined()
    const redirect = await publicRequest(payload, 'GET', short!, undefined, fromClient())
    expect(redirect.status).toBe(303)
    const manage = await publicRequest(
      payload,
      'GET',
      redirect.headers.get('Location')!,
      undefined,
      fromClient(),
    )
    expect(manage.text).toContain(`numer telefonu <strong>+48${phone}</strong>`)
    const forged = await publicRequest(payload, 'GET', `${short!.slice(0, -4)}AAAA`, undefined, fromClient())
    expect(forged.status).toBe(404)
    expect(provider.to(phone)).toHaveLength(2)
  })

  it('revokes a sign-up after five wrong codes', async () => {
    const phone = `61${String(Date.now()).slice(-7)}`
    const page = await signUp(phone)
    await runJobs()
    const code = codeIn(provider.to(phone)[0]!.text)!
    const wrongCode = code === '000000' ? '111111' : '000000'
    const token = codeTokenIn(page.text)
    for (let attempt = 1; attempt < 5; attempt++) expect((await typeCode(token, wrongCode)).status).toBe(400)
    const last = await typeCode(token, wrongCode)
    expect(last.text).toContain('Zbyt wiele błędnych kodów')
    expect((await typeCode(token, code)).status).toBe(404)
  })

  it('ends the SMS channel when the provider calls the number invalid, without the number in the delivery', async () => {
    const phone = `62${String(Date.now()).slice(-7)}`
    const page = await signUp(phone)
    await runJobs()
    expect((await typeCode(codeTokenIn(page.text), codeIn(provider.to(phone)[0]!.text)!)).status).toBe(200)
    provider.invalid.add(phone)
    await publishAlert('Silny wiatr do 90 km/h.')
    const [subscription] = (
      await payload.find({
        collection: 'subscriptions',
        where: { address: { equals: `+48${phone}` } },
        overrideAccess: true,
      })
    ).docs as unknown as { id: number; status: string; endReason: string }[]
    expect(subscription?.status).toBe('ended')
    expect(subscription?.endReason).toMatch(/SMSAPI 13/)
    const failed = await payload.find({
      collection: 'deliveries',
      where: { and: [{ subscription: { equals: subscription!.id } }, { state: { equals: 'failed' } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(failed.docs).toHaveLength(1)
    expect(JSON.stringify(failed.docs[0])).not.toContain(phone)
  })

  it('tells the site that the form may offer SMS', async () => {
    const answer = await rest(payload, 'GET', '/ratusz/sections')
    expect(answer.body.notificationChannels).toEqual(['email', 'sms', 'push'])
  })
})
