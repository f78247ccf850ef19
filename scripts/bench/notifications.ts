/**
 * Benchmark: residents' notifications on one CMS process, with a real SMTP server on loopback.
 *
 * 1. Sign-up storm: the public sign-up endpoint at `--rate` requests/s (default 200) for `--duration` s
 *    (default 30), each a new address from its own client address, plus one client in 20 sending from a single
 *    address (those get the intended 429s); response time percentiles and statuses. The load comes from a
 *    process of its own (`lib/load-in-child.ts`), as residents' browsers would.
 * 2. Fan-out: an alarm for the whole gmina to `--subscribers` e-mail subscribers (default 10,000): time from
 *    publishing to the last message accepted by the SMTP server, and the REST API's p95 for editors meanwhile
 *    (articles list, 10 clients) against the same before.
 *
 * It works on its own database (`BENCH_NOTIFY_DATABASE_URL`, default …/bench_notify, dropped and created) with the
 * committed migrations, and sends at `RATUSZ_EMAILS_PER_SECOND` (default here 200; a gmina sets its server's).
 *
 *   pnpm exec tsx scripts/bench/notifications.ts [--subscribers 10000] [--rate 200] [--duration 30]
 *
 * `--storm-only` runs the sign-up storm alone.
 */
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import type { Server } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoDir } from '../lib/paths'
import { numberArg, readArgs } from './lib/args'
import { machine } from './lib/bench-env'
import { describeStatuses, loadInChild } from './lib/load-in-child'
import { percentile, printTable, seconds } from './lib/table'

const args = readArgs()
const subscribers = numberArg(args, 'subscribers', 10_000)
const rate = numberArg(args, 'rate', 200)
const duration = numberArg(args, 'duration', 30)
const apiPort = Number(process.env.BENCH_API_PORT ?? 3530)
const databaseUrl = process.env.BENCH_NOTIFY_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_notify'

// The database and the CMS's environment, before the CMS's modules read it.
const database = new URL(databaseUrl)
const psql = (sql: string) =>
  execFileSync('psql', [
    '-h',
    database.hostname,
    '-p',
    database.port || '5432',
    '-U',
    database.username || 'postgres',
    '-q',
    '-c',
    sql,
    'postgres',
  ])
psql(`DROP DATABASE IF EXISTS ${database.pathname.slice(1)}`)
psql(`CREATE DATABASE ${database.pathname.slice(1)}`)
/** A module of the workspace loaded at run time (the CMS keeps its own tsconfig and types), typed by its use. */
const load = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(path.join(repoDir, file)).href)) as T

type Inbox = { url: string; received: { to: string[] }[]; close: () => Promise<void> }
const { smtpInbox } = await load<{ smtpInbox: (options: { parse: boolean }) => Promise<Inbox> }>(
  'cms/tests/support/smtp-inbox.ts',
)
const inbox = await smtpInbox({ parse: false })
Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-secret-0123456789abcdef0123456789',
  RATUSZ_SMTP_URL: inbox.url,
  RATUSZ_EMAILS_PER_SECOND: process.env.RATUSZ_EMAILS_PER_SECOND ?? '200',
  RATUSZ_JOBS_AUTORUN: 'false',
  RATUSZ_SITE_URL: 'http://127.0.0.1:3531',
})
/** The part of Payload's Local API the bench uses. */
type Payload = {
  secret: string
  db: { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
  create: (args: {
    collection: string
    data: Record<string, unknown>
    overrideAccess: boolean
  }) => Promise<unknown>
  delete: (args: {
    collection: string
    where: Record<string, unknown>
    overrideAccess: boolean
  }) => Promise<unknown>
  jobs: { run: (args: { queue: string; limit: number }) => Promise<unknown> }
  destroy: () => Promise<void>
}
const { getMigratedPayload } = await load<{ getMigratedPayload: () => Promise<Payload> }>(
  'cms/src/migrated-payload.ts',
)
const { startApiServer } = await load<{
  startApiServer: (payload: Payload, port: number) => Promise<Server>
}>('cms/src/dev/api-server.ts')
// Every query the CMS sends to PostgreSQL is counted (pg's Client, as the Postgres adapter resolves it), for
// the queries per sign-up.
const pgFromAdapter = createRequire(
  createRequire(path.join(repoDir, 'cms/package.json')).resolve('@payloadcms/db-postgres'),
)
const pg = pgFromAdapter('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } }
let queries = 0
const query = pg.Client.prototype.query
pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
  queries += 1
  return query.apply(this, args)
}
const payload = await getMigratedPayload()
const server = await startApiServer(payload, apiPort)
const api = `http://127.0.0.1:${apiPort}`

console.log(`${machine()}; PostgreSQL on loopback, SMTP server (smtp-server) in the bench process`)

// 1. The sign-up storm.
const queriesBefore = queries
const storm = await loadInChild({
  url: `${api}/api/public/powiadomienia`,
  method: 'POST',
  overallRate: rate,
  duration,
  signUps: { secret: payload.secret },
})
const storedSignUps = storm.statuses['200'] ?? 0
console.log(
  `PostgreSQL queries per accepted sign-up: ${((queries - queriesBefore) / Math.max(1, storedSignUps)).toFixed(1)} (the job queue idle)`,
)
printTable(
  ['sign-up storm', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'statuses'],
  [
    [
      `${rate}/s for ${duration} s`,
      storm.requests,
      (storm.requests / duration).toFixed(0),
      percentile(storm.times, 0.5).toFixed(1),
      percentile(storm.times, 0.95).toFixed(1),
      percentile(storm.times, 0.99).toFixed(1),
      describeStatuses(storm.statuses),
    ],
  ],
)

if (args.get('storm-only') === 'true') {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await inbox.close()
  await payload.destroy()
  process.exit(0)
}

// 2. The fan-out: subscribers written straight into the database (a year of sign-ups), then one alarm. The
// storm's last requests finish first, and its confirmation messages are left out.
await new Promise((resolve) => setTimeout(resolve, 5000))
const db = payload.db
for (const table of ['deliveries', 'payload_jobs', 'subscriptions'])
  await db.execute({ drizzle: db.drizzle, raw: `DELETE FROM "${table}"` })
await db.execute({
  drizzle: db.drizzle,
  raw: `INSERT INTO "subscriptions" ("channel", "address", "status", "frequency", "started_at", "contact_key", "manage_nonce")
        SELECT 'email', 'mieszkaniec-' || g || '@example.pl', 'active', 'immediately', now(),
               'email:mieszkaniec-' || g || '@example.pl', md5(g::text) FROM generate_series(1, ${subscribers}) g`,
})
await db.execute({
  drizzle: db.drizzle,
  raw: `INSERT INTO "subscriptions_topics" ("order", "parent_id", "value") SELECT 1, "id", 'alerts' FROM "subscriptions"`,
})
const residents = () => inbox.received.filter((message) => message.to[0]?.startsWith('mieszkaniec-')).length

const editors = () =>
  loadInChild({ url: `${api}/api/articles?limit=10&depth=1&sort=-createdAt`, connections: 10, duration: 10 })
const before = await editors()

const started = Date.now()
await payload.create({
  collection: 'alerts',
  data: {
    title: 'Alarm powodziowy: wezbranie Lipówki',
    kind: 'powodz',
    severity: 'alarm',
    shortText: 'Wezbranie Lipówki. Zabezpiecz mienie i nie zbliżaj się do rzeki.',
    validFrom: new Date(Date.now() - 60_000).toISOString(),
    validUntil: new Date(Date.now() + 6 * 3_600_000).toISOString(),
    notifySubscribers: true,
    _status: 'published',
  },
  overrideAccess: true,
})
const jobs = (async () => {
  while (residents() < subscribers && Date.now() - started < 30 * 60_000) {
    await payload.jobs.run({ queue: 'notifications', limit: 5 })
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
})()
// the editors' REST calls while the queue sends
await new Promise((resolve) => setTimeout(resolve, 2000))
const during = await editors()
await jobs
const total = Date.now() - started
printTable(
  ['fan-out', 'subscribers', 'received', 'to last message', 'messages/s'],
  [
    [
      'alarm, whole gmina, e-mail',
      subscribers,
      residents(),
      seconds(total),
      (residents() / (total / 1000)).toFixed(0),
    ],
  ],
)
printTable(
  ['editors’ REST (articles list, 10 clients)', 'requests', 'p50 ms', 'p95 ms'],
  [
    [
      'before',
      before.requests,
      percentile(before.times, 0.5).toFixed(1),
      percentile(before.times, 0.95).toFixed(1),
    ],
    [
      'during the fan-out',
      during.requests,
      percentile(during.times, 0.5).toFixed(1),
      percentile(during.times, 0.95).toFixed(1),
    ],
  ],
)
await new Promise<void>((resolve) => server.close(() => resolve()))
await inbox.close()
await payload.destroy()
process.exit(0)
