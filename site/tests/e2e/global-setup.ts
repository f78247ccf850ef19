import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import type { TestProject } from 'vitest/node'
import { createTestDatabase, dropTestDatabase } from '../../../cms/tests/support/postgres'
import { buildCms, cmsBuildIsStale, seedCms, startCms } from '../../../scripts/lib/cms'
import { stopCommand } from '../../../scripts/lib/run-command'
import { buildSite } from '../../../scripts/lib/site'
import { closeServer, serveStatic } from '../../../scripts/lib/static-server'
import { withoutRatuszEnv } from './support/clean-env'
import { e2ePorts } from './support/ports'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    siteUrl: string
    siteOutDir: string
    adminEmail: string
    adminPassword: string
  }
}

/**
 * The whole of Ratusz, for real: the CMS's production build on a fresh PostgreSQL database, migrated and
 * seeded with the demo gmina, the site built from its REST API and served as static files.
 */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('ratusz_e2e')
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-e2e-'))
  const admin = { email: 'admin-e2e@lipowawola.example.pl', password: 'e2e-password-123' }
  const cmsUrl = `http://127.0.0.1:${e2ePorts.cms}`
  const env: NodeJS.ProcessEnv = {
    ...withoutRatuszEnv(),
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: 'e2e-tests-secret-0123456789abcdef0123',
    RATUSZ_UPLOADS_DIR: path.join(work, 'uploads'),
    RATUSZ_JOBS_AUTORUN: 'false',
    RATUSZ_ADMIN_EMAIL: admin.email,
    RATUSZ_ADMIN_PASSWORD: admin.password,
    // The admin's own origin: the CMS accepts cookie-signed writes from it alone.
    RATUSZ_ADMIN_URL: cmsUrl,
  }
  const siteUrl = `http://127.0.0.1:${e2ePorts.site}`
  const outDir = path.join(work, 'site')
  const children: ChildProcess[] = []
  const servers: Server[] = []

  const teardown = async () => {
    await Promise.all([...children.map(stopCommand), ...servers.map(closeServer)])
    await dropTestDatabase(database.name)
    fs.rmSync(work, { recursive: true, force: true })
  }
  try {
    if (cmsBuildIsStale()) await buildCms(env, true)
    await seedCms(env, { quiet: true })
    children.push(await startCms(env, e2ePorts.cms, true))
    await buildSite({ cmsUrl, siteUrl, outDir }, true)
    servers.push(await serveStatic(outDir, e2ePorts.site))
  } catch (error) {
    await teardown()
    throw error
  }
  project.provide('cmsUrl', cmsUrl)
  project.provide('siteUrl', siteUrl)
  project.provide('siteOutDir', outDir)
  project.provide('adminEmail', admin.email)
  project.provide('adminPassword', admin.password)
  return teardown
}
