import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One SMS a fake provider accepted. */
export type AcceptedSms = { to: string; text: string; from?: string; key?: string; id: string }

/**
 * A local HTTP server that speaks one SMS provider's protocol, for tests: it checks the credentials, reads the
 * message as the provider documents it, and answers with the provider's JSON shapes for success and errors.
 * Numbers in `invalid` are refused as the provider refuses a number that is not a mobile one; while `down`, it
 * answers 503. A repeated idempotency key is answered as the provider answers it.
 */
const fakeProvider = async (
  handle: (
    request: { headers: http.IncomingHttpHeaders; url: string; body: string },
    state: { accepted: AcceptedSms[]; invalid: Set<string> },
  ) => { status: number; json: unknown },
) => {
  const accepted: AcceptedSms[] = []
  const invalid = new Set<string>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const { status, json } = fake.down
        ? { status: 503, json: { message: 'Service Unavailable' } }
        : handle(
            { headers: req.headers, url: req.url ?? '/', body: Buffer.concat(chunks).toString('utf8') },
            { accepted, invalid },
          )
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(json))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const fake = {
    origin: `http://127.0.0.1:${port}`,
    accepted,
    invalid,
    down: false,
    to: (number: string) =>
      accepted.filter((sms) => sms.to.replace(/^\+?48/, '') === number.replace(/^\+?48/, '')),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  return fake
}

/**
 * SMSAPI.pl's `POST /sms.do`: `Authorization: Bearer <token>`, form fields `to`, `message`, `from`,
 * `encoding=utf-8`, `format=json`, `idx` and `check_idx`. Answers `{count, list: [{id, points, number, …}]}`;
 * errors `{error, message}` (101 authorization, 13 no valid number, 53 idx already used).
 */
export const fakeSmsapi = (token: string) =>
  fakeProvider(({ headers, url, body }, { accepted, invalid }) => {
    if (!url.startsWith('/sms.do')) return { status: 404, json: { error: 404, message: 'Not found' } }
    if (headers.authorization !== `Bearer ${token}`)
      return { status: 401, json: { error: 101, message: 'Authorization failed' } }
    if (!String(headers['content-type']).startsWith('application/x-www-form-urlencoded'))
      return { status: 400, json: { error: 8, message: 'Error in request' } }
    const form = new URLSearchParams(body)
    if (form.get('format') !== 'json' || form.get('encoding') !== 'utf-8' || !form.get('message'))
      return { status: 200, json: { error: 8, message: 'Error in request' } }
    const to = form.get('to') ?? ''
    if (!/^48\d{9}$/.test(to) || invalid.has(to.slice(2)))
      return { status: 200, json: { error: 13, message: 'No correct phone numbers' } }
    const idx = form.get('idx') ?? undefined
    if (idx && form.get('check_idx') === '1' && accepted.some((sms) => sms.key === idx))
      return { status: 200, json: { error: 53, message: 'Not unique idx' } }
    const id = `${Date.now()}${accepted.length}`
    accepted.push({ to, text: form.get('message')!, from: form.get('from') ?? undefined, key: idx, id })
    return {
      status: 200,
      json: {
        count: 1,
        list: [
          {
            id,
            points: 0.16,
            number: to,
            date_sent: Math.floor(Date.now() / 1000),
            submitted_number: to,
            status: 'QUEUE',
            error: null,
            idx: idx ?? null,
          },
        ],
      },
    }
  })

/**
 * SerwerSMS.pl's `POST /messages/send_sms` (API v2): a JSON body with `phone`, `text`, `sender`, `utf`,
 * `unique_id`, signed in by `Authorization: Bearer <token>`. Answers `{success, queued, unsent, items: [{id,
 * phone, status, …}]}` (an unusable number is an item `unsent`); errors `{error: {code, type, message}}`.
 */
export const fakeSerwersms = (token: string) =>
  fakeProvider(({ headers, url, body }, { accepted, invalid }) => {
    if (!url.startsWith('/messages/send_sms'))
      return { status: 404, json: { error: { code: 404, type: 'NotFound', message: 'Not found' } } }
    if (headers.authorization !== `Bearer ${token}`)
      return {
        status: 401,
        json: { error: { code: 1001, type: 'AuthorizationFailed', message: 'Authorization failed' } },
      }
    let message: { phone?: string; text?: string; sender?: string; utf?: boolean; unique_id?: string }
    try {
      message = JSON.parse(body)
    } catch {
      return {
        status: 400,
        json: { error: { code: 2000, type: 'ValidationError', message: 'Invalid JSON' } },
      }
    }
    if (!message.phone || !message.text)
      return {
        status: 400,
        json: { error: { code: 2000, type: 'ValidationError', message: 'Missing phone' } },
      }
    const phone = message.phone
    if (invalid.has(phone.replace(/^\+48/, '')))
      return {
        status: 200,
        json: {
          success: true,
          queued: 0,
          unsent: 1,
          items: [{ id: '0', phone, status: 'unsent', error_code: 4001, error_message: 'wrong_number' }],
        },
      }
    const repeated = accepted.find((sms) => message.unique_id && sms.key === message.unique_id)
    const id = repeated?.id ?? Math.random().toString(16).slice(2, 12)
    if (!repeated)
      accepted.push({ to: phone, text: message.text, from: message.sender, key: message.unique_id, id })
    return {
      status: 200,
      json: {
        success: true,
        queued: 1,
        unsent: 0,
        items: [
          { id, phone, status: 'queued', queued: new Date().toISOString(), parts: 1, text: message.text },
        ],
      },
    }
  })
