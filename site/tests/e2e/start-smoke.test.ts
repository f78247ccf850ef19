import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { repoDir } from '../../../scripts/lib/paths'
import { stopCommand } from '../../../scripts/lib/run-command'
import { withoutRatuszEnv } from './support/clean-env'
import { e2ePorts } from './support/ports'
import { demoAdmin } from '../../../cms/src/seed/admin-credentials'
import { body } from '../../../cms/tests/support/articles'

/** `pnpm start` on the embedded SQLite default, from an empty data folder, as a newcomer runs it. */
describe('pnpm start on the embedded SQLite default', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-start-'))
  const child = spawn('pnpm', ['start'], {
    cwd: repoDir,
    env: {
      // A newcomer's environment: none of the variables the other test projects set for their own CMS.
      ...withoutRatuszEnv(),
      DATABASE_URL: '',
      PAYLOAD_SECRET: 'smoke-test-secret-0123456789abcdef012345',
      RATUSZ_SQLITE_FILE: path.join(work, 'ratusz.db'),
      RATUSZ_UPLOADS_DIR: path.join(work, 'uploads'),
      RATUSZ_SITES_DIR: path.join(work, 'site'),
      RATUSZ_LOGS_DIR: path.join(work, 'logs'),
      RATUSZ_CMS_PORT: String(e2ePorts.smokeCms),
      RATUSZ_SITE_PORT: String(e2ePorts.smokeSite),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))

  afterAll(async () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
    await stopCommand(child)
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  })

  it('seeds, builds and serves the site, and prints both URLs and the admin login', async () => {
    const ready = await new Promise<boolean>((resolve) => {
      const finish = (value: boolean) => {
        clearInterval(check)
        resolve(value)
      }
      const check = setInterval(() => output.includes('Ratusz is running.') && finish(true), 250)
      child.once('exit', () => finish(false))
    })
    expect(ready, output.slice(-3000)).toBe(true)
    expect(output).toContain(`http://localhost:${e2ePorts.smokeSite}/`)
    expect(output).toContain(`http://localhost:${e2ePorts.smokeCms}/admin`)
    expect(output).toMatch(/login: \S+@\S+/)
    expect(fs.existsSync(path.join(work, 'ratusz.db'))).toBe(true)
    expect(fs.readlinkSync(path.join(work, 'site/live'))).toMatch(/^releases\//)

    const home = await fetch(`http://127.0.0.1:${e2ePorts.smokeSite}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('Lipowa Wola')
    // the visit is in the access log, in nginx's combined format, for the traffic statistics
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(fs.readFileSync(path.join(work, 'logs/access.log'), 'utf8')).toMatch(
      /^127\.0\.0\.1 - - \[[^\]]+\] "GET \/ HTTP\/1\.1" 200 \d+ "-" "[^"]*"$/m,
    )
    const articles = await (await fetch(`http://127.0.0.1:${e2ePorts.smokeCms}/api/articles?limit=1`)).json()
    expect(articles.totalDocs).toBeGreaterThanOrEqual(60)
    const admin = await fetch(`http://127.0.0.1:${e2ePorts.smokeCms}/admin/login`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toMatch(/lang="pl"/)
  }, 600_000)

  it('publishes a change saved in the CMS to the served site by itself, warm, and previews a draft', async () => {
    const cms = `http://127.0.0.1:${e2ePorts.smokeCms}/api`
    const login = await fetch(`${cms}/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: demoAdmin.email, password: demoAdmin.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const title = `Komunikat z urzędu ${Date.now().toString(36)}`
    const created = await fetch(`${cms}/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title,
        lead: 'Urząd będzie nieczynny w piątek.',
        author: 'Sekretariat',
        body: body('W piątek urząd będzie nieczynny z powodu dezynsekcji.'),
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { slug: string } }
    const url = `http://127.0.0.1:${e2ePorts.smokeSite}/aktualnosci/${doc.slug}/`
    const deadline = Date.now() + 180_000
    let status = 0
    while (Date.now() < deadline && status !== 200) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      status = (await fetch(url)).status
    }
    expect(status, 'the article did not reach the served site within 3 minutes').toBe(200)
    expect(await (await fetch(url)).text()).toContain(title)
    // the CMS's publish job had it built by the warm renderer that `pnpm start`'s first publish started (its log
    // record, whose reasons name the article, is finished just after the site switched)
    const publishOf = async () =>
      (
        (await (
          await fetch(`${cms}/site-publishes?where[reason][contains]=${encodeURIComponent(title)}&limit=1`, {
            headers: { Authorization: `JWT ${token}` },
          })
        ).json()) as { docs: { status: string; via: string | null }[] }
      ).docs[0]
    await vi.waitFor(async () => expect((await publishOf())?.status).toBe('succeeded'), {
      timeout: 60_000,
      interval: 250,
    })
    expect((await publishOf())?.via).toBe('warm')

    // and "Podgląd" of a draft is rendered by the same renderer, for a signed-in user
    const draftTitle = `Szkic ogłoszenia ${Date.now().toString(36)}`
    const draft = await fetch(`${cms}/articles?draft=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: draftTitle,
        lead: 'Zajawka szkicu.',
        author: 'Sekretariat',
        body: body('Treść szkicu, jeszcze nie do publikacji.'),
        _status: 'draft',
      }),
    })
    const { doc: drafted } = (await draft.json()) as { doc: { id: number } }
    const preview = await fetch(`${cms}/ratusz/podglad/articles/${drafted.id}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(preview.status).toBe(200)
    const html = await preview.text()
    expect(html).toContain(draftTitle)
    expect(html).toContain('Treść szkicu, jeszcze nie do publikacji.')
  }, 240_000)
})
