import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import { writeAccessLog } from './access-log'
import {
  cacheControls,
  securityHeaders,
  uploadContentType,
  uploadLocation,
  uploadTypes,
  withTileServer,
} from './web-server-config'

/** Text files of the site that nginx (`charset utf-8` and its default `charset_types`) sends with a charset. */
const TEXT_PAGE_TYPES: Record<string, string> = {
  xml: 'text/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
}

/** The only parts of the CMS the public host answers (docker/nginx.conf proxies the same). */
const PUBLIC_API = ['/api/public/', '/api/open311/']

/**
 * Passes a request on to the CMS as nginx's `proxy_pass` does: same method, path, headers and body, the client's
 * address added as the last `X-Forwarded-For` entry; the CMS's answer goes back as it is (502 when it is down).
 */
const proxyTo = (cmsUrl: string, request: http.IncomingMessage, response: http.ServerResponse) => {
  const forwarded = [request.headers['x-forwarded-for'], request.socket.remoteAddress]
    .filter(Boolean)
    .join(', ')
  const upstream = http.request(
    new URL(request.url ?? '/', cmsUrl),
    { method: request.method, headers: { ...request.headers, 'x-forwarded-for': forwarded } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    },
  )
  upstream.on('error', () => {
    if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' })
    response.end('Serwis formularzy jest chwilowo niedostępny. Spróbuj za kilka minut.')
  })
  request.pipe(upstream)
}

/**
 * Serves a built site folder the way the production web server does: `/x/` from `x/index.html`, files as
 * they are, and the site's own 404 page with status 404 for anything else. Every answer carries the security
 * headers of `docker/security-headers.conf`, and uploads get only the types of `docker/upload-types.conf`
 * (anything else is application/octet-stream), as nginx does with the same files; caching as `docker/nginx.conf`
 * says (pages revalidated on every visit, hashed assets kept for a year, uploads for a day). With `accessLog`, every
 * request is logged there in nginx's `combined` format, as docker/nginx.conf logs it (the traffic statistics).
 */
export const serveStatic = (
  dir: string,
  port: number,
  host = '127.0.0.1',
  /**
   * `cmsUrl`: the CMS that answers `/api/public/` (residents' forms), as nginx proxies it in production.
   * `accessLog`: the file every request is logged to, in nginx's `combined` format.
   * `tileUrl`: the map's tile server (RATUSZ_MAP_TILE_URL), whose images the pages may then load.
   */
  { cmsUrl, accessLog, tileUrl }: { cmsUrl?: string; accessLog?: string; tileUrl?: string } = {},
): Promise<http.Server> => {
  const headers = withTileServer(securityHeaders(), tileUrl)
  const uploads = uploadLocation()
  const types = uploadTypes()
  const caching = cacheControls()
  // sirv's `dev` reads every file at request time (a publish switches `live` under it) and sends `no-cache` with
  // its ETag and Last-Modified: what nginx sends for pages; hashed assets get nginx's long-lived value.
  const pages = sirv(dir, {
    dev: true,
    etag: true,
    extensions: ['html'],
    setHeaders: (response, pathname) => {
      const type = TEXT_PAGE_TYPES[pathname.slice(pathname.lastIndexOf('.') + 1)]
      if (type) response.setHeader('Content-Type', type)
      response.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? caching.assets : caching.pages)
    },
  })
  // nginx serves an upload exactly as named (no `x` → `x.html` fallback), typed by the list.
  const uploadFiles = sirv(dir, {
    dev: true,
    etag: true,
    extensions: [],
    setHeaders: (response, pathname) => {
      response.setHeader('Content-Type', uploadContentType(pathname, types))
      response.setHeader('Cache-Control', caching.uploads)
    },
  })
  const notFound = path.join(dir, '404.html')
  const server = http.createServer((request, response) => {
    for (const [name, value] of headers) response.setHeader(name, value)
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    if (cmsUrl && PUBLIC_API.some((prefix) => pathname.startsWith(prefix)))
      return proxyTo(cmsUrl, request, response)
    const files = uploads.test(pathname) ? uploadFiles : pages
    files(request, response, () => {
      response.statusCode = 404
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.setHeader('Cache-Control', caching.pages)
      response.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found')
    })
  })
  if (accessLog) {
    const closeLog = writeAccessLog(server, accessLog)
    server.once('close', () => void closeLog())
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}

export const closeServer = (server: http.Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
