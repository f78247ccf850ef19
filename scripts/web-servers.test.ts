import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCombinedLine } from '../packages/payload-plugin/src/plugins/statistics/log/parse-combined-line'
import { UPLOAD_TYPES } from '../packages/payload-plugin/src/shared/upload-types'
import { nginxBinary, startNginx } from './lib/nginx-for-tests'
import { repoDir } from './lib/paths'
import { closeServer, serveStatic } from './lib/static-server'
import { routeFiles } from '../site/integrations/section-routes'
import { securityHeaders, uploadLocation, uploadTypes, withTileServer } from './lib/web-server-config'

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
    probe.once('error', reject)
  })

const html = '<!doctype html><html lang="pl"><title>x</title><script>alert(document.domain)</script></html>'

/** A release folder as the site build makes it: pages, a feed, a calendar, uploads in every upload route. */
const makeRelease = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-release-'))
  const write = (name: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
  }
  write('index.html', '<!doctype html><html lang="pl"><title>Lipowa Wola</title></html>')
  write('404.html', '<!doctype html><html lang="pl"><title>Nie ma takiej strony</title></html>')
  write('aktualnosci/index.html', '<!doctype html><html lang="pl"><title>Aktualności</title></html>')
  write('rss.xml', '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel/></rss>')
  write('robots.txt', 'User-agent: *\n')
  write('wydarzenia/kalendarz.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')
  write('pliki/uchwala.pdf', '%PDF-1.4\n%%EOF\n')
  write('pliki/ogloszenie.txt', 'Ogłoszenie wójta\n')
  write('media/zdjecie.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  write('_astro/index.B2x9kQ1a.css', 'body{margin:0}')
  // Uploads an older version could store under the editor's name: never pages.
  for (const route of ['pliki', 'media', 'bip/pliki', 'informator/pliki', 'informator/okladki'])
    write(`${route}/x.html`, html)
  return dir
}

type Answer = { status: number; headers: Record<string, string> }

const get = async (base: string, pathname: string): Promise<Answer> => {
  const response = await fetch(`${base}${pathname}`, { redirect: 'manual' })
  await response.arrayBuffer()
  const headers = Object.fromEntries(response.headers)
  // sirv writes "text/html;charset=utf-8", nginx "text/html; charset=utf-8": the same type.
  if (headers['content-type']) headers['content-type'] = headers['content-type'].replace(/;\s*/, '; ')
  return { status: response.status, headers }
}

const security = Object.fromEntries(securityHeaders().map(([name, value]) => [name.toLowerCase(), value]))

/** What both servers must answer: status, Content-Type and the security headers, path by path. */
const expected: [string, number, string][] = [
  ['/', 200, 'text/html; charset=utf-8'],
  ['/aktualnosci/', 200, 'text/html; charset=utf-8'],
  ['/nie-ma-takiej-strony/', 404, 'text/html; charset=utf-8'],
  ['/wydarzenia/kalendarz.ics', 200, 'text/calendar'],
  ['/robots.txt', 200, 'text/plain; charset=utf-8'],
  ['/pliki/uchwala.pdf', 200, 'application/pdf'],
  ['/pliki/ogloszenie.txt', 200, 'text/plain; charset=utf-8'],
  ['/media/zdjecie.png', 200, 'image/png'],
  ['/pliki/x.html', 200, 'application/octet-stream'],
  ['/media/x.html', 200, 'application/octet-stream'],
  ['/bip/pliki/x.html', 200, 'application/octet-stream'],
  ['/informator/pliki/x.html', 200, 'application/octet-stream'],
  ['/informator/okladki/x.html', 200, 'application/octet-stream'],
  // No "x" → "x.html" fallback for uploads.
  ['/pliki/x', 404, 'text/html; charset=utf-8'],
]

const checkServer = (
  name: string,
  start: (
    dir: string,
    port: number,
  ) => Promise<{ url: string; accessLog: string; stop: () => Promise<void> }>,
) =>
  describe(name, () => {
    let release: string
    let server: { url: string; accessLog: string; stop: () => Promise<void> }

    beforeAll(async () => {
      release = makeRelease()
      server = await start(release, await freePort())
    })

    afterAll(async () => {
      await server?.stop()
      fs.rmSync(release, { recursive: true, force: true })
    })

    it.each(expected)('%s → %i, %s, with the security headers', async (pathname, status, contentType) => {
      const answer = await get(server.url, pathname)
      expect(answer.status).toBe(status)
      expect(answer.headers['content-type']).toBe(contentType)
      for (const [header, value] of Object.entries(security)) expect(answer.headers[header]).toBe(value)
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
    })

    it.each(['/', '/aktualnosci/', '/rss.xml', '/wydarzenia/kalendarz.ics'])(
      '%s: revalidated on every visit, and answered "304 Not Modified" while it is unchanged',
      async (pathname) => {
        const first = await get(server.url, pathname)
        expect(first.headers['cache-control']).toBe('no-cache')
        expect(first.headers.etag).toBeTruthy()
        expect(first.headers['last-modified']).toBeTruthy()
        const again = await fetch(`${server.url}${pathname}`, {
          headers: { 'If-None-Match': first.headers.etag! },
        })
        await again.arrayBuffer()
        expect(again.status).toBe(304)
      },
    )

    it.each([
      ['/_astro/index.B2x9kQ1a.css', 'public, max-age=31536000, immutable'],
      ['/media/zdjecie.png', 'public, max-age=86400'],
      ['/pliki/uchwala.pdf', 'public, max-age=86400'],
      ['/nie-ma-takiej-strony/', 'no-cache'],
    ])('%s: kept by browsers as %s', async (pathname, cacheControl) => {
      expect((await get(server.url, pathname)).headers['cache-control']).toBe(cacheControl)
    })

    it('logs every request in nginx’s combined format, for the traffic statistics', async () => {
      // UTF-8 bytes as a header carries them
      const agent = Buffer.from('Mozilla/5.0 RatuszLogTest/1.0 "zażółć"').toString('latin1')
      const requests: [string, string][] = [
        ['GET', '/aktualnosci/?utm_source=fb'],
        ['HEAD', '/'],
        ['GET', '/nie-ma-takiej-strony/'],
        ['GET', '/pliki/uchwala.pdf'],
      ]
      for (const [method, pathname] of requests) {
        const response = await fetch(`${server.url}${pathname}`, {
          method,
          headers: { 'User-Agent': agent, Referer: 'https://www.google.com/' },
        })
        await response.arrayBuffer()
      }
      const logged = async () =>
        fs.existsSync(server.accessLog)
          ? fs
              .readFileSync(server.accessLog, 'latin1')
              .split('\n')
              .filter((line) => line.includes('RatuszLogTest'))
          : []
      for (let wait = 0; (await logged()).length < requests.length && wait < 40; wait++)
        await new Promise((resolve) => setTimeout(resolve, 50))
      const lines = (await logged()).map((line) => parseCombinedLine(line))
      expect(lines.map((line) => [line?.method, line?.target, line?.status, line?.referrer])).toEqual([
        ['GET', '/aktualnosci/?utm_source=fb', 200, 'https://www.google.com/'],
        ['HEAD', '/', 200, 'https://www.google.com/'],
        ['GET', '/nie-ma-takiej-strony/', 404, 'https://www.google.com/'],
        ['GET', '/pliki/uchwala.pdf', 200, 'https://www.google.com/'],
      ])
      // nginx escapes quotes and non-ASCII bytes
      expect(lines[0]?.userAgent).toBe(
        'Mozilla/5.0 RatuszLogTest/1.0 \\x22za\\xC5\\xBC\\xC3\\xB3\\xC5\\x82\\xC4\\x87\\x22',
      )
      expect(lines[0]?.ip).toBe('127.0.0.1')
      expect(lines[0]?.time).toMatch(/^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}$/)
    })

    it('serves the feed as XML with the security headers', async () => {
      const answer = await get(server.url, '/rss.xml')
      expect(answer.status).toBe(200)
      expect(answer.headers['content-type']).toBe('text/xml; charset=utf-8')
      for (const [header, value] of Object.entries(security)) expect(answer.headers[header]).toBe(value)
    })
  })

describe('the web servers that serve a release', () => {
  it('read their security headers from one file, nosniff and a CSP without inline script among them', () => {
    expect(security['x-content-type-options']).toBe('nosniff')
    expect(security['content-security-policy']).toContain("script-src 'self'")
    expect(Object.keys(security)).toEqual([
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
    ])
  })

  it('allow images from the map’s tile server only when one is configured', () => {
    expect(withTileServer(securityHeaders(), undefined)).toEqual(securityHeaders())
    const csp = Object.fromEntries(
      withTileServer(securityHeaders(), 'https://tiles.example-gmina.pl:8443/{z}/{x}/{y}.png'),
    )['Content-Security-Policy']!
    expect(csp).toMatch(/(^|; )img-src 'self' data: https:\/\/tiles\.example-gmina\.pl:8443(;|$)/)
    expect(csp.replace(' https://tiles.example-gmina.pl:8443', '')).toBe(security['content-security-policy'])
  })

  it('type uploads with exactly the types the CMS stores, by the extension it gives them', () => {
    const served = uploadTypes()
    const stored = new Map(
      Object.entries(UPLOAD_TYPES).flatMap(([mimeType, { extensions }]) =>
        extensions.map((ext) => [ext, mimeType]),
      ),
    )
    expect(new Map([...served].sort())).toEqual(new Map([...stored].sort()))
  })

  it('treat every site route that copies CMS files as uploads', () => {
    // the site's own pages and every section's (site/src/section-pages/<section>/ mirrors the URLs)
    const sectionPages = path.join(repoDir, 'site/src/section-pages')
    const routesDirs = [
      path.join(repoDir, 'site/src/pages'),
      ...fs.readdirSync(sectionPages).map((section) => path.join(sectionPages, section)),
    ]
    const routes = routesDirs
      .flatMap((dir) =>
        routeFiles(dir)
          .filter((file) => file.endsWith('[...file].ts'))
          .filter((file) => fs.readFileSync(path.join(dir, file), 'utf8').includes('serveCmsFile')),
      )
      .map((file) => `/${path.posix.dirname(file)}/`)
      .sort()
    expect(routes).toEqual([
      '/bip/pliki/',
      '/informator/okladki/',
      '/informator/pliki/',
      '/media/',
      '/pliki/',
    ])
    const uploads = uploadLocation()
    for (const route of routes) expect(uploads.test(`${route}x.pdf`), route).toBe(true)
    expect(uploads.test('/aktualnosci/x.html')).toBe(false)
  })
})

checkServer('pnpm start’s static server (sirv)', async (dir, port) => {
  const accessLog = path.join(dir, '..', `${path.basename(dir)}-access.log`)
  const server = await serveStatic(dir, port, '127.0.0.1', { accessLog })
  return {
    url: `http://127.0.0.1:${port}`,
    accessLog,
    stop: async () => {
      await closeServer(server)
      fs.rmSync(accessLog, { force: true })
    },
  }
})

// Debian's nginx with docker/nginx.conf; CI installs it (.ci/run), elsewhere the test needs `apt-get install nginx-light`.
describe.skipIf(!nginxBinary && !process.env.CI)('nginx', () => {
  checkServer('with docker/nginx.conf', startNginx)
})
