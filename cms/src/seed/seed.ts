import type { Payload } from 'payload'
import { seedBip } from './bip'
import { transliterate } from '@ratusz/payload-plugin'
import { seedAlerts } from './alerts'
import { seedAccessibilityStatement } from './accessibility'
import { demoAreas } from './content/areas'
import { demoAttachments } from './content/articles'
import { demoCategories } from './content/categories'
import { demoQuickLinks, demoSettings } from './content/settings'
import { demoReportCategories } from './content/report-categories'
import { demoSubscriptionGroups } from './content/subscription-groups'
import { seedEvents } from './events'
import { demoCoatOfArms, demoImage } from './files/images'
import { demoPdf } from './files/pdfs'
import { seedPeriodicals } from './periodicals'
import { planArticles } from './plan'
import { demoBody } from './rich-text'
import { findOrCreate, type SeedTally } from './upsert'

type SeedOptions = { adminEmail: string; adminPassword: string; now?: Date }

type Id = number | string
type Doc = { id: Id }

const authors = ['Anna Kowalczyk, Referat Promocji', 'Piotr Nowak, sekretarz gminy', 'Referat Promocji Gminy']

/**
 * Builds the demo gmina "Lipowa Wola": settings, areas, categories, images, PDF attachments and three years
 * of news with drafts and a scheduled article. Idempotent: what exists (by email, name, filename or title) is
 * kept, so a second run creates nothing.
 */
export const seedDemo = async (payload: Payload, options: SeedOptions): Promise<SeedTally> => {
  const tally: SeedTally = { created: 0, kept: 0 }
  const now = options.now ?? new Date()

  await findOrCreate(payload, tally, 'users', { email: { equals: options.adminEmail } }, () =>
    payload.create({
      collection: 'users',
      data: {
        email: options.adminEmail,
        password: options.adminPassword,
        name: 'Katarzyna Zielińska',
        roles: ['admin'],
      } as never,
    }),
  )

  const upload = async (
    collection: 'media' | 'documents',
    filename: string,
    mimetype: string,
    data: Record<string, unknown>,
    bytes: () => Promise<Buffer>,
  ) =>
    findOrCreate<Doc>(payload, tally, collection, { filename: { equals: filename } }, async () => {
      const buffer = await bytes()
      return (await payload.create({
        collection,
        data: data as never,
        file: { data: buffer, mimetype, name: filename, size: buffer.length },
      })) as Doc
    })

  const coat = await upload(
    'media',
    'herb-gminy-lipowa-wola.png',
    'image/png',
    { alt: 'Herb Gminy Lipowa Wola: zielona lipa na niebieskiej tarczy' },
    demoCoatOfArms,
  )
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { ...demoSettings, coatOfArms: coat.id } as never,
  })

  const areas = new Map<string, Id>()
  for (const area of demoAreas) {
    const doc = await findOrCreate<Doc>(
      payload,
      tally,
      'areas',
      { name: { equals: area.name } },
      async () => (await payload.create({ collection: 'areas', data: area as never })) as Doc,
    )
    areas.set(area.name, doc.id)
  }

  if ('subscription-groups' in payload.collections)
    for (const group of demoSubscriptionGroups)
      await findOrCreate(payload, tally, 'subscription-groups', { name: { equals: group.name } }, () =>
        payload.create({ collection: 'subscription-groups', data: group as never }),
      )

  if ('report-categories' in payload.collections)
    for (const category of demoReportCategories)
      await findOrCreate(payload, tally, 'report-categories', { name: { equals: category.name } }, () =>
        payload.create({ collection: 'report-categories', data: category as never }),
      )

  const categories = new Map<string, Id>()
  for (const category of demoCategories) {
    const doc = await findOrCreate<Doc>(
      payload,
      tally,
      'categories',
      { name: { equals: category.name } },
      async () => (await payload.create({ collection: 'categories', data: category as never })) as Doc,
    )
    categories.set(category.name, doc.id)
  }

  const planned = planArticles(now)
  const images = new Map<string, Id>()
  const imageSubjects = [
    ...new Set(planned.flatMap((article) => (article.topic.image ? [article.topic.image] : []))),
  ]
  for (const [index, subject] of imageSubjects.entries()) {
    const doc = await upload(
      'media',
      `${transliterate(subject)}.jpg`,
      'image/jpeg',
      { alt: `Zdjęcie ilustracyjne: ${subject.toLowerCase()}` },
      () => demoImage(subject, index),
    )
    images.set(subject, doc.id)
  }

  const attachments = new Map<string, Id>()
  for (const [key, pdf] of Object.entries(demoAttachments)) {
    const doc = await upload('documents', `${key}.pdf`, 'application/pdf', { title: pdf.title }, () =>
      demoPdf(pdf),
    )
    attachments.set(key, doc.id)
  }

  for (const [index, article] of planned.entries()) {
    const { topic, place, publishedAt } = article
    const year = publishedAt.getUTCFullYear()
    const doc = await findOrCreate<Doc>(
      payload,
      tally,
      'articles',
      { title: { equals: article.title } },
      async () =>
        (await payload.create({
          collection: 'articles',
          draft: article.status !== 'published',
          data: {
            title: article.title,
            lead: topic.lead(place, year),
            body: demoBody(topic.paragraphs(place, year), demoSettings.contacts.email),
            cover: topic.image ? images.get(topic.image) : undefined,
            categories: topic.categories.map((name) => categories.get(name)),
            areas: topic.local ? [areas.get(place)] : [],
            attachments: topic.attachment ? [attachments.get(topic.attachment)] : [],
            featured: article.status === 'published' && index % 9 === 0,
            author: authors[index % authors.length],
            publishedAt: publishedAt.toISOString(),
            // as written then, not "updated" on the day of the seed (the Local API may set timestamps)
            createdAt: article.updatedAt.toISOString(),
            updatedAt: article.updatedAt.toISOString(),
            _status: article.status === 'published' ? 'published' : 'draft',
          } as never,
        })) as Doc,
    )
    if (article.status === 'scheduled') await scheduleOnce(payload, doc.id, publishedAt)
  }
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { quickLinks: demoQuickLinks(await latestScheduleSlug(payload, planned)) } as never,
  })
  await seedAlerts(payload, tally, now, demoSettings.contacts.email)
  await seedEvents(payload, tally, now)
  await seedPeriodicals(payload, tally, now)
  await seedBip(payload, tally, { password: options.adminPassword, now })
  await seedAccessibilityStatement(payload, tally, now)
  return tally
}

/** Queues Payload's own scheduled-publish job for the article unless one is already waiting. */
/** The slug of the newest published article with the waste collection schedule (the home page links to it). */
const latestScheduleSlug = async (
  payload: Payload,
  planned: ReturnType<typeof planArticles>,
): Promise<string | undefined> => {
  const newest = planned
    .filter((article) => article.status === 'published' && article.topic.attachment === 'harmonogram')
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())[0]
  if (!newest) return undefined
  const found = await payload.find({
    collection: 'articles',
    where: { title: { equals: newest.title } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  return (found.docs[0] as { slug?: string } | undefined)?.slug
}

const scheduleOnce = async (payload: Payload, id: Id, at: Date): Promise<void> => {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { 'input.doc.value': { equals: String(id) } },
      ],
    },
    limit: 1,
  })
  if (waiting.docs.length > 0) return
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) } },
    waitUntil: at,
  } as never)
}
