import { SmsError, type SmsAdapter } from './sms-adapter'

type SerwersmsAnswer = {
  success?: boolean
  queued?: number
  unsent?: number
  items?: { id: string; status?: string; error_code?: number; error_message?: string }[]
  error?: { code?: number; type?: string; message?: string }
}

/** How the CMS signs in to SerwerSMS.pl: an API token (Bearer), or an API user's name and password. */
export type SerwersmsCredentials = { token: string } | { username: string; password: string }

/**
 * SerwerSMS.pl (API v2, https://dev.serwersms.pl): `POST /messages/send_sms` with a JSON body of `phone`,
 * `text`, `sender` (a registered sender name: a FULL SMS), `utf: true` for Polish letters, `unique_id` (our
 * idempotency key, kept with the message) and `details: true`; signed in by `Authorization: Bearer <token>` or
 * by `username` and `password` in the body. Answers `{success, queued, unsent, items: [{id, status, …}]}`: an
 * item `unsent` is a number that cannot be sent to; a failed call answers `{error: {code, type, message}}`.
 */
export const serwersmsAdapter = (
  options: SerwersmsCredentials & { sender?: string; apiUrl?: string },
): SmsAdapter => ({
  name: 'serwersms',
  send: async (sms) => {
    const credentials = 'token' in options ? {} : { username: options.username, password: options.password }
    let response: Response
    try {
      response = await fetch(options.apiUrl ?? 'https://api2.serwersms.pl/messages/send_sms', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...('token' in options ? { Authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({
          ...credentials,
          phone: sms.to,
          text: sms.text,
          ...(options.sender ? { sender: options.sender } : {}),
          utf: true,
          details: true,
          unique_id: sms.idempotencyKey.slice(0, 255),
        }),
        signal: AbortSignal.timeout(30_000),
      })
    } catch (error) {
      throw new SmsError(`SerwerSMS: ${(error as Error).message}`)
    }
    const answer = (await response.json().catch(() => ({}))) as SerwersmsAnswer
    if (answer.error || !response.ok) {
      const { code, type, message } = answer.error ?? {}
      throw new SmsError(
        `SerwerSMS ${code ?? response.status} ${type ?? ''}: ${message ?? response.statusText}`,
      )
    }
    const item = answer.items?.[0]
    if (item?.status === 'unsent')
      throw new SmsError(`SerwerSMS ${item.error_code ?? ''}: ${item.error_message ?? 'nie wysłano'}`, true)
    if (!answer.success || !item?.id) throw new SmsError('SerwerSMS: odpowiedź bez identyfikatora wiadomości')
    return { id: item.id }
  },
})
