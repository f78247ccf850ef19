import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { SmsAdapter } from './sms-adapter'
import { smsSegments } from './sms-segments'

/**
 * Without a provider: each SMS is a text file in `dir` (`data/outbox/sms/` by default), named by time, with the
 * number, the idempotency key and the parts it would cost, then the text, so a newcomer can follow the flow.
 * Written under a temporary name and renamed, so readers never see half.
 */
export const smsOutboxAdapter = (dir: string): SmsAdapter => ({
  name: 'outbox',
  send: async (sms) => {
    await fs.mkdir(dir, { recursive: true })
    const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}`
    const file = path.join(dir, `${id}.txt`)
    const { encoding, parts } = smsSegments(sms.text)
    const content = `Do: ${sms.to}\nKlucz: ${sms.idempotencyKey}\nKodowanie: ${encoding}, części: ${parts}\n\n${sms.text}\n`
    await fs.writeFile(`${file}.part`, content)
    await fs.rename(`${file}.part`, file)
    return { id }
  },
})
