import path from 'node:path'
import fs from 'node:fs'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration } from 'payload'
import type { CmsEnv } from './env'
import { fromRepo, srcDir } from './paths'
import { gateSqliteWrites } from './sqlite-write-gate'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

/**
 * PostgreSQL when DATABASE_URL is set (production and tests); otherwise the zero-setup embedded default,
 * SQLite in data/, with WAL, a busy timeout and transactions on. Both run the committed migrations (at
 * start-up in production, by the seed script and the tests elsewhere); schema push only on request in
 * development (RATUSZ_SCHEMA_PUSH).
 */
export const databaseAdapter = (env: CmsEnv): DatabaseAdapterObj => {
  if (env.DATABASE_URL) {
    return postgresAdapter({
      pool: { connectionString: env.DATABASE_URL, max: 10 },
      push: env.RATUSZ_SCHEMA_PUSH,
      migrationDir: path.join(srcDir, 'migrations/postgres'),
      prodMigrations: postgresMigrations,
    })
  }
  const file = fromRepo(env.RATUSZ_SQLITE_FILE)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return gateSqliteWrites(
    sqliteAdapter({
      client: { url: `file:${file}` },
      wal: true,
      busyTimeout: 10_000,
      transactionOptions: { behavior: 'immediate' },
      push: env.RATUSZ_SCHEMA_PUSH,
      migrationDir: path.join(srcDir, 'migrations/sqlite'),
      prodMigrations: sqliteMigrations,
    }),
  )
}

/** The committed migrations of the adapter in use, for scripts and tests that migrate explicitly. */
export const committedMigrations = (env: CmsEnv): Migration[] =>
  // Each adapter types its own migration arguments; Payload's runner takes them all as `Migration`.
  (env.DATABASE_URL ? postgresMigrations : sqliteMigrations) as unknown as Migration[]
