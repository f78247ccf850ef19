import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { adminUrl, createTestDatabase, dropTestDatabase, withDatabase } from './postgres'
import { inputsHash } from '../../../scripts/lib/inputs-hash'
import { repoDir } from '../../../scripts/lib/paths'
import { seedCms } from '../../../scripts/lib/cms'

/** What the demo seed is made of: the CMS (config, migrations, seed) and the packages it runs. */
const SEED_INPUTS = [
  'cms/src',
  'packages/payload-plugin/src',
  'packages/contract/src',
  'packages/warsaw-time/src',
  'pnpm-lock.yaml',
]

/** The seed places alerts and events relative to its `now` (an alert ends 6 hours after it): reuse it briefly. */
const FRESH_FOR_MS = 2 * 60 * 60 * 1000

const cacheRoot = path.join(repoDir, 'node_modules/.cache/ratusz-seed')

/**
 * A database holding the seeded demo gmina, with its uploads copied into `uploadsDir`. The seed (about a minute)
 * runs once into a template database, `ratusz_seed_<hash of its inputs>`, whose uploads are kept beside it in
 * node_modules/.cache; later runs clone it with `CREATE DATABASE … TEMPLATE` in about a second, while it is
 * fresh. An advisory lock keeps two runs from seeding the same template at once.
 */
export const seededDatabase = async (
  prefix: string,
  env: NodeJS.ProcessEnv,
  uploadsDir: string,
): Promise<{ name: string; url: string }> => {
  const hash = inputsHash(SEED_INPUTS, `${env.RATUSZ_ADMIN_EMAIL}\n${env.RATUSZ_ADMIN_PASSWORD}`).slice(0, 16)
  const template = `ratusz_seed_${hash}`
  const cache = path.join(cacheRoot, hash)
  const client = new pg.Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template])
    const seededAt = Number(
      fs.existsSync(path.join(cache, 'seeded-at')) && fs.readFileSync(path.join(cache, 'seeded-at'), 'utf8'),
    )
    const exists =
      (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1
    if (!exists || !(Date.now() - seededAt < FRESH_FOR_MS)) {
      await dropTestDatabase(template)
      fs.rmSync(cache, { recursive: true, force: true })
      await client.query(`CREATE DATABASE "${template}"`)
      await seedCms(
        { ...env, DATABASE_URL: withDatabase(template), RATUSZ_UPLOADS_DIR: path.join(cache, 'uploads') },
        { quiet: true },
      )
      fs.writeFileSync(path.join(cache, 'seeded-at'), String(Date.now()))
      await dropOtherTemplates(template)
    }
    const database = await createTestDatabase(prefix, template)
    fs.cpSync(path.join(cache, 'uploads'), uploadsDir, { recursive: true })
    return database
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template])
    await client.end()
  }
}

/**
 * Templates of this checkout's older inputs are of no further use: each has its uploads in this checkout's cache.
 * Another checkout's templates (a second worktree on the same server) are left alone: it may be cloning one.
 */
const dropOtherTemplates = async (current: string) => {
  for (const entry of fs.existsSync(cacheRoot) ? fs.readdirSync(cacheRoot) : []) {
    if (`ratusz_seed_${entry}` === current) continue
    await dropTestDatabase(`ratusz_seed_${entry}`).catch(() => undefined)
    fs.rmSync(path.join(cacheRoot, entry), { recursive: true, force: true })
  }
}
