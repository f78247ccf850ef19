import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import nodemailer, { type Transport, type Transporter } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { CmsEnv } from './env'
import { fromRepo } from './paths'

/** The name the CMS's e-mails come from. */
const MAIL_FROM_NAME = 'Ratusz'

/**
 * The file name of one outbox message: its time first (UTC, sortable as text), then a random tail so two
 * messages of one millisecond never collide.
 */
const outboxFileName = (now = new Date()): string =>
  `${now.toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.eml`

/**
 * A nodemailer transport that writes each message, as the raw RFC 822 text an SMTP server would receive,
 * into `dir` as an `.eml` file (written under a temporary name, then renamed, so readers never see half).
 */
const outboxTransport = (dir: string): Transporter => {
  const transport: Transport<{ file: string }> = {
    name: 'ratusz-outbox',
    version: '1',
    send: (mail, callback) => {
      mail.message.build((error, raw) => {
        if (error) return callback(error, undefined as never)
        try {
          fs.mkdirSync(dir, { recursive: true })
          const file = path.join(dir, outboxFileName())
          fs.writeFileSync(`${file}.part`, raw)
          fs.renameSync(`${file}.part`, file)
          callback(null, { file })
        } catch (writeError) {
          callback(writeError as Error, undefined as never)
        }
      })
    },
  }
  return nodemailer.createTransport(transport) as unknown as Transporter
}

/**
 * Payload's e-mail adapter on a nodemailer transporter (what @payloadcms/email-nodemailer does; that package
 * is not published for this Payload version, and Payload refuses a mismatched one at start-up).
 */
const nodemailerEmailAdapter =
  (transport: Transporter, from: { name: string; address: string }): EmailAdapter =>
  () => ({
    name: 'nodemailer',
    defaultFromName: from.name,
    defaultFromAddress: from.address,
    sendEmail: (message: SendEmailOptions) =>
      transport.sendMail({ ...message, from: message.from ?? { name: from.name, address: from.address } }),
  })

/**
 * The SMTP URL with nodemailer's connection pool on (`?pool=true`) unless it says otherwise: a notification to
 * thousands of residents reuses a few open connections instead of opening one per message.
 */
const pooled = (smtpUrl: string): string => {
  const url = new URL(smtpUrl)
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true')
  return url.toString()
}

/**
 * How the CMS sends e-mail (password resets now, notifications later): through the SMTP server of
 * RATUSZ_SMTP_URL when set, otherwise into the outbox folder (RATUSZ_OUTBOX_DIR, default data/outbox), where an
 * operator can open each message with any mail program.
 */
export const emailAdapter = (
  env: Pick<CmsEnv, 'RATUSZ_SMTP_URL' | 'RATUSZ_MAIL_FROM' | 'RATUSZ_OUTBOX_DIR'>,
): EmailAdapter =>
  nodemailerEmailAdapter(
    env.RATUSZ_SMTP_URL
      ? nodemailer.createTransport(pooled(env.RATUSZ_SMTP_URL))
      : outboxTransport(fromRepo(env.RATUSZ_OUTBOX_DIR)),
    { name: MAIL_FROM_NAME, address: env.RATUSZ_MAIL_FROM },
  )
