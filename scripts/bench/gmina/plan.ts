import type { Doc, LocalApi } from './local-api'

/** What a typical gmina publishes in a year (see the design's "Scale"); the generator multiplies by years × scale. */
const PER_YEAR = { articles: 200, events: 100, issues: 15, bipDocuments: 1000 } as const

type GminaCounts = Record<keyof typeof PER_YEAR, number>

export const gminaCounts = (years: number, scale: number): GminaCounts => ({
  articles: Math.round(PER_YEAR.articles * years * scale),
  events: Math.round(PER_YEAR.events * years * scale),
  issues: Math.round(PER_YEAR.issues * years * scale),
  bipDocuments: Math.round(PER_YEAR.bipDocuments * years * scale),
})

const YEAR = 365.25 * 86_400_000

/** The `index`-th of `count` instants spread evenly from `years` before `now` to `ahead` ms after it. */
export const spread = (index: number, count: number, years: number, now: Date, ahead = 0): Date => {
  const from = now.getTime() - years * YEAR
  const span = now.getTime() + ahead - from
  // whole minutes, at a daytime hour, so dates look like an office's
  const instant = new Date(from + ((index + 0.5) / count) * span)
  instant.setUTCHours(7 + (index % 9), (index * 15) % 60, 0, 0)
  return instant.getTime() > now.getTime() + ahead ? new Date(now.getTime() + ahead) : instant
}

type Id = Doc['id']

/** Ids of what the demo seed made, which generated records refer to. */
export type BaseRefs = {
  categories: Map<string, Id>
  areas: Map<string, Id>
  images: Id[]
  attachments: Id[]
  periodicals: Doc[]
  bipCategories: Map<string, Id>
  bipEditors: Doc[]
  bipFiles: Id[]
  contactEmail: string
}

const all = (api: LocalApi, collection: string, where?: Record<string, unknown>) =>
  api.find({ collection, where, depth: 0, pagination: false, limit: 0 }).then((result) => result.docs)

const byName = (docs: Doc[]) => new Map(docs.map((doc) => [String(doc.name), doc.id]))

export const readBaseRefs = async (api: LocalApi, contactEmail: string): Promise<BaseRefs> => ({
  categories: byName(await all(api, 'categories')),
  areas: byName(await all(api, 'areas')),
  images: (await all(api, 'media'))
    .filter((doc) => String(doc.filename).endsWith('.jpg'))
    .map((doc) => doc.id),
  attachments: (await all(api, 'documents')).map((doc) => doc.id),
  periodicals: await all(api, 'periodicals'),
  bipCategories: byName(await all(api, 'bip-categories')),
  bipEditors: (await all(api, 'users')).filter((user) => (user.roles as string[]).includes('bip-editor')),
  bipFiles: (await all(api, 'bip-files', { isPublic: { equals: true } })).map((doc) => doc.id),
  contactEmail,
})

/** Prints progress about every tenth of the way. */
export const progress = (label: string, total: number) => {
  const started = Date.now()
  let done = 0
  return () => {
    done += 1
    if (done === total || done % Math.max(1, Math.round(total / 10)) === 0) {
      const rate = done / ((Date.now() - started) / 1000)
      console.log(`  ${label}: ${done}/${total} (${rate.toFixed(1)}/s)`)
    }
  }
}
