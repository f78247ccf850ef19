/**
 * Benchmark data: a large gmina in a PostgreSQL database. The demo seed first (settings, areas, categories, images,
 * periodicals, the BIP tree and editors), then years of articles, events, periodical issues and BIP documents,
 * all through Payload's Local API so every hook runs (slugs, BIP register, upload checks) and the site builds
 * from the result. Per year: 200 articles, 100 events, 15 issues, 1,000 BIP documents, times --scale.
 *
 *   pnpm exec tsx scripts/bench/generate-gmina.ts [--years 20] [--scale 1] [--concurrency 4]
 *     [--database postgres://…/bench_dev] [--process-pdfs]
 *
 * The database must exist and hold no generated gmina yet (`createdb -h 127.0.0.1 -U postgres bench_dev`);
 * the schema is pushed (RATUSZ_SCHEMA_PUSH, default true here). Uploads go to $BENCH_TMP/uploads.
 */
import { adminCredentials } from '../../cms/src/seed/admin-credentials'
import { demoSettings } from '../../cms/src/seed/content/settings'
import { numberArg, readArgs } from './lib/args'
import { benchCmsEnv, benchDatabaseUrl, machine } from './lib/bench-env'
import { printTable, seconds } from './lib/table'
import { generateArticles } from './gmina/articles'
import { generateBipDocuments } from './gmina/bip'
import { generateEvents } from './gmina/events'
import { generateIssues } from './gmina/issues'
import { connectLocalApi, seedBase } from './gmina/local-api'
import { gminaCounts, readBaseRefs } from './gmina/plan'

const args = readArgs()
const years = numberArg(args, 'years', 20)
const scale = numberArg(args, 'scale', 1)
const concurrency = numberArg(args, 'concurrency', 4)
const database = args.get('database') ?? benchDatabaseUrl
Object.assign(process.env, benchCmsEnv(), { DATABASE_URL: database })

const counts = gminaCounts(years, scale)
console.log(
  `Generating a gmina of ${years} years at scale ${scale} into ${database.replace(/\/\/[^@]*@/, '//')}`,
)
console.log(`${machine()}; ${concurrency} Local API operations at a time`)

const api = await connectLocalApi()
const already = await api.count({ collection: 'articles', where: { title: { like: '(komunikat 1)' } } })
if (already.totalDocs > 0) {
  console.error('This database already holds a generated gmina: generate into a new, empty database.')
  process.exit(1)
}
const now = new Date()
const rows: (string | number)[][] = []
const timed = async (label: string, records: number, work: () => Promise<unknown>) => {
  const started = Date.now()
  await work()
  const ms = Date.now() - started
  rows.push([label, records, seconds(ms), records > 0 ? (records / (ms / 1000)).toFixed(1) : '–'])
}

const { adminEmail, adminPassword } = adminCredentials()
await timed('demo seed (base)', 0, () => seedBase(api, adminEmail, adminPassword))
const refs = await readBaseRefs(api, demoSettings.contacts.email)
const options = { years, now, concurrency }
await timed('articles', counts.articles, () =>
  generateArticles(api, refs, { ...options, count: counts.articles }),
)
await timed('events', counts.events, () => generateEvents(api, refs, { ...options, count: counts.events }))
const processPdfs = args.has('process-pdfs')
await timed(`issues (PDF reading ${processPdfs ? 'included' : 'skipped'})`, counts.issues, () =>
  generateIssues(api, refs, { ...options, count: counts.issues, processPdfs }),
)
await timed('BIP documents', counts.bipDocuments, () =>
  generateBipDocuments(api, refs, { ...options, count: counts.bipDocuments }),
)
// The publish job every change queued: the benches publish by themselves.
await api.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishSite' } } })

const total = async (collection: string) => (await api.count({ collection })).totalDocs
console.log('')
printTable(['step', 'records', 'time', 'records/s'], rows)
console.log(
  `\nIn the database: ${await total('articles')} articles, ${await total('events')} events, ` +
    `${await total('newsletter-issues')} issues, ${await total('bip-documents')} BIP documents, ` +
    `${await total('bip-changes')} BIP register entries.`,
)
process.exit(0)
