import fs from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { pagesToScore, scorePages, scoreTable } from '../site/tests/lighthouse/score-pages'
import { closeServer, serveStatic } from './lib/static-server'

/**
 * `pnpm lighthouse [site URL | built site folder]`: scores home, an article, an event, an issue and a BIP
 * document in Lighthouse (performance, accessibility, best practices, SEO) and prints a table. The default is
 * the site `pnpm start` runs. A folder is served here the way `pnpm start` serves it, on the local port it was
 * built for (its canonical URLs must point to where it is served). Exits 1 when a score is below 100.
 */
const target = process.argv[2] ?? 'http://localhost:4321'
const started = Date.now()

/** The local origin a built folder was built for (RATUSZ_SITE_URL), from its sitemap. */
const builtFor = (folder: string): URL => {
  const index = fs.readFileSync(path.join(folder, 'sitemap-index.xml'), 'utf8')
  const origin = new URL(/<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? 'http://127.0.0.1/')
  if (!['127.0.0.1', 'localhost'].includes(origin.hostname) || !origin.port)
    throw new Error(
      `${folder} was built for ${origin.origin}; build it with a local RATUSZ_SITE_URL to score it`,
    )
  return origin
}
const server = fs.existsSync(target) ? await serveStatic(target, Number(builtFor(target).port)) : undefined
const siteUrl = server ? `http://127.0.0.1:${(server.address() as AddressInfo).port}` : target
try {
  const scores = await scorePages(siteUrl, await pagesToScore(siteUrl))
  console.log(scoreTable(scores))
  console.log(`\n${scores.length} pages in ${Math.round((Date.now() - started) / 1000)} s`)
  if (scores.some((score) => Object.values(score.scores).some((value) => value < 100))) process.exitCode = 1
} catch (error) {
  console.error(`Lighthouse failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  if (server) await closeServer(server)
}
