import fs from 'node:fs'
import path from 'node:path'
import { readPageVersions, siteBuildEnv } from '@ratusz/site-build'
import { removeTree } from '../fs-child'
import type { BuildContext, BuildReport } from '../publish'
import { liveRelease } from '../releases'
import { WarmRenderer } from './warm-renderer'

type WarmSite = {
  repoDir: string
  siteDir: string
  sitesDir: string
  cmsUrl: string
  siteUrl: string
  /** Today's build, for when the renderer cannot start. */
  cold: (outDir: string, context: BuildContext) => Promise<BuildReport>
}

/** The renderer's own cacheDir (Astro's, with its incremental manifest) in the sites folder's build cache. */
const rendererCache = (cacheDir: string) => path.join(cacheDir, 'warm-renderer')

/**
 * The renderer of each sites folder, the release its last output became (once that publish succeeded), and its
 * pages' versions: its first build's manifest, then kept up to date from its replies (it keeps its own in memory).
 */
type Held = { renderer: WarmRenderer; release?: string; pending?: true; versions: Map<string, string> }
const renderers = new Map<string, Held>()

/**
 * The build of a publish with the warm renderer (RATUSZ_WARM_PUBLISH, see docs/warm-publisher.md):
 * - when the renderer runs and its last output is the live release, and the build folder is a copy of that release,
 *   the renderer brings the copy up to date (only changed paths rendered, gone ones deleted);
 * - otherwise (no renderer yet, a rollback or a cold publish moved `live`, the renderer refused or died), a new
 *   renderer starts and its first, ordinary build (in-process, full) is this publish's build, into an emptied folder;
 * - when even that fails, today's cold build, into an emptied folder.
 * `settle` must be called with the publish's outcome: the renderer is kept only when its output went live.
 */
export const warmBuild = (site: WarmSite) => {
  const build = async (outDir: string, { cacheDir, prefilled }: BuildContext): Promise<BuildReport> => {
    const held = renderers.get(site.sitesDir)
    let refusal: string | undefined
    if (
      held?.renderer.running &&
      prefilled &&
      held.release !== undefined &&
      held.release === liveRelease(site.sitesDir)
    ) {
      const started = Date.now()
      const reply = await held.renderer.render(outDir)
      if (reply.type === 'rendered') {
        held.pending = true
        for (const [file, version] of Object.entries(reply.versions)) {
          if (version === null) held.versions.delete(file)
          else held.versions.set(file, version)
        }
        for (const file of reply.deleted) held.versions.delete(file)
        return {
          via: 'warm',
          detail: `${reply.rendered} of ${reply.paths} paths rendered (${reply.routes.walked} routes walked, ${reply.routes.kept} kept), ${reply.spliced} spliced (site-wide regions), ${reply.written.length} files written, ${reply.deleted.length} deleted in ${Date.now() - started} ms; ${JSON.stringify(reply.stepsMs)}; renderer ${reply.rssMiB} MiB`,
          // the versions the renderer gave the pages: the link check reads only changed ones
          pageVersions: held.versions,
          // it writes a page only when its bytes changed: keepValidators need not read them to tell
          differ: new Set(reply.written),
          // and what it and the integrations after it changed in the clone: nothing else
          changed: {
            written: [...reply.written, ...reply.outputs.written],
            deleted: [...reply.deleted, ...reply.outputs.deleted],
          },
          skipped: [],
        }
      }
      refusal = reply.reason.split('\n')[0]
    }
    held?.renderer.stop()
    renderers.delete(site.sitesDir)
    await emptyFolder(outDir)
    try {
      const { renderer, skipped, buildMs } = await WarmRenderer.start({
        repoDir: site.repoDir,
        siteDir: site.siteDir,
        outDir,
        cacheDir: rendererCache(cacheDir),
        env: siteBuildEnv({ cmsUrl: site.cmsUrl, siteUrl: site.siteUrl }),
      })
      // a copy: changed from reply to reply
      const versions = new Map(readPageVersions(rendererCache(cacheDir)))
      renderers.set(site.sitesDir, { renderer, pending: true, versions })
      return {
        via: 'warm-start',
        pageVersions: versions,
        detail: `the warm renderer's first build in ${buildMs} ms${refusal ? ` (warm path refused: ${refusal})` : ''}`,
        skipped,
      }
    } catch (error) {
      await emptyFolder(outDir)
      const report = await site.cold(outDir, { cacheDir, prefilled: false })
      return {
        ...report,
        via: 'cold',
        detail: `the warm renderer did not start: ${(error as Error).message.split('\n')[0]}`,
      }
    }
  }

  /** After the publish: keep the renderer when its output went live (as `releaseId`), else stop it. */
  const settle = (releaseId: string | undefined) => {
    const held = renderers.get(site.sitesDir)
    if (!held?.pending) return
    delete held.pending
    if (releaseId) held.release = releaseId
    else {
      held.renderer.stop()
      renderers.delete(site.sitesDir)
    }
  }
  return { build, settle }
}

/** The running renderer of a sites folder, if any (the admin's preview uses it: it fetches every record anew). */
export const runningWarmRenderer = (sitesDir: string): WarmRenderer | undefined => {
  const renderer = renderers.get(sitesDir)?.renderer
  return renderer?.running ? renderer : undefined
}

/** Stops every warm renderer of this process (tests, shutdown). */
export const stopWarmRenderers = () => {
  for (const held of renderers.values()) held.renderer.stop()
  renderers.clear()
}

const emptyFolder = async (dir: string) => {
  await removeTree(dir)
  fs.mkdirSync(dir, { recursive: true })
}
