import { getPayload, type EmailAdapter, type Payload, type SanitizedConfig } from 'payload'
import { committedMigrations, databaseAdapter } from '../../src/database'
import { readEnv, type CmsEnv } from '../../src/env'

type Variant = {
  /** The database: the app's adapter for this environment (e.g. a fresh PostgreSQL database, or SQLite). */
  env: Partial<CmsEnv>
  email?: EmailAdapter | Promise<EmailAdapter>
}

/**
 * The CMS of one test file with another database (and e-mail) than the shared one: the app's real config,
 * migrated with the committed migrations. For what the shared test database cannot show: an empty users
 * table, the embedded SQLite database, where e-mails go. It becomes the process's default Payload, the one
 * Payload's REST handler (and so `rest()`) uses: a file that uses it must not use `testPayload()` too (each
 * test file runs in a process of its own).
 */
export const variantPayload = async ({ env: overrides, email }: Variant): Promise<Payload> => {
  const env = { ...readEnv(), ...overrides }
  const { default: config } = await import('../../src/payload.config')
  const base = await config
  const variant: SanitizedConfig = {
    ...base,
    db: databaseAdapter(env),
    ...(email ? { email } : {}),
  } as SanitizedConfig
  const payload = await getPayload({
    config: variant,
    disableOnInit: true,
  })
  await payload.db.migrate({ migrations: committedMigrations(env) })
  return payload
}
