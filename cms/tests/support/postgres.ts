import pg from 'pg'

/** The PostgreSQL server the tests use; each run gets a database of its own on it. */
export const serverUrl = (): string =>
  process.env.RATUSZ_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/'

const withDatabase = (server: string, database: string): string => {
  const url = new URL(server)
  url.pathname = `/${database}`
  return url.toString()
}

const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl(), 'postgres') })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates an empty database with a unique name and returns its connection URL. */
export const createTestDatabase = async (prefix: string): Promise<{ name: string; url: string }> => {
  const name = `${prefix}_${Date.now()}_${process.pid}`
  await admin((client) => client.query(`CREATE DATABASE "${name}"`))
  return { name, url: withDatabase(serverUrl(), name) }
}

export const dropTestDatabase = async (name: string): Promise<void> => {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}
