import type { Payload } from 'payload'

let instance: Promise<Payload> | undefined

/** The CMS as the tests use it: the app's real config, migrated with the committed migrations. */
export const testPayload = (): Promise<Payload> => {
  instance ??= import('../../src/migrated-payload').then(({ getMigratedPayload }) => getMigratedPayload())
  return instance
}
