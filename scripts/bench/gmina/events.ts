import { demoAreas } from '../../../cms/src/seed/content/areas'
import { demoEventTemplates } from '../../../cms/src/seed/content/events'
import { demoBody } from '../../../cms/src/seed/rich-text'
import { inPool } from '../lib/pool'
import type { LocalApi } from './local-api'
import { progress, spread, type BaseRefs } from './plan'

const villages = demoAreas.filter((area) => area.kind === 'solectwo').map((area) => area.name)
const DAY = 86_400_000
const AHEAD = 120 * DAY

/**
 * One-off events over the years and the next four months, made from the demo seed's event templates (numbered
 * titles keep slugs unique); every 25th cancelled. Through the Local API, so every hook runs.
 */
export const generateEvents = async (
  api: LocalApi,
  refs: BaseRefs,
  { count, years, now, concurrency }: { count: number; years: number; now: Date; concurrency: number },
) => {
  const tick = progress('events', count)
  await inPool(
    Array.from({ length: count }, (_, index) => index),
    concurrency,
    async (index) => {
      const template = demoEventTemplates[index % demoEventTemplates.length]!
      const place = villages[index % villages.length]!
      const day = spread(index, count, years, now, AHEAD)
      const start = new Date(day)
      if (template.allDay) start.setUTCHours(0, 0, 0, 0)
      else start.setUTCHours(template.hour - 1, template.minute ?? 0, 0, 0)
      const end = template.allDay
        ? new Date(start.getTime() + (template.length - 1) * DAY)
        : new Date(start.getTime() + template.length * 60_000)
      const organiser = template.organiser ?? { kind: 'gmina' }
      const area = refs.areas.get(place)
      await api.create({
        collection: 'events',
        depth: 0,
        data: {
          title: `${template.title(place)} (${index + 1})`,
          lead: template.lead(place),
          body: demoBody(
            [template.lead(place), 'Szczegóły u organizatora i w urzędzie gminy.'],
            refs.contactEmail,
          ),
          allDay: Boolean(template.allDay),
          start: start.toISOString(),
          end: end.toISOString(),
          place: { name: template.placeName(place), address: template.address(place) },
          organiser:
            organiser.kind === 'area' ? (area ? { kind: 'area', area } : { kind: 'gmina' }) : organiser,
          categories: [refs.categories.get(template.category)].filter(Boolean),
          areas: template.local && area ? [area] : [],
          price: template.price ? { free: false, amount: template.price } : { free: true },
          ...(index % 25 === 7
            ? { status: 'cancelled', statusNote: 'Wydarzenie odwołane przez organizatora.' }
            : {}),
          _status: 'published',
        },
      })
      tick()
    },
  )
}
