import path from 'node:path'
import fs from 'node:fs'
import os from 'node:os'
import { createTestDatabase, dropTestDatabase } from '../support/postgres'

/**
 * One fresh PostgreSQL database and one uploads folder for the whole integration run; test files share it
 * and run one after the other. The CMS config reads its environment at import, so it is set here, before
 * any worker starts.
 */
export default async function setup() {
  const database = await createTestDatabase('ratusz_it')
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-it-uploads-'))
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: 'integration-tests-secret-0123456789abcdef',
    RATUSZ_UPLOADS_DIR: uploads,
    RATUSZ_JOBS_AUTORUN: 'false',
    RATUSZ_MAX_DOCUMENT_MB: '1',
  })
  return async () => {
    await dropTestDatabase(database.name)
    fs.rmSync(uploads, { recursive: true, force: true })
  }
}
