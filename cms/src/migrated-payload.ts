import { getPayload, type Payload } from 'payload'
import config from './payload.config'
import { committedMigrations } from './database'
import { readEnv } from './env'

/**
 * Payload for scripts and tests: connected, migrated with the committed migrations (unless RATUSZ_SCHEMA_PUSH),
 * and only then initialised by the plugins' start-up work, which needs the tables. (`next start` does the same
 * through the adapters' production migrations.)
 */
export const getMigratedPayload = async (): Promise<Payload> => {
  const env = readEnv()
  const payload = await getPayload({ config, disableOnInit: true })
  if (!env.RATUSZ_SCHEMA_PUSH) await payload.db.migrate({ migrations: committedMigrations(env) })
  await payload.config.onInit?.(payload)
  return payload
}
