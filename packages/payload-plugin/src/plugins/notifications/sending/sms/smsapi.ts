import { SmsError, type SmsAdapter } from './sms-adapter'

/** SMSAPI.pl's error codes that mean the number itself is wrong (13: no valid number; 14 is the sender). */
const INVALID_NUMBER_ERRORS = new Set([13])
/** The code SMSAPI.pl answers when a message with this `idx` was already accepted (with `check_idx=1`). */
const ALREADY_SENT_ERROR = 53

type SmsapiAnswer = {
  count?: number
  list?: { id: string; status?: string; error?: string | number | null }[]
  error?: number
  message?: string
}

/**
 * SMSAPI.pl (https://www.smsapi.pl/docs): `POST /sms.do` with an OAuth token as `Authorization: Bearer`, form
 * fields `to`, `message`, `from` (a sender name registered with SMSAPI; none sends from their default),
 * `encoding=utf-8`, `format=json`, and `idx` with `check_idx=1` so a message resent after a crash is refused as
 * a duplicate instead of sent twice. Answers `{count, list: [{id, …}]}`, or `{error, message}`.
 */
export const smsapiAdapter = (options: { token: string; sender?: string; apiUrl?: string }): SmsAdapter => ({
  name: 'smsapi',
  send: async (sms) => {
    const body = new URLSearchParams({
      to: sms.to.replace(/^\+/, ''),
      message: sms.text,
      encoding: 'utf-8',
      format: 'json',
      idx: sms.idempotencyKey.slice(0, 255),
      check_idx: '1',
      ...(options.sender ? { from: options.sender } : {}),
    })
    let response: Response
    try {
      response = await fetch(options.apiUrl ?? 'https://api.smsapi.pl/sms.do', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${options.token}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body,
        signal: AbortSignal.timeout(30_000),
      })
    } catch (error) {
      throw new SmsError(`SMSAPI: ${(error as Error).message}`)
    }
    const answer = (await response.json().catch(() => ({}))) as SmsapiAnswer
    if (answer.error === ALREADY_SENT_ERROR) return { id: `idx:${sms.idempotencyKey}` }
    if (answer.error !== undefined || !response.ok) {
      const code = answer.error ?? response.status
      throw new SmsError(
        `SMSAPI ${code}: ${answer.message ?? response.statusText}`,
        INVALID_NUMBER_ERRORS.has(Number(answer.error)),
      )
    }
    const sent = answer.list?.[0]
    if (!sent?.id) throw new SmsError('SMSAPI: odpowiedź bez identyfikatora wiadomości')
    return { id: sent.id }
  },
})
