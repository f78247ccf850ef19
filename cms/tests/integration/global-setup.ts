import path from 'node:path'
import fs from 'node:fs'
import os from 'node:os'
import { createTestDatabase, dropTestDatabase } from '../support/postgres'
import { integrationApiPort } from '../support/api-port'

/**
 * One fresh PostgreSQL database and one work folder (uploads, site releases) for the whole integration run; test files share it
 * and run one after the other. The CMS config reads its environment at import, so it is set here, before
 * any worker starts.
 */
export default async function setup() {
  const database = await createTestDatabase('ratusz_it')
  // An empty database for the test of the very first account (first-user.test.ts); dropped here at the end,
  // when no test process holds a connection to it any more.
  const empty = await createTestDatabase('ratusz_it_empty')
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-it-'))
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    RATUSZ_TEST_EMPTY_DATABASE_URL: empty.url,
    PAYLOAD_SECRET: 'integration-tests-secret-0123456789abcdef',
    RATUSZ_UPLOADS_DIR: path.join(work, 'uploads'),
    RATUSZ_LOGS_DIR: path.join(work, 'logs'),
    RATUSZ_JOBS_AUTORUN: 'false',
    // No quiet hours: what a test sends must not depend on the hour it runs at (the quiet-hours test gives its own).
    RATUSZ_QUIET_HOURS: '00:00-00:00',
    RATUSZ_MAX_DOCUMENT_MB: '1',
    RATUSZ_MAX_IMAGE_MB: '1',
    // Publishing builds the real site from the REST API that publishing.test.ts serves on this port.
    RATUSZ_CMS_URL: `http://127.0.0.1:${integrationApiPort}`,
    RATUSZ_SITE_URL: 'http://127.0.0.1:4399',
    RATUSZ_SITES_DIR: path.join(work, 'site'),
    // The CMS's publishes build cold here (`astro build`, the warm path's fallback): publishing.test.ts tests the
    // jobs and the log on it; the warm tests turn the renderer on themselves, the e2e run and `pnpm start` use it.
    RATUSZ_WARM_PUBLISH: 'false',
    RATUSZ_ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
    // Residents' SMS and the Web Push keys stay in the work folder.
    RATUSZ_SMS_OUTBOX_DIR: path.join(work, 'outbox-sms'),
    RATUSZ_VAPID_FILE: path.join(work, 'vapid-keys.json'),
  })
  return async () => {
    await dropTestDatabase(database.name)
    await dropTestDatabase(empty.name)
    fs.rmSync(work, { recursive: true, force: true })
  }
}
