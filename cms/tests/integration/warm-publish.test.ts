import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'
import type { Payload } from 'payload'
import { astroBuild, liveLink, previewFromCms, publishFromCms, rollback } from '@ratusz/publisher'
import { asPublished } from '@ratusz/payload-plugin'
import { stopWarmRenderers, WarmRenderer } from '@ratusz/publisher/warm'
import { siteBuildEnv } from '@ratusz/site-build'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApiServer } from '../../src/dev/api-server'
import { seedDemo } from '../../src/seed/seed'
import { demoSettings } from '../../src/seed/content/settings'
import { createArticle, unique } from '../support/articles'
import { integrationApiPort } from '../support/api-port'
import { repoDir } from '../../src/paths'
import { testPayload } from '../support/payload'

const siteDir = path.join(repoDir, 'site')
const cmsUrl = `http://127.0.0.1:${integrationApiPort}`
const siteUrl = 'http://127.0.0.1:4399'

/** Every file below `dir`, relative, sorted. */
const filesOf = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()

/** The files of two folders that differ (in one only, or with other bytes). */
const differences = (a: string, b: string): string[] => {
  const [left, right] = [filesOf(a), filesOf(b)]
  const all = [...new Set([...left, ...right])].sort()
  return all.filter((file) => {
    if (!left.includes(file)) return `only in ${b}`
    if (!right.includes(file)) return `only in ${a}`
    return !fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file)))
  })
}

describe('the warm renderer: changes rendered warm give the very files of a cold build', () => {
  let payload: Payload
  let api: Server | undefined
  let renderer: WarmRenderer | undefined
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-warm-'))
  // One "now" for every build of the test, so that the alerts' states agree.
  const env = { ...siteBuildEnv({ cmsUrl, siteUrl }), RATUSZ_BUILD_NOW: new Date().toISOString() }

  beforeAll(async () => {
    payload = await testPayload()
    await seedDemo(payload, { adminEmail: 'admin-warm@example.pl', adminPassword: 'warm-password-12' })
    api = await startApiServer(payload, integrationApiPort)
  }, 900_000)
  afterAll(async () => {
    renderer?.stop()
    await new Promise((resolve) => (api ? api.close(resolve) : resolve(undefined)))
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('after an article edit, add, delete, unpublish, an alert and a settings change', async () => {
    const first = path.join(work, 'warm-0')
    ;({ renderer } = await WarmRenderer.start({
      repoDir,
      siteDir,
      outDir: first,
      cacheDir: path.join(work, 'warm-cache'),
      env,
    }))
    const pagesBefore = filesOf(first).filter((file) => file.endsWith('.html')).length

    const { docs: articles } = (await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: '-publishedAt',
      limit: 3,
    })) as unknown as { docs: { id: number; title: string }[] }
    const [edited, deleted, unpublished] = articles
    await payload.update({
      collection: 'articles',
      id: edited!.id,
      data: { title: `${edited!.title} (poprawione)` } as never,
    })
    await payload.delete({ collection: 'articles', id: deleted!.id })
    await payload.update({ collection: 'articles', id: unpublished!.id, data: { _status: 'draft' } as never })
    const added = await createArticle(payload, { title: unique('Nowy chodnik'), status: 'published' })
    await payload.create({
      collection: 'alerts',
      data: {
        title: unique('Burza'),
        kind: 'pogoda',
        severity: 'ostrzezenie',
        shortText: 'Silny wiatr. Zostań w domu.',
        areas: [],
        validFrom: new Date(Date.parse(env.RATUSZ_BUILD_NOW) - 60_000).toISOString(),
        validUntil: new Date(Date.parse(env.RATUSZ_BUILD_NOW) + 86_400_000).toISOString(),
        source: 'IMGW-PIB',
        _status: 'published',
      } as never,
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { ...demoSettings, contacts: { ...demoSettings.contacts, phone: '+48 41 999 00 11' } } as never,
    })

    const warm = path.join(work, 'warm-1')
    fs.cpSync(first, warm, { recursive: true, preserveTimestamps: true })
    const reply = await renderer!.render(warm)
    expect(reply).toMatchObject({ type: 'rendered' })
    if (reply.type !== 'rendered') return
    console.log(
      `warm render: ${reply.rendered} of ${reply.paths} paths rendered, ${reply.written.length} files written, ` +
        `${reply.deleted.length} deleted; steps ${JSON.stringify(reply.stepsMs)}; ${pagesBefore} pages before`,
    )
    expect(fs.readFileSync(path.join(warm, `aktualnosci/${added.slug}/index.html`), 'utf8')).toContain(
      added.title,
    )

    const cold = path.join(work, 'cold')
    await astroBuild({ siteDir, cmsUrl, siteUrl, outDir: cold, cacheDir: path.join(work, 'cold-cache'), env })
    expect(differences(warm, cold)).toEqual([])

    // A second change, one article's text: only the paths whose key changed (and those without a key) are
    // rendered, and the result is again a cold build's.
    const { docs: latest } = (await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: 'publishedAt',
      limit: 1,
    })) as unknown as { docs: { id: number; title: string; slug: string }[] }
    const oldest = latest[0]!
    await payload.update({
      collection: 'articles',
      id: oldest.id,
      data: { title: `${oldest.title} (druga poprawka)` } as never,
    })
    const again = path.join(work, 'warm-2')
    fs.cpSync(warm, again, { recursive: true, preserveTimestamps: true })
    const second = await renderer!.render(again)
    expect(second).toMatchObject({ type: 'rendered' })
    if (second.type !== 'rendered') return
    console.log(
      `second warm render: ${second.rendered} of ${second.paths} paths rendered, ${second.written.length} files ` +
        `written; steps ${JSON.stringify(second.stepsMs)}`,
    )
    expect(second.written).toContain(`aktualnosci/${oldest.slug}/index.html`)
    expect(second.rendered).toBeLessThan(second.paths / 4)
    const coldAgain = path.join(work, 'cold-2')
    await astroBuild({
      siteDir,
      cmsUrl,
      siteUrl,
      outDir: coldAgain,
      cacheDir: path.join(work, 'cold-cache-2'),
      env,
    })
    expect(differences(again, coldAgain)).toEqual([])
  }, 900_000)

  it('publishes through the renderer with RATUSZ_WARM_PUBLISH, and says which way it went', async () => {
    const config = {
      RATUSZ_SITES_DIR: path.join(work, 'sites'),
      RATUSZ_KEEP_RELEASES: 3,
      RATUSZ_CMS_URL: cmsUrl,
      RATUSZ_SITE_URL: siteUrl,
      RATUSZ_WARM_PUBLISH: true,
    }
    try {
      const first = await publishFromCms(repoDir, config)
      expect(first.via).toBe('warm-start')
      const article = await createArticle(payload, { title: unique('Remont mostu'), status: 'published' })
      const second = await publishFromCms(repoDir, config)
      expect(second.via).toBe('warm')
      console.log(
        `warm publish: ${second.durationMs} ms (${JSON.stringify(second.stepsMs)}): ${second.detail}`,
      )
      const live = liveLink(config.RATUSZ_SITES_DIR)
      expect(fs.readFileSync(path.join(live, `aktualnosci/${article.slug}/index.html`), 'utf8')).toContain(
        article.title,
      )
      // "Podgląd": the same renderer renders a draft's page on request, and writes it nowhere.
      const draft = await createArticle(payload, { title: unique('Szkic w podglądzie'), status: 'draft' })
      const record = await payload.findByID({ collection: 'articles', id: draft.id, draft: true, depth: 1 })
      const preview = await previewFromCms(
        repoDir,
        config,
      )({
        collection: 'articles',
        record: asPublished(payload, 'articles', JSON.parse(JSON.stringify(record))),
        pathname: `/aktualnosci/${draft.slug}/`,
      })
      expect('html' in preview ? preview.html : preview).toContain(`<h1`)
      expect('html' in preview ? preview.html : '').toContain(draft.title)
      expect(fs.existsSync(path.join(live, `aktualnosci/${draft.slug}`))).toBe(false)
      // the renderer goes on publishing warm after a preview
      const third = await publishFromCms(repoDir, config)
      expect(third.via).toBe('warm')
      expect(fs.existsSync(path.join(liveLink(config.RATUSZ_SITES_DIR), `aktualnosci/${draft.slug}`))).toBe(
        false,
      )
      // Rolled back, the live release is no longer the renderer's: the next publish starts a new one.
      await rollback(config.RATUSZ_SITES_DIR)
      expect((await publishFromCms(repoDir, config)).via).toBe('warm-start')
    } finally {
      stopWarmRenderers()
    }
  }, 900_000)
})
