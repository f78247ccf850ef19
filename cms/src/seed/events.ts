import type { Payload } from 'payload'
import { transliterate } from '@ratusz/payload-plugin'
import { planEvents } from './plan-events'
import { recurrenceData } from './planned-event'
import { demoBody } from './rich-text'
import { findOrCreate, type SeedTally } from './upsert'

type Id = number | string
type Doc = { id: Id }

/** Seeds the demo events (idempotent: an event whose title exists is kept). */
export const seedEvents = async (payload: Payload, tally: SeedTally, now: Date): Promise<void> => {
  const idOf = async (collection: 'areas' | 'categories', name: string): Promise<Id | undefined> =>
    (await payload.find({ collection, where: { name: { equals: name } }, limit: 1, depth: 0 })).docs[0]?.id
  // the seed uploads the articles' photos as `<subject>.jpg` before the events
  const imageOf = async (subject: string): Promise<Id | undefined> =>
    (
      await payload.find({
        collection: 'media',
        where: { filename: { equals: `${transliterate(subject)}.jpg` } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]?.id
  for (const event of planEvents(now)) {
    const {
      paragraphs,
      contactEmail,
      organiserPlace,
      imageSubject,
      categoryName,
      areaNames,
      draft,
      ...fields
    } = event
    const organiserArea = await idOf('areas', organiserPlace ?? '')
    // an area organises only when it exists; otherwise the gmina does
    const organiser =
      fields.organiser.kind !== 'area'
        ? fields.organiser
        : organiserArea
          ? { kind: 'area', area: organiserArea }
          : { kind: 'gmina' }
    const areaIds = await Promise.all(areaNames.map((name) => idOf('areas', name)))
    await findOrCreate<Doc>(
      payload,
      tally,
      'events',
      { title: { equals: fields.title } },
      async () =>
        (await payload.create({
          collection: 'events',
          draft,
          data: {
            ...fields,
            body: demoBody(paragraphs, contactEmail),
            start: fields.start.toISOString(),
            end: fields.end.toISOString(),
            registration: fields.registration && {
              url: fields.registration.url,
              deadline: fields.registration.deadline.toISOString(),
            },
            recurrence: fields.recurrence && recurrenceData(fields.recurrence),
            organiser,
            categories: [await idOf('categories', categoryName)].filter(Boolean),
            areas: areaIds.filter(Boolean),
            image: imageSubject ? await imageOf(imageSubject) : undefined,
            _status: draft ? 'draft' : 'published',
          } as never,
        })) as Doc,
    )
  }
}
