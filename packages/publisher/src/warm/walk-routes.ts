import { composeKey, SITE_REGIONS_MEMO, splitKey } from '@ratusz/site-build'
import type { AstroRouting, AstroSettings, PrerenderPath, Prerenderer, RouteData } from './capture'
import { sitePath, type OutFiles, type SitePath } from './render-paths'

/** What a route's `getStaticPaths()` read (site/src/lib/build/reads.ts). */
type Reads = { store: Set<string>; memos: Map<string, () => unknown> }

/** The site's read tracking (site/src/lib/build/reads.ts), as the renderer imports it. */
export type ReadTracking = {
  trackReads: <T>(work: () => Promise<T>) => Promise<{ value: T; reads: Reads }>
}

/** The store the pages read in one render (lib/store/override.ts) and the environment it runs with. */
export type WalkState = {
  collections: ReadonlyMap<string, readonly object[]>
  /** The render's environment: when it differs from the last walk's, every route is walked again. */
  world: string
}

/** A route's last walk: its paths (before duplicates are dropped) and what its `getStaticPaths()` read. */
type RouteWalk = {
  paths: SitePath[]
  store: string[]
  /** Each memo read, with a way to ask for its value again and its value then (as JSON). */
  memos: { key: string; again: () => unknown; value: string | undefined }[]
}

export type Walked = { paths: SitePath[]; walked: number; kept: number }

/**
 * A memo's value as JSON when it is plain data (Dates as ISO strings, Maps and Sets as arrays); undefined when
 * it is not (a client, a function): such a value never counts as unchanged.
 */
function comparable(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_key, item: unknown) => {
      if (item instanceof Map) return [...item.entries()]
      if (item instanceof Set) return [...item]
      if (typeof item === 'function' || typeof item === 'symbol') throw new TypeError('not data')
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const prototype = Object.getPrototypeOf(item)
        if (prototype !== Object.prototype && prototype !== null) throw new TypeError('not data')
      }
      return item
    })
  } catch {
    return undefined
  }
}

/** The names of the store's collections that are not the very same entries as before. */
function changedCollections(
  before: ReadonlyMap<string, readonly object[]>,
  now: ReadonlyMap<string, readonly object[]>,
): Set<string> {
  const changed = new Set<string>()
  for (const name of new Set([...before.keys(), ...now.keys()])) {
    const [a, b] = [before.get(name) ?? [], now.get(name) ?? []]
    if (a !== b && (a.length !== b.length || a.some((entry, index) => entry !== b[index]))) changed.add(name)
  }
  return changed
}

/**
 * What changed of what a route read since its last walk: nothing; only the site-wide regions' digests
 * (SITE_REGIONS_MEMO: its new value); or anything else (a collection, another memo, a value that is not data).
 */
async function sinceLastWalk(
  last: RouteWalk,
  changed: Set<string>,
  valueOf: (key: string, again: () => unknown) => Promise<string | undefined>,
): Promise<{ same: true } | { same: false; regions?: string }> {
  if (last.store.some((name) => changed.has(name))) return { same: false }
  let regions: string | undefined
  for (const memo of last.memos) {
    const value = memo.value === undefined ? undefined : await valueOf(memo.key, memo.again)
    if (value !== undefined && value === memo.value) continue
    if (memo.key !== SITE_REGIONS_MEMO || value === undefined) return { same: false }
    regions = value
  }
  return regions === undefined ? { same: true } : { same: false, regions }
}

/**
 * A route's last paths with the regions' new digests in their keys, as its `getStaticPaths()` would give them
 * (each key is `composeKey(own, digests)` of that memo's value); undefined when a key's regions are not the
 * memo's (the route is then walked).
 */
function withRegionDigests(paths: readonly SitePath[], regionsJson: string): PrerenderPath[] | undefined {
  const digests = JSON.parse(regionsJson) as Record<string, string>
  const names = JSON.stringify(Object.keys(digests).sort())
  const rekeyed: PrerenderPath[] = []
  for (const { pathname, route, cacheKey } of paths) {
    if (cacheKey === undefined) return undefined
    const { own, regions } = splitKey(cacheKey)
    if (JSON.stringify(Object.keys(regions).sort()) !== names) return undefined
    rekeyed.push({ pathname, route, cacheKey: composeKey(own, digests) })
  }
  return rekeyed
}

/**
 * Every path of the site, as `astro build` lists them (Astro's StaticPaths: each prerendered route in the
 * manifest's order, its fallbacks after it; of two paths with the same pathname the first wins), walking again
 * only the routes whose `getStaticPaths()` read something that changed since the last walk: a store collection
 * whose entries are not the same, a memo whose value is not (the layout's key, the events' clock state...). The
 * other routes keep their paths, keys and Astro's cached props (the records they hold are the very same); a route
 * whose only change is the site-wide regions' digests (a new alert, the office's hours) keeps its paths and props
 * with the new digests put in its keys. A walk without a state (the first build's store, a preview's) walks every
 * route and leaves no baseline.
 */
export class RouteWalker {
  #walks = new Map<string, RouteWalk>()
  #baseline: WalkState | undefined

  constructor(
    private readonly prerenderer: Prerenderer,
    private readonly routing: AstroRouting,
    private readonly tracking: ReadTracking,
    private readonly outFiles: OutFiles,
    private readonly templateHash: (component: string) => string,
  ) {}

  async walk(settings: AstroSettings, state?: WalkState): Promise<Walked> {
    const app = this.prerenderer.app
    if (!app) throw new Error('the prerenderer has no app')
    const before = this.#baseline
    const changed =
      state && before && before.world === state.world
        ? changedCollections(before.collections, state.collections)
        : undefined
    if (!changed) {
      app.routeCache.clearAll()
      this.#walks.clear()
    }
    // Until this walk is through, there is no baseline: a walk that fails half-way leaves the next one to walk all.
    this.#baseline = undefined
    const { manifest, routeCache } = app
    // Each memo's value in this build, as JSON, serialised once for all the routes that read it.
    const values = new Map<string, Promise<string | undefined>>()
    const valueOf = (key: string, again: () => unknown) => {
      if (!values.has(key)) values.set(key, Promise.resolve(again()).then(comparable))
      return values.get(key)!
    }
    let walked = 0
    let kept = 0
    const all: SitePath[] = []
    for (const { routeData } of manifest.routes) {
      if (!routeData.prerender) continue
      for (const route of [routeData, ...(routeData.fallbackRoutes ?? [])]) {
        if (route.type === 'fallback' || route.type === 'redirect')
          throw new Error(`${route.type} route ${route.route} (not supported by the warm renderer)`)
        if (route.pathname) {
          all.push(this.#sitePath(settings, { pathname: route.pathname, route }))
          continue
        }
        const key = routeCache.key(route)
        const last = this.#walks.get(key)
        const since = changed && last ? await sinceLastWalk(last, changed, valueOf) : undefined
        if (since?.same) {
          all.push(...last!.paths)
          kept++
          continue
        }
        const rekeyed =
          since?.regions === undefined ? undefined : withRegionDigests(last!.paths, since.regions)
        if (rekeyed) {
          const paths = rekeyed.map((found) => this.#sitePath(settings, found))
          const memos = last!.memos.map((memo) =>
            memo.key === SITE_REGIONS_MEMO ? { ...memo, value: since!.regions } : memo,
          )
          this.#walks.set(key, { ...last!, paths, memos })
          all.push(...paths)
          kept++
          continue
        }
        delete routeCache.cache[key]
        const mod = await app.getComponentByRoute(route)
        const { value: found, reads } = await this.tracking.trackReads(() =>
          this.routing.callGetStaticPaths({
            mod,
            route,
            routeCache,
            ssr: manifest.serverLike,
            base: manifest.base,
            trailingSlash: manifest.trailingSlash,
          }),
        )
        const paths = found.map((staticPath) =>
          this.#sitePath(settings, {
            pathname: this.routing.stringifyParams(staticPath.params, route, manifest.trailingSlash),
            route,
            cacheKey: staticPath.cacheKey === undefined ? undefined : String(staticPath.cacheKey),
          }),
        )
        const memos = await Promise.all(
          [...reads.memos].map(async ([memo, again]) => ({
            key: memo,
            again,
            value: await valueOf(memo, again),
          })),
        )
        this.#walks.set(key, { paths, store: [...reads.store], memos })
        all.push(...paths)
        walked++
      }
    }
    this.#baseline = state
    const seen = new Set<string>()
    const paths = all.filter((path) => {
      const normalized = path.pathname.replace(/\/+$/, '')
      if (seen.has(normalized)) return false
      seen.add(normalized)
      return true
    })
    return { paths, walked, kept }
  }

  #sitePath(settings: AstroSettings, found: PrerenderPath & { route: RouteData }): SitePath {
    return sitePath(settings, this.outFiles, this.templateHash, found)
  }
}
