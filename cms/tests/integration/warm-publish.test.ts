import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import {
  liveLink,
  previewFromCms,
  previewOverHttp,
  publishOverHttp,
  publishFromCms,
  rollback,
  servePublisher,
} from '@ratusz/publisher'
import { asPublished } from '@ratusz/payload-plugin'
import { filesOf, stopWarmRenderers } from '@ratusz/publisher/warm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApiServer } from '../../src/dev/api-server'
import { seedDemo } from '../../src/seed/seed'
import { createArticle, unique } from '../support/articles'
import { integrationApiPort } from '../support/api-port'
import { repoDir } from '../../src/paths'
import { testPayload } from '../support/payload'

const cmsUrl = `http://127.0.0.1:${integrationApiPort}`
const siteUrl = 'http://127.0.0.1:4399'

/** Each file of a folder with a digest of its bytes. */
const digestsOf = (dir: string): Map<string, string> =>
  new Map(
    filesOf(dir).map((file) => [
      file,
      createHash('sha1')
        .update(fs.readFileSync(path.join(dir, file)))
        .digest('base64url'),
    ]),
  )

describe('the warm publisher: publishes through the renderer, previews and rolls back', () => {
  let payload: Payload
  let api: Server | undefined
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-warm-publish-'))

  beforeAll(async () => {
    payload = await testPayload()
    await seedDemo(payload, { adminEmail: 'admin-warm@example.pl', adminPassword: 'warm-password-12' })
    api = await startApiServer(payload, integrationApiPort)
  }, 900_000)
  afterAll(async () => {
    await new Promise((resolve) => (api ? api.close(resolve) : resolve(undefined)))
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('publishes through the renderer with RATUSZ_WARM_PUBLISH, into a release sharing the unchanged files', async () => {
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
      const releases = path.join(config.RATUSZ_SITES_DIR, 'releases')
      const firstRelease = path.join(releases, first.releaseId)
      const firstFiles = digestsOf(firstRelease)
      const article = await createArticle(payload, { title: unique('Remont mostu'), status: 'published' })
      const second = await publishFromCms(repoDir, config)
      expect(second.via).toBe('warm')
      // The renderer's first render starts from its first build's store (no full sync): the routes that read no
      // article keep their paths.
      const [, kept] = /\d+ routes walked, (\d+) kept/.exec(second.detail ?? '') ?? []
      expect(Number(kept)).toBeGreaterThan(0)
      // The new release is a hardlink clone of the first: a page the publish did not change is the very same
      // file in both; the first release's files are untouched (rollback stays exact).
      const secondRelease = path.join(releases, second.releaseId)
      const samePages = [...digestsOf(secondRelease)].filter(
        ([file, digest]) => file.endsWith('.html') && firstFiles.get(file) === digest,
      )
      // (a new article changes its own page, the lists and feeds: far fewer than a quarter of the pages)
      const firstPages = [...firstFiles.keys()].filter((file) => file.endsWith('.html'))
      expect(samePages.length).toBeGreaterThan(firstPages.length * 0.75)
      const inode = (dir: string, file: string) => fs.statSync(path.join(dir, file)).ino
      expect(
        samePages
          .filter(([file]) => inode(firstRelease, file) !== inode(secondRelease, file))
          .map(([f]) => f),
      ).toEqual([])
      // A feed the new article is not in keeps its file, and with it its HTTP validators: feeds carry no build time.
      for (const feed of ['bip/rss.xml', 'wydarzenia/rss.xml', 'komunikaty/rss.xml'])
        expect(inode(secondRelease, feed), feed).toBe(inode(firstRelease, feed))
      expect(digestsOf(firstRelease)).toEqual(firstFiles)
      const secondFiles = digestsOf(secondRelease)
      console.log(
        `warm publish: ${second.durationMs} ms (${JSON.stringify(second.stepsMs)}): ${second.detail}; ` +
          `${samePages.length} of ${firstPages.length} pages the same`,
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
      // The same through a publisher process's port (the production stack's publisher and `pnpm start`'s process
      // hold the renderer; the CMS process asks them), signed with the CMS's secret; unsigned or mis-signed requests
      // refused.
      const request = {
        collection: 'articles',
        record: asPublished(payload, 'articles', JSON.parse(JSON.stringify(record))),
        pathname: `/aktualnosci/${draft.slug}/`,
      }
      const server = await servePublisher({
        port: 0,
        host: '127.0.0.1',
        secret: payload.secret,
        preview: previewFromCms(repoDir, config),
        publish: () => publishFromCms(repoDir, config),
      })
      let third: Awaited<ReturnType<ReturnType<typeof publishOverHttp>>>
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
        const overHttp = await previewOverHttp(url, payload.secret)(request)
        expect('html' in overHttp ? overHttp.html : overHttp).toContain(draft.title)
        expect(await previewOverHttp(url, 'not-the-secret-0123456789abcdef0123')(request)).toEqual({
          unavailable: 'refused',
          reason: 'the publisher answered HTTP 401',
        })
        const unsigned = await fetch(`${url}/podglad`, { method: 'POST', body: JSON.stringify(request) })
        expect(unsigned.status).toBe(401)
        expect(await unsigned.text()).not.toContain(draft.title)
        // a publish asked for over the port is refused unless signed; signed, it goes on warm after the preview
        await expect(publishOverHttp(url, 'not-the-secret-0123456789abcdef0123')('test')).rejects.toThrow(
          'the publisher answered HTTP 401',
        )
        third = await publishOverHttp(url, payload.secret)('test')
      } finally {
        server.close()
      }
      expect(await previewOverHttp('http://127.0.0.1:9', payload.secret)(request)).toEqual({
        unavailable: 'renderer-not-started',
      })
      await expect(publishOverHttp('http://127.0.0.1:9', payload.secret)('test')).rejects.toThrow(
        'Cannot reach the publisher',
      )
      expect(third.via).toBe('warm')
      expect(third.previousReleaseId).toBe(second.releaseId)
      expect(fs.existsSync(path.join(liveLink(config.RATUSZ_SITES_DIR), `aktualnosci/${draft.slug}`))).toBe(
        false,
      )
      // Rolled back (to the second release, exactly as it was), the live release is no longer the renderer's:
      // the next publish starts a new one.
      await rollback(config.RATUSZ_SITES_DIR)
      expect(digestsOf(live)).toEqual(secondFiles)
      expect((await publishFromCms(repoDir, config)).via).toBe('warm-start')
    } finally {
      stopWarmRenderers()
    }
  }, 900_000)
})
