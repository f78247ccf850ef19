import { keepManifest, type IncrementalManifest } from '@ratusz/site-build'
import { CAPTURE_NAME, type AstroConfig } from './capture'
import type { SitePath } from './render-paths'

/**
 * Astro's incremental manifest as if a build had made the `current` paths, handed to this process's readers of
 * `astroCache` (the search index and the sitemap read each page's version from it, see readPageVersions, to redo
 * only what changed) without writing it: the renderer reads nothing of its cacheDir again, and the publisher
 * keeps the versions from the renderer's replies (0.1 s a render to write, as much to read). The paths `changed`
 * (rendered or spliced) and the files `deleted` since `last` are handed over with it, so the readers make its
 * versions from the last ones. Returns it.
 */
export function handOverManifest(
  astroCache: string,
  last: IncrementalManifest,
  current: readonly SitePath[],
  templateHash: (component: string) => string,
  { changed, deleted }: { changed: readonly SitePath[]; deleted: readonly string[] },
): IncrementalManifest {
  const next: IncrementalManifest = { ...last, routes: {} }
  for (const p of current) {
    if (p.cacheKey === undefined) continue
    const route = (next.routes[p.route.component] ??= {
      dependencyHash: templateHash(p.route.component),
      paths: {},
    })
    const before = last.routes[p.route.component]?.paths[p.pathname]
    // the same entry kept as it is (no copy of 30,000 of them at every render)
    route.paths[p.pathname] =
      before?.cacheKey === p.cacheKey && before.outputFile === p.outputFile
        ? before
        : { ...before, cacheKey: p.cacheKey, outputFile: p.outputFile }
  }
  keepManifest(astroCache, next, {
    since: last,
    changed: new Map(
      changed.map((p) => [
        p.file,
        p.cacheKey === undefined
          ? undefined
          : { dependencyHash: templateHash(p.route.component), cacheKey: p.cacheKey },
      ]),
    ),
    deleted,
  })
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
