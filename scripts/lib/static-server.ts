import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import sirv from 'sirv'

/**
 * Serves a built site folder the way the production web server does: `/x/` from `x/index.html`, files as
 * they are, and the site's own 404 page with status 404 for anything else.
 */
export const serveStatic = (dir: string, port: number, host = '127.0.0.1'): Promise<http.Server> => {
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] })
  const notFound = path.join(dir, '404.html')
  const server = http.createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found')
    }),
  )
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
