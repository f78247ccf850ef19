import { getMigratedPayload } from '../migrated-payload'
import { seedDemo } from './seed'
import { adminCredentials } from './admin-credentials'

/** `pnpm seed [--if-empty]`: migrates the database and builds the demo gmina (idempotent). */
const payload = await getMigratedPayload()
const onlyIfEmpty = process.argv.includes('--if-empty')
const { totalDocs: users } = await payload.count({ collection: 'users' })
if (onlyIfEmpty && users > 0) {
  console.log('The database already has content: seed skipped.')
  process.exit(0)
}
const started = Date.now()
const tally = await seedDemo(payload, adminCredentials())
console.log(
  `Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${tally.created} created, ${tally.kept} already there.`,
)
process.exit(0)
