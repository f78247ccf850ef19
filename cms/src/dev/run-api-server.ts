import { readEnv } from '../env'
import { getMigratedPayload } from '../migrated-payload'
import { startApiServer } from './api-server'

/**
 * `pnpm --filter @ratusz/cms api`: the REST API alone on RATUSZ_API_PORT (default 3300), e.g.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch PAYLOAD_SECRET=… pnpm --filter @ratusz/cms api
 */
const port = readEnv().RATUSZ_API_PORT
await startApiServer(await getMigratedPayload(), port)
console.log(`Ratusz REST API on http://127.0.0.1:${port}/api`)
