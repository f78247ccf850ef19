import { readConfig } from '@ratusz/config'
import pg from 'pg'

/** The PostgreSQL server the tests use; each run gets a database of its own on it. */
export const serverUrl = (): string => readConfig('tests').RATUSZ_TEST_POSTGRES_URL

/** The connection URL of a database on the test server. */
export const withDatabase = (database: string, server = serverUrl()): string => {
  const url = new URL(server)
  url.pathname = `/${database}`
  return url.toString()
}

/** The server's maintenance database, for creating and dropping others. */
export const adminUrl = (): string => withDatabase('postgres')

const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates a database with a unique name (empty, or a copy of `template`) and returns its connection URL. */
export const createTestDatabase = async (
  prefix: string,
  template?: string,
): Promise<{ name: string; url: string }> => {
  const name = `${prefix}_${Date.now()}_${process.pid}`
  await admin((client) =>
    client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`),
  )
  return { name, url: withDatabase(name) }
}

export const dropTestDatabase = async (name: string): Promise<void> => {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}

/** Drops the databases an earlier run left with this prefix (`createTestDatabase`'s names). */
export const dropStaleDatabases = async (prefix: string): Promise<void> => {
  const names = await admin((client) =>
    client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${prefix.replace(/_/g, '\\_')}\\_%`,
    ]),
  )
  for (const { datname } of names.rows) await dropTestDatabase(datname)
}
