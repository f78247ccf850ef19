import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'
import type { Payload } from 'payload'
import { astroBuild, liveLink, liveRelease } from '@ratusz/publisher'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApiServer } from '../../src/dev/api-server'
import { seedDemo } from '../../src/seed/seed'
import { createWeatherAlert } from '../support/alerts'
import { createArticle, unique } from '../support/articles'
import { integrationApiPort } from '../support/api-port'
import { repoDir } from '../../src/paths'
import { testPayload } from '../support/payload'
import { lastPublish, logOfJob, publishJobs, clearPublishJobs, runPublishNow } from '../support/publish-jobs'

describe('publishing: the job builds the real site, and a failure leaves the live site as it was', () => {
  let payload: Payload
  let api: Server | undefined
  let sitesDir: string

  const serveApi = async () => {
    api = await startApiServer(payload, integrationApiPort)
  }
  const stopApi = () => new Promise<void>((resolve) => (api ? api.close(() => resolve()) : resolve()))

  beforeAll(async () => {
    payload = await testPayload()
    sitesDir = process.env.RATUSZ_SITES_DIR!
    await seedDemo(payload, { adminEmail: 'admin-publish@example.pl', adminPassword: 'publish-password-1' })
    await serveApi()
  }, 900_000)
  afterAll(stopApi)

  // Each of these builds the real site; the limits leave room for a busy 2-core machine (they time nothing).
  it('publishes a change to the live site and logs it for editors', async () => {
    await clearPublishJobs(payload)
    const article = await createArticle(payload, {
      title: unique('Opublikowane przez zadanie'),
      status: 'published',
    })
    const other = await createArticle(payload, { title: unique('Druga zmiana'), status: 'published' })
    // editors see the waiting publish, with every change it will publish and when it starts
    const [job] = await publishJobs(payload)
    const queued = await logOfJob(payload, job!.id)
    expect(queued).toHaveLength(1)
    expect(queued[0]!.status).toBe('queued')
    expect(queued[0]!.reason).toContain(`„${article.title}”`)
    expect(queued[0]!.reason).toContain(`„${other.title}”`)
    expect(Date.parse(queued[0]!.scheduledFor!)).toBeLessThanOrEqual(Date.now())
    await runPublishNow(payload)
    const [done] = await logOfJob(payload, job!.id)
    expect(done!.status).toBe('succeeded')
    const log = await lastPublish(payload)
    expect(log.error).toBeFalsy()
    expect(log.status).toBe('succeeded')
    expect(log.pages).toBeGreaterThan(60)
    expect(log.durationSeconds).toBeGreaterThan(0)
    // which way the site was built (RATUSZ_WARM_PUBLISH is off in the integration run) and the step times, for the administrator
    expect(log.via).toBe('cold')
    expect(log.steps).toMatch(/^budowa \d+ ms, linki \d+ ms, kanały \d+ ms$/m)
    expect(liveRelease(sitesDir)).toBe(log.releaseId)
    const page = path.join(liveLink(sitesDir), 'aktualnosci', article.slug, 'index.html')
    expect(fs.readFileSync(page, 'utf8')).toContain(article.title)
  }, 600_000)

  it('publishes the next change into a copy of the live release: changed pages new, deleted ones gone', async () => {
    const articlePage = (slug: string) => path.join(liveLink(sitesDir), 'aktualnosci', slug, 'index.html')
    const doomed = await createArticle(payload, { title: unique('Do usunięcia'), status: 'published' })
    await runPublishNow(payload)
    expect(fs.existsSync(articlePage(doomed.slug))).toBe(true)
    const before = liveRelease(sitesDir)

    await payload.delete({ collection: 'articles', id: doomed.id })
    const added = await createArticle(payload, { title: unique('Po usunięciu'), status: 'published' })
    await runPublishNow(payload)
    expect((await lastPublish(payload)).status).toBe('succeeded')
    expect(liveRelease(sitesDir)).not.toBe(before)
    expect(fs.existsSync(articlePage(doomed.slug))).toBe(false)
    expect(fs.readFileSync(articlePage(added.slug), 'utf8')).toContain(added.title)
    const news = fs.readFileSync(path.join(liveLink(sitesDir), 'aktualnosci', 'index.html'), 'utf8')
    expect(news).toContain(added.title)
    expect(news).not.toContain(doomed.title)
    // the release it replaced is untouched: the new one was built in a copy, not in place
    const previousPage = path.join(sitesDir, 'releases', before!, 'aktualnosci', doomed.slug, 'index.html')
    expect(fs.readFileSync(previousPage, 'utf8')).toContain(doomed.title)
    // a page the change left alone (even where the build wrote it again) keeps its modification time, so the
    // web server's validators too: browsers revalidating it get "304 Not Modified"
    const unchanged = path.join('deklaracja-dostepnosci', 'index.html')
    // to the second, as nginx's ETag and Last-Modified carry it
    const modified = (release: string) =>
      Math.floor(fs.statSync(path.join(release, unchanged)).mtimeMs / 1000)
    expect(modified(liveLink(sitesDir))).toBe(modified(path.join(sitesDir, 'releases', before!)))
  }, 600_000)

  it('builds, incrementally, exactly the site a full build makes', async () => {
    const full = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-full-build-'))
    try {
      await astroBuild({
        siteDir: path.join(repoDir, 'site'),
        cmsUrl: `http://127.0.0.1:${integrationApiPort}`,
        siteUrl: process.env.RATUSZ_SITE_URL!,
        outDir: path.join(full, 'out'),
        cacheDir: path.join(full, 'cache'),
      })
      const live = fs.realpathSync(liveLink(sitesDir))
      const pages = (dir: string) =>
        fs
          .readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((file) => /\.(html|xml|ics|json)$/.test(file) && !file.startsWith('pagefind'))
          .sort()
      expect(pages(live)).toEqual(pages(path.join(full, 'out')))
      // The moment of the build, which JSON files carry, is the only difference allowed; so is a sitemap's
      // lastmod, which dates a page by the build in which it last changed (site/integrations/sitemap-lastmod.ts):
      // a first, full build dates every page now.
      const content = (dir: string, file: string) =>
        fs
          .readFileSync(path.join(dir, file), 'utf8')
          .replace(/<lastmod>[^<]*<\/lastmod>/g, '')
          .replace(/"(builtAt|generatedAt)":\s*"[^"]*"/g, '')
      const different = pages(live).filter(
        (file) => content(live, file) !== content(path.join(full, 'out'), file),
      )
      expect(different).toEqual([])
    } finally {
      fs.rmSync(full, { recursive: true, force: true })
    }
  }, 600_000)

  it('keeps the live site when the CMS is down during the build, and says so in Polish', async () => {
    const before = liveRelease(sitesDir)
    await stopApi()
    await createArticle(payload, { title: unique('Niewidoczna'), status: 'published' })
    await runPublishNow(payload)
    const log = await lastPublish(payload)
    expect(log.status).toBe('failed')
    expect(log.error).toMatch(/nie mógł pobrać treści z CMS/)
    expect(liveRelease(sitesDir)).toBe(before)
    await serveApi()
  }, 600_000)

  it('publishes an alert past records that break the contract, and names each left-out record and field', async () => {
    // a live release built from clean data, whose records' last good versions the loaders keep; the event is
    // the test's own, published one (the first by id may be a demo draft, or another test file's record)
    await createArticle(payload, { title: unique('Przed zatruciem'), status: 'published' })
    const event = (await payload.create({
      collection: 'events',
      data: {
        title: unique('Zebranie przed zatruciem'),
        lead: 'Zebranie wiejskie.',
        start: '2030-06-14T16:00:00.000Z',
        end: '2030-06-14T18:00:00.000Z',
        place: { name: 'Świetlica wiejska' },
        organiser: { kind: 'gmina' },
        _status: 'published',
      } as never,
    })) as unknown as { id: number; start: string; end: string }
    await runPublishNow(payload)
    expect((await lastPublish(payload)).status).toBe('succeeded')
    const { sql } = await import('@payloadcms/db-postgres')
    const db = payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<{ rows: any[] }> } }
    // Written past the CMS's own validation, as a faulty import or a migration could leave them.
    await db.drizzle.execute(
      // updated_at moves too, as any import would move it: the loaders' incremental sync fetches changed records only.
      sql`update events set "start" = '2999-09-13 10:00:00+00', "end" = '2999-09-13 11:00:00+00', "updated_at" = now() where id = ${event.id}`,
    )
    const [deep, evil] = (
      await payload.find({
        collection: 'articles',
        limit: 2,
        sort: 'id',
        depth: 0,
        where: { _status: { equals: 'published' } },
      })
    ).docs as unknown as { id: number; slug: string; title: string; body: unknown; updatedAt: string }[]
    let node: Record<string, unknown> = { type: 'text', text: 'dno', version: 1 }
    for (let n = 0; n < 500; n++) node = { type: 'quote', version: 1, children: [node] }
    await payload.db.updateOne({
      collection: 'articles',
      id: deep!.id,
      data: {
        body: { root: { type: 'root', version: 1, children: [node] } },
        updatedAt: new Date().toISOString(),
      },
    })
    const evilLink = { type: 'link', version: 1, fields: { linkType: 'custom', url: '/\\evil' } }
    await payload.db.updateOne({
      collection: 'articles',
      id: evil!.id,
      data: {
        updatedAt: new Date().toISOString(),
        body: {
          root: {
            type: 'root',
            version: 1,
            children: [
              {
                type: 'paragraph',
                version: 1,
                children: [{ ...evilLink, children: [{ type: 'text', text: 'kliknij', version: 1 }] }],
              },
            ],
          },
        },
      },
    })
    const [change] = (
      await payload.find({ collection: 'bip-changes', limit: 1, depth: 0, sort: '-changedAt' })
    ).docs as unknown as { document: number; title: string; permanentId: string }[]
    await db.drizzle.execute(sql`update bip_documents set "_status" = 'draft' where id = ${change!.document}`)

    // The database is shared with the test files after this one: put every poisoned record back as it was.
    const restore = async () => {
      await db.drizzle.execute(
        sql`update events set "start" = ${event.start}, "end" = ${event.end} where id = ${event.id}`,
      )
      for (const article of [deep!, evil!])
        await payload.db.updateOne({
          collection: 'articles',
          id: article.id,
          data: { body: article.body, updatedAt: article.updatedAt },
        })
      await db.drizzle.execute(
        sql`update bip_documents set "_status" = 'published' where id = ${change!.document}`,
      )
    }
    try {
      const alert = await createWeatherAlert(payload, {
        title: unique('Burza'),
        severity: 'ostrzezenie',
        shortText: 'Silny wiatr. Zostań w domu.',
        validFrom: new Date(Date.now() - 60_000),
        validUntil: new Date(Date.now() + 86_400_000),
      })
      await runPublishNow(payload)

      const log = (await lastPublish(payload)) as Awaited<ReturnType<typeof lastPublish>> & {
        warnings?: string
      }
      expect(log.error ?? null).toBe(null)
      expect(log.status).toBe('succeeded')
      expect(liveRelease(sitesDir)).toBe(log.releaseId)
      const live = (file: string) => fs.readFileSync(path.join(liveLink(sitesDir), file), 'utf8')
      expect(live(`komunikaty/${alert.slug}/index.html`)).toContain(alert.title)
      expect(log.warnings!.split('\n').sort()).toEqual(
        [
          `Pominięto rekord articles #${deep!.id}: pole „body”: nested deeper than 20 levels. Serwis pokazuje nadal jego poprzednią wersję.`,
          `Pominięto rekord events #${event.id}: pole „start”: must lie between the years 1900 and 2200. Serwis pokazuje nadal jego poprzednią wersję.`,
        ].sort(),
      )
      // the last good version of the deep article stays, the bad link is only text, the register names the
      // unpublished document without a link to its (gone) page
      expect(live(`aktualnosci/${deep!.slug}/index.html`)).toContain(`<h1>${deep!.title}</h1>`)
      expect(live(`aktualnosci/${evil!.slug}/index.html`)).toContain('<p>kliknij</p>')
      const register = live('bip/rejestr-zmian/index.html')
      expect(register).toContain(change!.title)
      expect(register).not.toContain(`href="/bip/dokument/${change!.permanentId}/"`)
    } finally {
      await restore()
    }
  }, 900_000)
})
