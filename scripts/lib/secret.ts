import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dataDir } from './paths'

/**
 * PAYLOAD_SECRET from the environment, or, for the local zero-setup run only, one generated once and kept
 * in data/ so sessions survive restarts. Production always sets it in the environment.
 */
export const payloadSecret = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const file = path.join(dataDir, 'payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}
