import type { Endpoint } from 'payload'
import { canUsePanel } from '../../../shared/access'
import { itemRecipients } from '../sending/item-recipients'
import { alertRecipients } from '../sending/plan-alert'

/** Where the forms of alerts, articles and events ask how many residents a notification would reach. */
export const AUDIENCE_PATH = '/ratusz/powiadomienia/odbiorcy'

/** The audience of a notification: how many in all, by channel, and how many get it in a digest (by channel). */
export type Audience = {
  total: number
  byChannel: Record<string, number>
  inDigest: number
  inDigestByChannel: Record<string, number>
}

const idList = (value: string | null) => (value ?? '').split(',').filter((id) => /^\d{1,18}$/.test(id))

/**
 * `GET /api/ratusz/powiadomienia/odbiorcy?temat=alerts&rodzaj=powodz&obszary=3,4` (an alert of this kind for
 * these areas; none: the whole gmina) or `?temat=news&obszary=3&kategorie=7` (an article; `events` an event):
 * how many active subscribers the notification would reach, by channel, and how many of them get it in their
 * daily or weekly digest, so an editor sees it before publishing. For signed-in staff; counts only.
 */
export const audienceEndpoint = (): Endpoint => ({
  path: AUDIENCE_PATH,
  method: 'get',
  handler: async (req) => {
    if (!canUsePanel({ req }))
      return Response.json({ errors: [{ message: 'Zaloguj się.' }] }, { status: 403 })
    const params = new URL(req.url ?? 'http://localhost/').searchParams
    const topic = params.get('temat') ?? 'alerts'
    const areas = idList(params.get('obszary'))
    const recipients: { channel: string; frequency?: string | null }[] =
      topic === 'news' || topic === 'events'
        ? await itemRecipients(req.payload, topic, { areas, categories: idList(params.get('kategorie')) })
        : await alertRecipients(req.payload, {
            id: 0,
            title: '',
            severity: '',
            kind: params.get('rodzaj') ?? '',
            areas,
          })
    const audience: Audience = { total: recipients.length, byChannel: {}, inDigest: 0, inDigestByChannel: {} }
    for (const recipient of recipients) {
      audience.byChannel[recipient.channel] = (audience.byChannel[recipient.channel] ?? 0) + 1
      if (topic !== 'alerts' && recipient.frequency && recipient.frequency !== 'immediately')
        audience.inDigest += 1
    }
    return Response.json(audience, { headers: { 'Cache-Control': 'no-store' } })
  },
})
