import fs from 'node:fs'
import { CAPTURE_NAME, type AstroConfig } from './capture'
import type { SitePath } from './render-paths'

/** Astro's incremental manifest of the renderer's cacheDir, as far as it is read here. */
export type Manifest = {
  routes: Record<
    string,
    { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string }> }
  >
}

/**
 * Writes Astro's incremental manifest to `file` as if a build had made the `current` paths (the search index and
 * the sitemap read each page's version from it, see readPageVersions, to redo only what changed), and returns it.
 */
export function writeManifest(
  file: string,
  last: Manifest,
  current: readonly SitePath[],
  templateHash: (component: string) => string,
): Manifest {
  const next: Manifest = { ...last, routes: {} }
  for (const p of current) {
    if (p.cacheKey === undefined) continue
    const route = (next.routes[p.route.component] ??= {
      dependencyHash: templateHash(p.route.component),
      paths: {},
    })
    route.paths[p.pathname] = {
      ...last.routes[p.route.component]?.paths[p.pathname],
      cacheKey: p.cacheKey,
      outputFile: p.outputFile,
    }
  }
  fs.writeFileSync(file, JSON.stringify(next))
  return next
}

/**
 * Runs the `astro:build:done` hook of the site's integrations that work on the finished output in `outDir` (the
 * search index, the sitemap) as at the end of a build, with `pages` and `assets` made from the `current` paths as
 * Astro makes them; but side by side: each reads the pages and writes files of its own, and the search index mostly waits for
 * Pagefind's own process while the sitemap works in this one. Returns each hook's time (they overlap).
 */
export async function runBuildDone(
  integrations: AstroConfig['integrations'],
  outDir: URL,
  current: readonly SitePath[],
  logger: unknown,
): Promise<Record<string, number>> {
  const assets = new Map<string, URL[]>()
  for (const p of current) {
    const url = new URL(p.outputFile, outDir)
    const urls = assets.get(p.route.route)
    if (urls) urls.push(url)
    else assets.set(p.route.route, [url])
  }
  const pages = current
    .filter((p) => p.route.type === 'page')
    .map((p) => ({ pathname: p.pathname.replace(/^\//, '').replace(/\/?$/, '/') }))
  const times: Record<string, number> = {}
  await Promise.all(
    integrations.map(async (integration) => {
      const done = integration.hooks['astro:build:done'] as ((params: object) => Promise<void>) | undefined
      if (integration.name === CAPTURE_NAME || !done) return
      const began = performance.now()
      await done({ dir: outDir, pages, assets, logger })
      times[integration.name] = Math.round(performance.now() - began)
    }),
  )
  return times
}
