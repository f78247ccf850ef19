import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import type { TestProject } from 'vitest/node'
import { liveLink } from '@ratusz/publisher'
import { stopWarmRenderers } from '@ratusz/publisher/warm'
import { dropTestDatabase } from '../../../cms/tests/support/postgres'
import { buildCms, cmsBuildIsStale, startCms } from '../../../scripts/lib/cms'
import { stopCommand } from '../../../scripts/lib/run-command'
import { publishFrom, servePublishesFor } from '../../../scripts/lib/publish'
import { closeServer, serveStatic } from '../../../scripts/lib/static-server'
import { withoutRatuszEnv } from './support/clean-env'
import { e2eMapEnv } from './support/map-tiles'
import { e2ePorts } from './support/ports'
import { E2E_SECRET } from './support/publish'
import { seededDatabase } from '../../../cms/tests/support/seeded-database'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    siteUrl: string
    siteOutDir: string
    sitesDir: string
    publisherUrl: string
    cmsSitesDir: string
    adminEmail: string
    adminPassword: string
    outboxDir: string
    smsOutboxDir: string
  }
}

/**
 * The whole of Ratusz, for real: the CMS's production build on a fresh PostgreSQL database, migrated and
 * seeded with the demo gmina (cloned from the seed's template database), the site published from its REST API
 * (a release behind the `live` link, which tests publish again after changing content) and served as static
 * files. As under `pnpm start`, this process holds the warm renderer its first publish starts: the tests' publishes
 * and the admin's "Podgląd" reach it over HTTP (support/publish.ts). Its environment is written out here, not
 * inherited from the test process.
 */
export default async function setup(project: TestProject) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-e2e-'))
  const admin = { email: 'admin-e2e@lipowawola.example.pl', password: 'e2e-password-123' }
  const cmsUrl = `http://127.0.0.1:${e2ePorts.cms}`
  // The CMS's own sites folder (its publish jobs do not run here; the admin test rolls it back), apart from the
  // one the tests publish to and serve.
  const cmsSitesDir = path.join(work, 'cms-sites')
  const env: NodeJS.ProcessEnv = {
    ...withoutRatuszEnv(),
    PAYLOAD_SECRET: E2E_SECRET,
    RATUSZ_UPLOADS_DIR: path.join(work, 'uploads'),
    RATUSZ_JOBS_AUTORUN: 'false',
    // No quiet hours: what a test sends must not depend on the hour it runs at (the quiet-hours test gives its own).
    RATUSZ_QUIET_HOURS: '00:00-00:00',
    RATUSZ_ADMIN_EMAIL: admin.email,
    RATUSZ_ADMIN_PASSWORD: admin.password,
    // The admin's own origin: the CMS accepts cookie-signed writes from it alone.
    RATUSZ_ADMIN_URL: cmsUrl,
    // Residents' messages: links point at the site; without SMTP each e-mail is an .eml file here.
    RATUSZ_SITE_URL: `http://127.0.0.1:${e2ePorts.site}`,
    RATUSZ_OUTBOX_DIR: path.join(work, 'outbox'),
    // Without an SMS provider each SMS is a .txt file here; the Web Push keys are generated into the work folder.
    RATUSZ_SMS_PROVIDER: 'outbox',
    RATUSZ_SMS_OUTBOX_DIR: path.join(work, 'outbox-sms'),
    RATUSZ_SMS_PRICE: '0.16',
    RATUSZ_VAPID_FILE: path.join(work, 'vapid-keys.json'),
    RATUSZ_SITES_DIR: cmsSitesDir,
    // The gmina's box: positions marked on the form's map outside it are refused.
    RATUSZ_MAP_BOUNDS: e2eMapEnv.RATUSZ_MAP_BOUNDS,
  }
  // The site builds (here and the tests' later publishes, whose workers inherit this process's environment) draw
  // the report form's map from the tests' own tile server (support/map-tiles.ts).
  Object.assign(process.env, e2eMapEnv)
  const siteUrl = `http://127.0.0.1:${e2ePorts.site}`
  // Published as production publishes: releases, a `live` link, and later publishes that are incremental.
  const sitesDir = path.join(work, 'sites')
  const outDir = liveLink(sitesDir)
  const children: ChildProcess[] = []
  const servers: Server[] = []
  let database: { name: string; url: string } | undefined
  let publisherUrl = ''

  const teardown = async () => {
    await Promise.all([...children.map(stopCommand), ...servers.map(closeServer)])
    stopWarmRenderers()
    if (database) await dropTestDatabase(database.name)
    fs.rmSync(work, { recursive: true, force: true })
  }
  try {
    // The CMS build (when its inputs changed) and the seeded database (a clone of the seed's template) at once.
    ;[database] = await Promise.all([
      seededDatabase('ratusz_e2e', env, path.join(work, 'uploads')),
      cmsBuildIsStale() ? buildCms(env, true) : undefined,
    ])
    env.DATABASE_URL = database.url
    const publisher = await servePublishesFor(cmsUrl, siteUrl, E2E_SECRET, { sites: sitesDir })
    servers.push(publisher.server)
    publisherUrl = publisher.url
    // the CMS's previews come here (its publish jobs do not run: the tests publish through the same address)
    children.push(await startCms({ ...env, RATUSZ_PREVIEW_URL: publisherUrl }, e2ePorts.cms, true))
    await publishFrom(cmsUrl, siteUrl, { sites: sitesDir, verbose: false })
    servers.push(
      await serveStatic(outDir, e2ePorts.site, '127.0.0.1', {
        cmsUrl,
        tileUrl: e2eMapEnv.RATUSZ_MAP_TILE_URL,
      }),
    )
  } catch (error) {
    await teardown()
    throw error
  }
  project.provide('cmsUrl', cmsUrl)
  project.provide('siteUrl', siteUrl)
  project.provide('siteOutDir', outDir)
  project.provide('sitesDir', sitesDir)
  project.provide('publisherUrl', publisherUrl)
  project.provide('cmsSitesDir', cmsSitesDir)
  project.provide('adminEmail', admin.email)
  project.provide('adminPassword', admin.password)
  project.provide('outboxDir', path.join(work, 'outbox'))
  project.provide('smsOutboxDir', path.join(work, 'outbox-sms'))
  return teardown
}
