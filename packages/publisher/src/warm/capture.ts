/**
 * Astro internals the warm renderer holds on to (Astro 7.3.x; see docs/warm-publisher.md). Typed here as far as
 * the renderer uses them, so that an Astro upgrade that changes them fails in one place.
 */

export type RouteData = {
  route: string
  component: string
  type: 'page' | 'endpoint' | 'redirect' | 'fallback'
  prerender: boolean
  isIndex?: boolean
  pathname?: string
  fallbackRoutes?: RouteData[]
}

export type PrerenderPath = { pathname: string; route: RouteData; cacheKey?: string }

/** A route's paths as its `getStaticPaths()` returned them (Astro keeps them in its route cache). */
export type StaticPath = { params: Record<string, string | number | undefined>; cacheKey?: unknown }

type RouteCache = {
  clearAll: () => void
  /** The cached paths of each route, by `key(route)`. */
  cache: Record<string, unknown>
  key: (route: RouteData) => string
}

export type PrerenderApp = {
  manifest: {
    routes: { routeData: RouteData }[]
    serverLike: boolean
    base: string
    trailingSlash: AstroConfig['trailingSlash']
  }
  routeCache: RouteCache
  getComponentByRoute: (route: RouteData) => Promise<unknown>
  getOptions: () => { origin: string }
  getSettings: () => AstroSettings
}

/** Astro's default prerenderer (core/build/default-prerenderer.js): the one `astro build` renders every page with. */
export type Prerenderer = {
  app?: PrerenderApp
  setup?: () => Promise<void>
  getStaticPaths: () => Promise<PrerenderPath[]>
  render: (request: Request, options: { routeData: RouteData }) => Promise<Response | { response: Response }>
  teardown?: () => Promise<void>
}

/**
 * Astro's own steps of listing a route's paths (StaticPaths in runtime/prerender/static-paths.js):
 * core/render/route-cache.js and core/routing/params.js.
 */
export type AstroRouting = {
  callGetStaticPaths: (options: {
    mod: unknown
    route: RouteData
    routeCache: RouteCache
    ssr: boolean
    base: string
    trailingSlash: AstroConfig['trailingSlash']
  }) => Promise<StaticPath[]>
  stringifyParams: (
    params: StaticPath['params'],
    route: RouteData,
    trailingSlash: AstroConfig['trailingSlash'],
  ) => string
}

export type AstroConfig = {
  base: string
  trailingSlash: 'always' | 'never' | 'ignore'
  outDir: URL
  build: { format: 'directory' | 'file' | 'preserve' }
  integrations: Integration[]
}

export type AstroSettings = { buildOutput: string; config: AstroConfig; adapter?: unknown }

type Integration = { name: string; hooks: Record<string, ((params: never) => unknown) | undefined> }

/** What the renderer keeps of its first build. */
export type Captured = {
  prerenderer?: Prerenderer
  config?: AstroConfig
  /** The logger Astro handed to `astro:build:done`, for the integrations the renderer runs again. */
  logger?: unknown
}

export const CAPTURE_NAME = 'ratusz-warm-renderer'

/**
 * An inline integration of the first build: keeps the default prerenderer Astro hands to `astro:build:start`
 * (setPrerenderer with a function gets it), delegating every call to it. In `setup()` it imports every
 * prerendered route's module, because the build deletes the prerender chunks' folder at its end and a page
 * never rendered in that build could not be imported afterwards; then it calls `beforeRender`, once the content
 * layer's sync has written its data store and before the first page is rendered.
 */
export const captureIntegration = (captured: Captured, beforeRender?: () => Promise<void>) => ({
  name: CAPTURE_NAME,
  hooks: {
    'astro:config:done': ({ config }: { config: AstroConfig }) => {
      captured.config = config
    },
    'astro:build:start': ({
      setPrerenderer,
    }: {
      setPrerenderer: (make: (defaultPrerenderer: Prerenderer) => Prerenderer) => void
    }) => {
      setPrerenderer((astroDefault) => {
        captured.prerenderer = astroDefault
        return {
          ...astroDefault,
          setup: async () => {
            await astroDefault.setup?.()
            const app = astroDefault.app
            if (!app) throw new Error('the prerenderer has no app after setup (Astro changed?)')
            for (const { routeData } of app.manifest.routes) {
              if (routeData.prerender && routeData.type !== 'redirect')
                await app.getComponentByRoute(routeData)
            }
            await beforeRender?.()
          },
          getStaticPaths: () => astroDefault.getStaticPaths(),
          render: (request, options) => astroDefault.render(request, options),
          // The renderer keeps it: nothing to tear down (Astro's default does nothing either).
          teardown: async () => {},
        }
      })
    },
    'astro:build:done': ({ logger }: { logger: unknown }) => {
      captured.logger = logger
    },
  },
})
