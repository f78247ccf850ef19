import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { nginxBinary, startNginx } from '../../../scripts/lib/nginx-for-tests'
import { cacheControls, securityHeaders, withTileServer } from '../../../scripts/lib/web-server-config'
import { useChromium } from './support/browser'
import { e2eMap } from './support/map-tiles'

const siteUrl = inject('siteUrl')
const siteOutDir = inject('siteOutDir')

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
    probe.once('error', reject)
  })

/** The first file of a folder of the built site with one of the extensions, as a URL path. */
const firstFile = (folder: string, extensions: string[]): string => {
  const name = fs
    .readdirSync(path.join(siteOutDir, folder))
    .sort()
    .find((file) => extensions.some((extension) => file.endsWith(`.${extension}`)))
  if (!name) throw new Error(`no ${extensions.join('/')} file in ${folder} of the built site`)
  return `/${folder}/${name}`
}

const answer = async (base: string, pathname: string) => {
  const response = await fetch(`${base}${pathname}`, { redirect: 'manual' })
  await response.arrayBuffer()
  // sirv writes "text/html;charset=utf-8", nginx "text/html; charset=utf-8": the same type.
  const contentType = (response.headers.get('content-type') ?? '').replace(/;\s*/, '; ')
  const security = Object.fromEntries(securityHeaders().map(([name]) => [name, response.headers.get(name)]))
  return {
    status: response.status,
    contentType,
    cacheControl: response.headers.get('cache-control'),
    // ETag and Last-Modified: what the browser revalidates with ("304 Not Modified" while a file is unchanged)
    validators: Boolean(response.headers.get('etag') && response.headers.get('last-modified')),
    security,
  }
}

/**
 * The demo site as the e2e run built it, served by Debian's real nginx with docker/nginx.conf and by pnpm
 * start's static server (the one this run serves it with): the same status, type and security headers for a
 * page, a feed, uploads of every kind and a 404.
 */
describe.skipIf(!nginxBinary && !process.env.CI)('the built site behind nginx and behind pnpm start', () => {
  let nginx: Awaited<ReturnType<typeof startNginx>>
  const browser = useChromium()

  beforeAll(async () => {
    nginx = await startNginx(siteOutDir, await freePort())
  })

  afterAll(async () => {
    await nginx?.stop()
  })

  it('answer the same, with nosniff and every security header, and type uploads by the list', async () => {
    // pages, feeds and the 404 revalidated on every visit (a fresh alert is never hidden by a cache), with
    // validators; hashed assets kept for a year, uploads for a day
    const { assets, uploads, pages } = cacheControls()
    expect(pages).toBe('no-cache')
    expect(assets).toBe('public, max-age=31536000, immutable')
    const expected: [string, number, string, string][] = [
      ['/', 200, 'text/html; charset=utf-8', pages],
      ['/aktualnosci/', 200, 'text/html; charset=utf-8', pages],
      ['/aktualnosci/rss.xml', 200, 'text/xml; charset=utf-8', pages],
      ['/nie-ma-takiej-strony/', 404, 'text/html; charset=utf-8', pages],
      [firstFile('pliki', ['pdf']), 200, 'application/pdf', uploads],
      [firstFile('media', ['webp']), 200, 'image/webp', uploads],
      [firstFile('media', ['jpg']), 200, 'image/jpeg', uploads],
      [firstFile('bip/pliki', ['pdf']), 200, 'application/pdf', uploads],
      [firstFile('informator/pliki', ['pdf']), 200, 'application/pdf', uploads],
      [firstFile('informator/okladki', ['webp']), 200, 'image/webp', uploads],
    ]
    // this run's static server lets the pages load the e2e map's tiles (RATUSZ_MAP_TILE_URL), as a gmina with a map
    // adds its tile server to img-src in docker/security-headers.conf
    const security = {
      nginx: Object.fromEntries(securityHeaders()),
      'static server': Object.fromEntries(withTileServer(securityHeaders(), e2eMap.tileUrl)),
    }
    for (const [pathname, status, contentType, cacheControl] of expected) {
      for (const [server, url] of [
        ['nginx', nginx.url],
        ['static server', siteUrl],
      ] as const) {
        const wanted = { status, contentType, cacheControl, security: security[server] }
        const { validators, ...got } = await answer(url, pathname)
        expect(got, `${server} ${pathname}`).toEqual(wanted)
        if (status === 200) expect(validators, `${server} ${pathname}: ETag and Last-Modified`).toBe(true)
      }
    }
    // a hashed build asset (the site's scripts; its styles are inlined): kept for a year by both (their types
    // for JavaScript differ by the MIME lists: nginx's and sirv's)
    const asset = firstFile('_astro', ['js'])
    for (const url of [nginx.url, siteUrl]) {
      const { status, cacheControl, validators } = await answer(url, asset)
      expect({ status, cacheControl, validators }, `${url}${asset}`).toEqual({
        status: 200,
        cacheControl: assets,
        validators: true,
      })
    }
    expect(security.nginx['X-Content-Type-Options']).toBe('nosniff')
  })

  it('let the search page search under the production headers (its script and WebAssembly within the policy)', async () => {
    const page = await browser().newPage()
    const refused: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
    })
    await page.goto(`${nginx.url}/szukaj/?q=kanalizacja`)
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
      .toMatch(/^Znaleziono/)
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0)
    expect(refused).toEqual([])
  })
})
