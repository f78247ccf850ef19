import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { captureIntegration, type AstroRouting, type AstroSettings, type Captured } from './capture'
import {
  deferKeptWrites,
  flushKeptWrites,
  incrementalManifest,
  noteRenderedSince,
  stopWatchingOutput,
  watchOutput,
  type IncrementalManifest,
} from '@ratusz/site-build'
import { handOverManifest, runBuildDone } from './finish-output'
import { inStoreOrder, loadStore, overrideOf } from './load-store'
import type { WarmPreviewRequest, WarmReply, WarmRequest, WarmStart, WarmSteps } from './protocol'
import { serveRequests } from './request-queue'
import { splicePages } from './splice-pages'
import { RenderedRegions, sortChanges, SpliceRefused } from './splice-regions'
import { deleteFile, dirUrl, renderPath, writeIfChanged, type OutFiles, type SitePath } from './render-paths'
import { takeOverStores } from './take-over-store'
import { RouteWalker } from './walk-routes'

/*
 * The warm renderer: a long-lived process that builds the site once, in-process, keeping Astro's prerenderer,
 * then brings copies of its output up to date on request, rendering only the paths whose cache key changed.
 * Started by WarmRenderer (warm-renderer.ts) with a WarmStart as its argument; talks over Node's IPC channel.
 * See docs/warm-publisher.md.
 */

const send = (reply: WarmReply) => process.send?.(reply)

const start = JSON.parse(process.argv[2] ?? '{}') as WarmStart
Object.assign(process.env, start.env)
// Its own cacheDir, and an output folder of its own (never a copy to keep: see prefilledOutDir).
process.env.RATUSZ_ASTRO_CACHE_DIR = start.cacheDir
delete process.env.RATUSZ_PREFILLED_OUT_DIR
process.chdir(start.siteDir)

const siteRequire = createRequire(path.join(start.siteDir, 'package.json'))
const astroDir = path.dirname(siteRequire.resolve('astro/package.json'))
const importFile = (file: string) => import(pathToFileURL(file).href)

/** A store source (site/src/lib/store/collections.ts) as a preview reads it. */
type PreviewSource = {
  kind: 'collection' | 'global'
  collection?: string
  schema: {
    safeParse: (
      value: unknown,
    ) => { success: true; data: unknown } | { success: false; error: { message: string } }
  }
}
const SKIPPED_FILE = path.join(start.cacheDir, 'warm-skipped-records.jsonl')

/** A render's variables, but its "now": the site reads that through a memo (build-now), tracked by value. */
const worldOf = (env: WarmRequest['env']): string =>
  JSON.stringify(
    Object.entries(env ?? {})
      .filter(([name]) => name !== 'RATUSZ_BUILD_NOW')
      .sort(),
  )

async function main() {
  const started = performance.now()
  const { build } = (await importFile(path.join(astroDir, 'dist/index.js'))) as {
    build: (config: object) => Promise<void>
  }
  const outFiles = (await importFile(path.join(astroDir, 'dist/core/build/common.js'))) as OutFiles
  const routing: AstroRouting = {
    ...(await importFile(path.join(astroDir, 'dist/core/render/route-cache.js'))),
    ...(await importFile(path.join(astroDir, 'dist/core/routing/params.js'))),
  }
  const tracking = await importFile(path.join(start.siteDir, 'src/lib/build/reads.ts'))
  const loaders = await import(pathToFileURL(siteRequire.resolve('@ratusz/astro-loader')).href)
  const { storeSources } = await importFile(path.join(start.siteDir, 'src/lib/store/collections.ts'))
  const { installStoreOverride, storeOverride } = await importFile(
    path.join(start.siteDir, 'src/lib/store/override.ts'),
  )
  const { CmsClient, cmsUrlFromEnv, fetchInstalledSections } = loaders

  // The first build: an ordinary, full one (its own empty cacheDir), the prerenderer kept.
  fs.rmSync(start.cacheDir, { recursive: true, force: true })
  fs.mkdirSync(start.cacheDir, { recursive: true })
  process.env.RATUSZ_SKIPPED_RECORDS_FILE = SKIPPED_FILE
  const captured: Captured = {}
  // The loaders' stores between renders, taken over from the data store the build's content sync has just
  // written (each render then syncs what changed since the last one), and installed before the build renders its
  // first page: the build reads its records from them, so the copy of the store bundled into the build
  // (`astro:data-layer-content`, read by `astro:content` on its first use) is never loaded into this process.
  let kept: Awaited<ReturnType<typeof takeOverStores>> | undefined
  const takeOver = async () => {
    kept = await takeOverStores(astroDir, start.cacheDir, Object.keys(storeSources))
    if (kept.taken) installStoreOverride(overrideOf(kept.stores))
  }
  await build({
    root: start.siteDir,
    outDir: start.outDir,
    logLevel: 'warn',
    integrations: [captureIntegration(captured, takeOver)],
  })
  if (!kept) throw new Error('the build did not set its prerenderer up')
  const { prerenderer, config } = captured
  if (!prerenderer?.app || !config) throw new Error('the build did not hand over its prerenderer')
  const skipped = fs.existsSync(SKIPPED_FILE)
    ? fs
        .readFileSync(SKIPPED_FILE, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : []
  fs.rmSync(SKIPPED_FILE, { force: true })
  const app = prerenderer.app
  const origin = app.getOptions().origin
  const installedFile = path.join(start.cacheDir, 'ratusz-installed-sections.json')
  const installedAtBuild = fs.readFileSync(installedFile, 'utf8')
  let manifest = JSON.parse(
    fs.readFileSync(incrementalManifest(start.cacheDir), 'utf8'),
  ) as IncrementalManifest
  const templateHash = (component: string) => manifest.routes[component]?.dependencyHash ?? ''
  const settingsFor = (outDir: string): AstroSettings => {
    const settings = app.getSettings()
    return { ...settings, config: { ...settings.config, outDir: dirUrl(outDir) } }
  }
  const walker = new RouteWalker(prerenderer, routing, tracking, outFiles, templateHash)
  const { stores, taken } = kept
  // What the first build wrote, path by path, walked over the build's store as taken over: the first render's
  // baseline (its unchanged collections are the very same entries, so their routes are not walked again). A new
  // override object over the same entries: a new build for the site's per-build memos, as for every render.
  const seeded = taken ? overrideOf(stores) : undefined
  if (seeded) installStoreOverride(seeded)
  let previous = new Map<string, SitePath>(
    (
      await walker.walk(
        settingsFor(start.outDir),
        seeded && { collections: seeded.collections, world: worldOf(undefined) },
      )
    ).paths.map((p) => [p.file, p]),
  )
  send({ type: 'ready', skipped, buildMs: Math.round(performance.now() - started) })
  /**
   * The kept stores synced with the CMS by the site's loaders; undefined when the sections switched on in the CMS are
   * not those of the first build (the render is then refused: the bundle and the routes are the build's).
   */
  const syncStores = async () => {
    const installed = await fetchInstalledSections(new CmsClient({ cmsUrl: cmsUrlFromEnv() }))
    if (JSON.stringify(installed) !== installedAtBuild) return undefined
    return loadStore(storeSources, installed, loaders, stores)
  }
  const render = async (request: WarmRequest): Promise<WarmReply> => {
    const stepsMs: WarmSteps = { fetch: 0, paths: 0, render: 0, write: 0, splice: 0, index: 0 }
    let lap = performance.now()
    const step = (name: Exclude<keyof WarmSteps, 'byIntegration'>) => {
      const now = performance.now()
      stepsMs[name] += Math.round(now - lap)
      lap = now
    }
    const refuse = (reason: string): WarmReply => ({ type: 'refused', id: request.id, reason })
    const synced = await syncStores()
    if (!synced) return refuse('the sections switched on in the CMS changed')
    const { override, rejected } = synced
    if (rejected.length > 0) return refuse(`records left out: ${rejected[0]}`)
    step('fetch')
    installStoreOverride(override)
    const settings = settingsFor(request.outDir)
    const {
      paths: current,
      walked,
      kept,
    } = await walker.walk(settings, { collections: override.collections, world: worldOf(request.env) })
    step('paths')
    const written: string[] = []
    let rendered = 0
    const { toRender, toSplice, names } = sortChanges(current, previous)
    const regions = new RenderedRegions(names)
    const renderOne = async (sitePath: SitePath) => {
      const bytes = await renderPath(prerenderer, origin, settings, sitePath)
      rendered++
      step('render')
      return bytes
    }
    try {
      for (const sitePath of toRender) {
        const bytes = await renderOne(sitePath)
        if (bytes && names.length > 0) regions.check(bytes, sitePath)
        if (bytes && writeIfChanged(request.outDir, sitePath.file, bytes)) written.push(sitePath.file)
        step('write')
      }
      written.push(...(await splicePages(request.outDir, toSplice, regions, renderOne)))
      step('splice')
    } catch (error) {
      if (error instanceof SpliceRefused) return refuse(`region splice: ${error.message}`)
      throw error
    }
    const byFile = new Map(current.map((p) => [p.file, p]))
    const deleted = [...previous.keys()].filter((file) => !byFile.has(file))
    for (const file of deleted) deleteFile(request.outDir, file)
    const changed = [...toRender, ...toSplice.map((page) => page.sitePath)]
    manifest = handOverManifest(start.cacheDir, manifest, current, templateHash, { changed, deleted })
    // what the integrations change in the output, noted as they change it (the publisher need not walk it); what
    // they keep for the next render written once this one is answered
    watchOutput(request.outDir)
    deferKeptWrites()
    // the same pages as the last render (or the first build): the integrations redo what the rendered ones touch
    const samePages = deleted.length === 0 && current.length === previous.size
    noteRenderedSince(samePages ? { files: new Set(toRender.map((p) => p.file)) } : undefined)
    let outputs
    try {
      stepsMs.byIntegration = await runBuildDone(
        config.integrations,
        settings.config.outDir,
        current,
        captured.logger,
      )
    } finally {
      noteRenderedSince(undefined)
      outputs = stopWatchingOutput(request.outDir)
    }
    step('index')
    previous = byFile
    return {
      type: 'rendered',
      id: request.id,
      written,
      versions: Object.fromEntries(changed.map((p) => [p.file, p.version ?? null])),
      rendered,
      spliced: Math.max(toSplice.length - 1, 0),
      deleted,
      outputs: { written: [...(outputs?.written ?? [])], deleted: [...(outputs?.deleted ?? [])] },
      paths: current.length,
      routes: { walked, kept },
      stepsMs,
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    }
  }

  /**
   * A record's draft rendered as its page: the kept stores synced (as a render syncs them), this record validated
   * by its contract and put in place of its published version in a copy, the paths walked, the one page rendered.
   * Nothing is written, and the store the renderer had is put back.
   */
  const preview = async (request: WarmPreviewRequest): Promise<WarmReply> => {
    const refuse = (reason: string): WarmReply => ({ type: 'refused', id: request.id, reason })
    const source = Object.entries(storeSources as Record<string, PreviewSource>).find(
      ([, candidate]) => candidate.kind === 'collection' && candidate.collection === request.collection,
    )
    if (!source) return refuse(`the site reads no collection ${request.collection}`)
    const [name, { schema }] = source
    const parsed = schema.safeParse(request.record)
    if (!parsed.success) return refuse(`the record breaks the contract: ${parsed.error.message}`)
    const installed = await fetchInstalledSections(new CmsClient({ cmsUrl: cmsUrlFromEnv() }))
    const { override } = await loadStore(storeSources, installed, loaders, stores)
    const id = String(request.record.id)
    const collections = new Map(override.collections)
    collections.set(
      name,
      [...(collections.get(name) ?? []).filter((entry) => entry.id !== id), { id, data: parsed.data }].sort(
        inStoreOrder,
      ),
    )
    const before = storeOverride()
    installStoreOverride({ collections })
    try {
      const settings = settingsFor(start.outDir)
      const trimmed = (pathname: string) => `/${pathname.replace(/^\/+|\/+$/g, '')}`
      // Every route walked with the draft in the store (and none kept: the next render walks them all again).
      const page = (await walker.walk(settings)).paths.find(
        (candidate) => trimmed(candidate.pathname) === trimmed(request.pathname),
      )
      if (!page) return refuse(`the site has no page ${request.pathname} for this record`)
      const bytes = await renderPath(prerenderer, origin, settings, page)
      return { type: 'previewed', id: request.id, html: bytes?.toString('utf8') ?? '' }
    } finally {
      installStoreOverride(before)
    }
  }

  // A request that fails leaves the renderer unusable (the caller restarts it). The stores are synced once before
  // the first request, as a render syncs them: the first publish after a start then does not wait for the CMS's and
  // the loaders' first incremental queries (0.6-0.7 s at 30,000 pages); what that sync finds changed, the next
  // render's walk finds changed against its baseline.
  serveRequests({ render, preview, send, afterReply: flushKeptWrites, beforeFirst: syncStores })
  process.on('disconnect', () => process.exit(0))
}

main().catch((error: unknown) => {
  send({ type: 'failed', reason: (error as Error).stack ?? String(error) })
  process.exitCode = 1
  process.disconnect?.()
})
