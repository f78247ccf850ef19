import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import path from 'node:path'
import { adminCredentials } from '../cms/src/seed/admin-credentials'
import { buildCms, cmsBuildIsStale, seedCms, startCms } from './lib/cms'
import { config } from './lib/config'
import { repoDir } from './lib/paths'
import { stopCommand } from './lib/run-command'
import { payloadSecret } from './lib/secret'
import { liveDir, publishFrom, servePublishesFor } from './lib/publish'
import { closeServer, serveStatic } from './lib/static-server'

/**
 * `pnpm start`: the whole of Ratusz on this machine. The CMS on :3000 (embedded SQLite in data/ unless
 * DATABASE_URL is set), the demo gmina seeded when the database is empty, the site published from the CMS's
 * API into data/site and served on :4321 (requests logged to data/logs/access.log). The CMS publishes the site
 * again by itself after every change: its publish jobs have this process build it, with the warm renderer its
 * first publish started (RATUSZ_WARM_PUBLISH), which renders the admin's "Podgląd" too.
 */
const { RATUSZ_CMS_PORT: cmsPort, RATUSZ_SITE_PORT: sitePort } = config
const cmsUrl = `http://localhost:${cmsPort}`
// The site's address follows its port unless RATUSZ_SITE_URL is set.
const siteUrl = process.env.RATUSZ_SITE_URL?.trim() ? config.RATUSZ_SITE_URL : `http://localhost:${sitePort}`
const secret = payloadSecret()
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: secret,
  RATUSZ_CMS_URL: cmsUrl,
  RATUSZ_SITE_URL: siteUrl,
}
// The site's visits, in nginx's `combined` format, for the traffic statistics (docs/statistics.md).
const accessLog = path.resolve(repoDir, config.RATUSZ_LOGS_DIR, 'access.log')
const children: ChildProcess[] = []
const servers: Server[] = []

const stopAll = async () => {
  await Promise.all([...children.map(stopCommand), ...servers.map(closeServer)])
  process.exit(0)
}
process.on('SIGINT', stopAll)
process.on('SIGTERM', stopAll)

const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const started = Date.now()
  console.log(`\n▶ ${label}…`)
  const result = await work()
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return result
}

try {
  console.log(env.DATABASE_URL ? 'Database: PostgreSQL (DATABASE_URL)' : 'Database: embedded SQLite in data/')
  if (cmsBuildIsStale() || process.argv.includes('--rebuild'))
    await step('Building the CMS', () => buildCms(env))
  await step('Migrating and seeding the demo gmina if the database is empty', () =>
    seedCms(env, { onlyIfEmpty: true }),
  )
  // The CMS's publishes and previews come back here, to the one warm renderer (started by the first publish).
  const publisher = await servePublishesFor(cmsUrl, siteUrl, secret)
  servers.push(publisher.server)
  const cmsEnv = { ...env, RATUSZ_PUBLISH_URL: publisher.url, RATUSZ_PREVIEW_URL: publisher.url }
  children.push(await step(`Starting the CMS on ${cmsUrl}`, () => startCms(cmsEnv, cmsPort)))
  await step('Publishing the site from the CMS API', () => publishFrom(cmsUrl, siteUrl))
  servers.push(
    await step(`Serving the site on http://localhost:${sitePort}`, () =>
      serveStatic(liveDir, sitePort, '0.0.0.0', { cmsUrl, accessLog, tileUrl: config.RATUSZ_MAP_TILE_URL }),
    ),
  )
  const admin = adminCredentials(env)
  console.log(`
Ratusz is running.
  Site:  ${siteUrl}/
  Admin: ${cmsUrl}/admin  (login: ${admin.adminEmail} / ${admin.adminPassword})
  API:   ${cmsUrl}/api
Press Ctrl+C to stop.`)
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`)
  await Promise.all([...children.map(stopCommand), ...servers.map(closeServer)])
  process.exit(1)
}
