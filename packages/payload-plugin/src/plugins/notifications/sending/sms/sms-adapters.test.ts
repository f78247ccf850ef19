import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serwersmsAdapter } from './serwersms'
import { SmsError } from './sms-adapter'
import { smsapiAdapter } from './smsapi'
import { fakeSerwersms, fakeSmsapi } from './test-sms-providers'

const sms = {
  to: '+48600100200',
  text: 'Ostrzeżenie: silny wiatr. https://example.pl/k/',
  idempotencyKey: 'a1b2',
}

describe('the SMSAPI.pl adapter, against a server speaking its protocol', () => {
  let provider: Awaited<ReturnType<typeof fakeSmsapi>>
  beforeAll(async () => {
    provider = await fakeSmsapi('token-smsapi')
  })
  afterAll(() => provider.close())

  it('sends with the bearer token, the number without +, UTF-8, the sender and the idempotency key', async () => {
    const adapter = smsapiAdapter({
      token: 'token-smsapi',
      sender: 'UG Lipowa',
      apiUrl: `${provider.origin}/sms.do`,
    })
    const { id } = await adapter.send(sms)
    expect(id).toBeTruthy()
    expect(provider.accepted.at(-1)).toMatchObject({
      to: '48600100200',
      text: sms.text,
      from: 'UG Lipowa',
      key: 'a1b2',
    })
    // The same key again (a resend after a crash) is refused by the provider as a duplicate: sent once.
    await expect(adapter.send(sms)).resolves.toBeTruthy()
    expect(provider.to('600100200')).toHaveLength(1)
  })

  it('calls an invalid number a permanent failure, and a wrong token or an outage a temporary one', async () => {
    provider.invalid.add('600999999')
    const adapter = smsapiAdapter({ token: 'token-smsapi', apiUrl: `${provider.origin}/sms.do` })
    const invalid = await adapter.send({ ...sms, to: '+48600999999', idempotencyKey: 'x' }).catch((e) => e)
    expect(invalid).toBeInstanceOf(SmsError)
    expect(invalid).toMatchObject({ permanent: true, message: expect.stringMatching(/13/) })
    const wrongToken = smsapiAdapter({ token: 'wrong-token', apiUrl: `${provider.origin}/sms.do` })
    await expect(wrongToken.send({ ...sms, idempotencyKey: 'y' })).rejects.toMatchObject({
      permanent: false,
      message: expect.stringMatching(/101/),
    })
    provider.down = true
    await expect(adapter.send({ ...sms, idempotencyKey: 'z' })).rejects.toMatchObject({ permanent: false })
    provider.down = false
  })
})

describe('the SerwerSMS.pl adapter, against a server speaking its protocol', () => {
  let provider: Awaited<ReturnType<typeof fakeSerwersms>>
  beforeAll(async () => {
    provider = await fakeSerwersms('token-serwersms')
  })
  afterAll(() => provider.close())

  it('sends JSON with the bearer token, the number, the sender and its unique id', async () => {
    const adapter = serwersmsAdapter({
      token: 'token-serwersms',
      sender: 'UG Lipowa',
      apiUrl: `${provider.origin}/messages/send_sms`,
    })
    const { id } = await adapter.send(sms)
    expect(provider.accepted.at(-1)).toMatchObject({
      to: '+48600100200',
      text: sms.text,
      from: 'UG Lipowa',
      key: 'a1b2',
      id,
    })
  })

  it('calls an unsent (invalid) number a permanent failure, and an authorization error a temporary one', async () => {
    provider.invalid.add('600999999')
    const adapter = serwersmsAdapter({
      token: 'token-serwersms',
      apiUrl: `${provider.origin}/messages/send_sms`,
    })
    await expect(adapter.send({ ...sms, to: '+48600999999' })).rejects.toMatchObject({
      permanent: true,
      message: expect.stringMatching(/wrong_number/),
    })
    const wrongToken = serwersmsAdapter({
      token: 'wrong-token',
      apiUrl: `${provider.origin}/messages/send_sms`,
    })
    await expect(wrongToken.send(sms)).rejects.toMatchObject({
      permanent: false,
      message: expect.stringMatching(/AuthorizationFailed/),
    })
  })
})
