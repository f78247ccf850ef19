import { getPayload, type Payload } from 'payload'

let instance: Promise<Payload> | undefined

/** The CMS as the tests use it: the app's real config, migrated with the committed migrations. */
export const testPayload = (): Promise<Payload> => {
  instance ??= (async () => {
    const { default: config } = await import('../../src/payload.config')
    const { committedMigrations } = await import('../../src/database')
    const { readEnv } = await import('../../src/env')
    const payload = await getPayload({ config })
    const env = readEnv()
    if (!env.RATUSZ_SCHEMA_PUSH) await payload.db.migrate({ migrations: committedMigrations(env) })
    return payload
  })()
  return instance
}
