import fs from 'node:fs'
import path from 'node:path'
import { generateVapidKeys, type VapidKeys } from '@ratusz/payload-plugin'
import type { CmsEnv } from './env'
import { fromRepo } from './paths'

/**
 * The VAPID keys of the CMS's Web Push messages: `RATUSZ_VAPID_PUBLIC_KEY` and `RATUSZ_VAPID_PRIVATE_KEY`, or
 * else the pair in `RATUSZ_VAPID_FILE`, generated there the first time (readable by the CMS's user only). Keep
 * them: every browser's subscription is bound to the public key, and new keys silence them all.
 */
export const webPushKeys = (
  env: Pick<
    CmsEnv,
    | 'RATUSZ_VAPID_PUBLIC_KEY'
    | 'RATUSZ_VAPID_PRIVATE_KEY'
    | 'RATUSZ_VAPID_SUBJECT'
    | 'RATUSZ_VAPID_FILE'
    | 'RATUSZ_MAIL_FROM'
  >,
): VapidKeys => {
  const subject = env.RATUSZ_VAPID_SUBJECT ?? `mailto:${env.RATUSZ_MAIL_FROM}`
  if (env.RATUSZ_VAPID_PUBLIC_KEY && env.RATUSZ_VAPID_PRIVATE_KEY)
    return { publicKey: env.RATUSZ_VAPID_PUBLIC_KEY, privateKey: env.RATUSZ_VAPID_PRIVATE_KEY, subject }
  // `next build` (the Docker image's build) loads the config too: it sends nothing, so it gets a pair that is
  // never written, and no private key ends up in an image layer.
  if (process.env.NEXT_PHASE === 'phase-production-build') return { ...generateVapidKeys(), subject }
  const file = fromRepo(env.RATUSZ_VAPID_FILE)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    // `wx`: of two processes starting at once, one writes and the other reads what it wrote.
    try {
      fs.writeFileSync(file, JSON.stringify(generateVapidKeys(), null, 2), { mode: 0o600, flag: 'wx' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string }
  return { publicKey: stored.publicKey, privateKey: stored.privateKey, subject }
}
