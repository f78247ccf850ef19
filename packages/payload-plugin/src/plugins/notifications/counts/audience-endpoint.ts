import type { Endpoint } from 'payload'
import { canUsePanel } from '../../../shared/access'
import { alertRecipients } from '../sending/plan-alert'

/** Where the alert form asks how many residents a notification would reach. */
export const AUDIENCE_PATH = '/ratusz/powiadomienia/odbiorcy'

/**
 * `GET /api/ratusz/powiadomienia/odbiorcy?rodzaj=powodz&obszary=3,4`: how many active subscribers an alert of
 * this kind for these areas (none: the whole gmina) would reach, by channel, so an editor sees it before
 * publishing. For signed-in staff; counts only.
 */
export const audienceEndpoint = (): Endpoint => ({
  path: AUDIENCE_PATH,
  method: 'get',
  handler: async (req) => {
    if (!canUsePanel({ req }))
      return Response.json({ errors: [{ message: 'Zaloguj się.' }] }, { status: 403 })
    const params = new URL(req.url ?? 'http://localhost/').searchParams
    const areas = (params.get('obszary') ?? '').split(',').filter((id) => /^\d{1,18}$/.test(id))
    const recipients = await alertRecipients(req.payload, {
      id: 0,
      title: '',
      severity: '',
      kind: params.get('rodzaj') ?? '',
      areas,
    })
    const byChannel: Record<string, number> = {}
    for (const recipient of recipients) byChannel[recipient.channel] = (byChannel[recipient.channel] ?? 0) + 1
    return Response.json(
      { total: recipients.length, byChannel },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
})
