import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../scripts/lib/run-command'
import { repoDir } from '../../src/paths'
import { seedDemo } from '../../src/seed/seed'
import { testPayload } from '../support/payload'
import { createTestDatabase, dropTestDatabase } from '../support/postgres'

const tsx = path.join(repoDir, 'node_modules/.bin/tsx')

/** A digest of every row of every table of a database, table by table. */
const tableDigests = async (url: string): Promise<Record<string, string>> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
    const digests: Record<string, string> = {}
    for (const { name } of tables.rows) {
      const result = await client.query<{ digest: string | null; rows: string }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*) AS rows FROM "${name}" t`,
      )
      digests[name] = `${result.rows[0]!.rows}:${result.rows[0]!.digest}`
    }
    return digests
  } finally {
    await client.end()
  }
}

/** Relative path → sha256 of every file below a folder. */
const fileDigests = (dir: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        return [
          path.relative(dir, file),
          crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
        ]
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  )

describe('backup and restore', () => {
  let payload: Payload
  let restored: { name: string; url: string }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-backup-test-'))

  beforeAll(async () => {
    payload = await testPayload()
    await seedDemo(payload, { adminEmail: 'admin-backup@example.pl', adminPassword: 'backup-password-1' })
    restored = await createTestDatabase('ratusz_restored')
  }, 300_000)
  afterAll(async () => {
    await dropTestDatabase(restored.name)
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('restores a seeded database and its files into a new database, identical', async () => {
    const archive = path.join(work, 'ratusz.tar.gz')
    const source = {
      DATABASE_URL: process.env.DATABASE_URL,
      RATUSZ_UPLOADS_DIR: process.env.RATUSZ_UPLOADS_DIR,
    }
    await runCommand(tsx, ['scripts/backup.ts', archive], { cwd: repoDir, env: source, quiet: true })
    expect(fs.statSync(archive).size).toBeGreaterThan(10_000)

    const restoredUploads = path.join(work, 'restored-uploads')
    await runCommand(tsx, ['scripts/restore.ts', archive], {
      cwd: repoDir,
      env: { DATABASE_URL: restored.url, RATUSZ_UPLOADS_DIR: restoredUploads },
      quiet: true,
    })

    const before = await tableDigests(process.env.DATABASE_URL!)
    const after = await tableDigests(restored.url)
    expect(Object.keys(before)).toContain('articles')
    expect(Object.keys(before).some((table) => table.startsWith('bip_changes'))).toBe(true)
    expect(after).toEqual(before)
    expect(fileDigests(restoredUploads)).toEqual(fileDigests(process.env.RATUSZ_UPLOADS_DIR!))
    expect(Object.keys(fileDigests(restoredUploads)).length).toBeGreaterThan(10)
  }, 180_000)

  it('refuses an archive that is not a Ratusz backup, and changes nothing', async () => {
    const bogus = path.join(work, 'bogus.tar.gz')
    fs.writeFileSync(bogus, 'not an archive')
    const before = await tableDigests(restored.url)
    await expect(
      runCommand(tsx, ['scripts/restore.ts', bogus], {
        cwd: repoDir,
        env: { DATABASE_URL: restored.url, RATUSZ_UPLOADS_DIR: path.join(work, 'other') },
        quiet: true,
      }),
    ).rejects.toThrow(/Restore failed/)
    expect(await tableDigests(restored.url)).toEqual(before)
  })
})
