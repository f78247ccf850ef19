import fs from 'node:fs'
import path from 'node:path'
import { cmsDir, repoDir } from './lib/paths'
import { runCommand } from './lib/run-command'
import { payloadSecret } from './lib/secret'

/**
 * `pnpm stats:import FILE…`: imports web server access logs (nginx `combined`, `.gz` too) into the CMS's
 * traffic statistics through Payload's local API, in the database the CMS uses (DATABASE_URL, or the embedded
 * SQLite). Lines imported before are skipped; lines of today wait until the day is over. See docs/statistics.md.
 */
const files = process.argv.slice(2).map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file))
if (files.length === 0) {
  console.error('Usage: pnpm stats:import FILE… (access logs in nginx "combined" format; .gz too)')
  process.exit(2)
}
const missing = files.filter((file) => !fs.statSync(file, { throwIfNoEntry: false })?.isFile())
if (missing.length > 0) {
  console.error(`Not a file: ${missing.join(', ')}`)
  process.exit(2)
}
try {
  await runCommand(path.join(repoDir, 'node_modules/.bin/tsx'), ['src/statistics/run-import.ts', ...files], {
    cwd: cmsDir,
    env: { PAYLOAD_SECRET: payloadSecret() },
  })
} catch (error) {
  console.error(`Import failed: ${(error as Error).message}`)
  process.exit(1)
}
