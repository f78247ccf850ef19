import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { body } from '../support/articles'
import { createTestDatabase, dropStaleDatabases } from '../support/postgres'
import { rest, signIn } from '../support/rest'
import { smtpInbox } from '../support/smtp-inbox'
import { variantPayload } from '../support/variant-payload'

const RECIPIENTS = 1000
const STARTUP_MS = 150_000
const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const worker = path.join(cmsDir, 'tests/support/notification-worker.ts')

const until = async (
  what: string,
  ok: () => boolean | Promise<boolean>,
  timeoutMs: number,
  state: () => unknown = () => '',
) => {
  const deadline = Date.now() + timeoutMs
  while (!(await ok())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await state())}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The Message-ID header of a raw message. */
const messageIdOf = (raw: string) => /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? null

/**
 * Restart during a 1,000-recipient send: a separate job-runner process (the CMS's real config and cron) sends an
 * alarm to a thousand e-mail subscribers through a real SMTP server; it is killed (SIGKILL, as a crash) mid-send
 * and started again. Every recipient gets the message, each under exactly one Message-ID.
 */
describe('a send interrupted by a crash of the job runner', () => {
  let payload: Payload
  let inbox: Awaited<ReturnType<typeof smtpInbox>>
  // A database of its own: on the shared one, other files' alerts reached these thousand subscribers too.
  let database: { name: string; url: string }
  const children: ChildProcess[] = []
  /** The end of the job runners' error output, for a failure's message. */
  let stderr = ''
  const errors = () => stderr

  const startWorker = () => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker], {
      cwd: cmsDir,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        RATUSZ_SMTP_URL: inbox.url,
        RATUSZ_MAIL_FROM: 'powiadomienia@lipowawola.example.pl',
        RATUSZ_JOBS_AUTORUN: 'true',
        RATUSZ_JOBS_QUEUES: 'notifications',
        RATUSZ_EMAILS_PER_SECOND: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let ready = false
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)))
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) ready = true
    })
    child.on('exit', (code, signal) => {
      if (code && code !== 0) console.error(`job runner exited ${code} ${signal ?? ''}: ${stderr}`)
    })
    children.push(child)
    // Loading the CMS takes a few seconds, many more on a busy machine.
    return {
      child,
      ready: () => until('the job runner to start', () => ready, STARTUP_MS),
    }
  }

  const deliveryStates = async () => {
    const result = await payload.db.drizzle.execute(
      sql`SELECT state, count(*)::int AS n FROM deliveries GROUP BY state`,
    )
    return Object.fromEntries(
      (result.rows as { state: string; n: number }[]).map((row) => [row.state, row.n]),
    )
  }

  beforeAll(async () => {
    inbox = await smtpInbox({ parse: false })
    // Earlier runs' databases go first (this process's own pool would hold its database open to the end).
    await dropStaleDatabases('ratusz_restart')
    database = await createTestDatabase('ratusz_restart')
    payload = await variantPayload({ env: { DATABASE_URL: database.url } })
    // A thousand confirmed e-mail subscribers of alerts for the whole gmina, written at once.
    await payload.db.drizzle.execute(sql`
      WITH created AS (
        INSERT INTO subscriptions (channel, address, status, frequency, started_at, contact_key, manage_nonce, consent_version)
        SELECT 'email', 'odbiorca-' || n || '@restart.example.pl', 'active', 'immediately', now(),
               'email:odbiorca-' || n || '@restart.example.pl', md5(random()::text), 'test'
        FROM generate_series(1, ${RECIPIENTS}) AS n
        RETURNING id
      )
      INSERT INTO subscriptions_topics ("order", parent_id, value) SELECT 1, id, 'alerts' FROM created`)
  })

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
    await inbox.close()
    await payload.destroy()
  })

  it('delivers to each of 1,000 recipients exactly one message after a kill mid-send and a restart', async () => {
    const editor = await signIn(payload, 'redaktor-restart@example.pl', ['editor'])
    const published = await rest(payload, 'POST', '/alerts', {
      token: editor,
      body: {
        title: 'Wezbranie Lipówki: ewakuacja',
        kind: 'powodz',
        severity: 'alarm',
        shortText: 'Wezbranie Lipówki. Zabezpiecz mienie i nie zbliżaj się do rzeki.',
        body: body('Szczegóły.'),
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        validUntil: new Date(Date.now() + 3_600_000).toISOString(),
        _status: 'published',
      },
    })
    expect(published.status).toBe(201)

    // The job runner plans the thousand deliveries and starts sending; it crashes a third of the way through.
    const { child: first, ready } = startWorker()
    await ready()
    const started = Date.now()
    const progress = async () => ({
      received: inbox.received.length,
      deliveries: await deliveryStates(),
      jobs: (
        await payload.db.drizzle.execute(
          sql`SELECT task_slug, processing, has_error, completed_at IS NOT NULL AS done FROM payload_jobs`,
        )
      ).rows,
      runner: errors(),
    })
    await until('a third of the messages', () => inbox.received.length >= RECIPIENTS / 3, 90_000, progress)
    first.kill('SIGKILL')
    await new Promise((resolve) => first.once('exit', resolve))
    const atCrash = inbox.received.length
    expect(atCrash).toBeLessThan(RECIPIENTS)
    const interrupted = await deliveryStates()
    expect(interrupted.queued ?? 0).toBeGreaterThan(0)

    // Started again, it puts back what it had claimed and sends the rest.
    await startWorker().ready()
    await until(
      'every delivery sent',
      async () => {
        const states = await deliveryStates()
        return (states.sent ?? 0) >= RECIPIENTS && !states.queued && !states.sending
      },
      90_000,
      progress,
    )
    const sendingSeconds = ((Date.now() - started) / 1000).toFixed(1)
    await new Promise((resolve) => setTimeout(resolve, 500))

    const idsByRecipient = new Map<string, Set<string>>()
    for (const message of inbox.received) {
      const id = messageIdOf(message.raw)
      expect(id).not.toBeNull()
      for (const to of message.to) {
        const ids = idsByRecipient.get(to) ?? new Set<string>()
        ids.add(id!)
        idsByRecipient.set(to, ids)
      }
    }
    expect(idsByRecipient.size).toBe(RECIPIENTS)
    for (const ids of idsByRecipient.values()) expect(ids.size).toBe(1)
    // At most the message in flight at the crash went twice, under its one Message-ID.
    expect(inbox.received.length).toBeLessThanOrEqual(RECIPIENTS + 1)
    console.info(
      `restart test: ${atCrash} messages before the crash, ${inbox.received.length} in all, ` +
        `${sendingSeconds} s from the first runner's start to the last delivery (the restart's load included), ` +
        `${new Set(inbox.received.map((message) => messageIdOf(message.raw))).size} Message-IDs`,
    )
  }, 420_000)
})
