import { demoAreas } from '../../../cms/src/seed/content/areas'
import { demoTopics } from '../../../cms/src/seed/content/articles'
import { demoBody } from '../../../cms/src/seed/rich-text'
import { inPool } from '../lib/pool'
import type { LocalApi } from './local-api'
import { progress, spread, type BaseRefs } from './plan'

const villages = demoAreas.filter((area) => area.kind === 'solectwo').map((area) => area.name)
const authors = ['Anna Kowalczyk, Referat Promocji', 'Piotr Nowak, sekretarz gminy', 'Referat Promocji Gminy']

/**
 * Published news over the years, made from the demo seed's yearly topics (a numbered title keeps every slug
 * unique), with the seed's categories, areas, images and attachments; through the Local API, so every hook runs.
 */
export const generateArticles = async (
  api: LocalApi,
  refs: BaseRefs,
  { count, years, now, concurrency }: { count: number; years: number; now: Date; concurrency: number },
) => {
  const tick = progress('articles', count)
  await inPool(
    Array.from({ length: count }, (_, index) => index),
    concurrency,
    async (index) => {
      const topic = demoTopics[index % demoTopics.length]!
      const publishedAt = spread(index, count, years, now)
      const year = publishedAt.getUTCFullYear()
      const place = villages[index % villages.length]!
      await api.create({
        collection: 'articles',
        depth: 0,
        data: {
          title: `${topic.title(place, year)} (komunikat ${index + 1})`,
          lead: topic.lead(place, year),
          body: demoBody(topic.paragraphs(place, year), refs.contactEmail),
          cover: index % 3 === 0 ? refs.images[index % refs.images.length] : undefined,
          categories: topic.categories.map((name) => refs.categories.get(name)).filter(Boolean),
          areas: topic.local && refs.areas.has(place) ? [refs.areas.get(place)] : [],
          attachments:
            topic.attachment && refs.attachments.length > 0
              ? [refs.attachments[index % refs.attachments.length]]
              : [],
          featured: index % 40 === 0,
          author: authors[index % authors.length],
          publishedAt: publishedAt.toISOString(),
          _status: 'published',
        },
      })
      tick()
    },
  )
}
