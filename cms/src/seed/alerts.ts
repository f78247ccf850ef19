import type { CollectionSlug, Payload } from 'payload'
import { demoAlertAttachments, demoAlerts, demoInstant } from './content/alerts'
import { demoPdf } from './files/pdfs'
import { demoBody } from './rich-text'
import { findOrCreate, type SeedTally } from './upsert'

type Doc = { id: number | string }

const alerts = 'alerts' as CollectionSlug

/**
 * The demo alerts: a flood warning for the "Zagrożenie powodziowe" group, a wind warning for the whole gmina,
 * a water outage in one village (all active), an expired road closure and a power cut announced for later.
 * Times are relative to `now`. Idempotent by title; areas are found by name (the seed creates them first).
 */
export const seedAlerts = async (payload: Payload, tally: SeedTally, now: Date, contactEmail: string) => {
  const attachments = new Map<string, Doc['id']>()
  for (const [key, pdf] of Object.entries(demoAlertAttachments)) {
    const doc = await findOrCreate<Doc>(
      payload,
      tally,
      'documents',
      { filename: { equals: `${key}.pdf` } },
      async () => {
        const data = await demoPdf(pdf)
        return (await payload.create({
          collection: 'documents',
          data: { title: pdf.title } as never,
          file: { data, mimetype: 'application/pdf', name: `${key}.pdf`, size: data.length },
        })) as Doc
      },
    )
    attachments.set(key, doc.id)
  }

  const areas = await payload.find({ collection: 'areas', limit: 1000, depth: 0, pagination: false })
  const areaId = new Map(areas.docs.map((area) => [(area as { name: string }).name, area.id]))

  for (const alert of demoAlerts) {
    await findOrCreate<Doc>(payload, tally, alerts, { title: { equals: alert.title } }, async () => {
      const publishedAt = demoInstant(now, Math.min(alert.fromHours, 0) - 1)
      return (await payload.create({
        collection: alerts,
        data: {
          title: alert.title,
          kind: alert.kind,
          severity: alert.severity,
          shortText: alert.shortText,
          body: demoBody(alert.paragraphs, contactEmail),
          attachments: alert.attachment ? [attachments.get(alert.attachment)] : [],
          areas: alert.areas.map((name) => areaId.get(name)).filter((id) => id !== undefined),
          validFrom: demoInstant(now, alert.fromHours),
          validUntil: alert.untilHours === undefined ? null : demoInstant(now, alert.untilHours),
          source: alert.source,
          publishedAt,
          _status: 'published',
        } as never,
      })) as Doc
    })
  }
}
