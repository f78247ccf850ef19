import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { liveLink, previewFromCms, publishFromCms, servePublisher, sitesDirOf } from '@ratusz/publisher'
import { config } from './config'
import { repoDir } from './paths'

/** The folder of site releases and its `live` link, as the CMS's publisher uses it (RATUSZ_SITES_DIR). */
export const sitesDir = sitesDirOf(repoDir, config)
export const liveDir = liveLink(sitesDir)

type PublishFromOptions = {
  /** The releases folder (default: RATUSZ_SITES_DIR's). */
  sites?: string
  /** Print Astro's output (default true). */
  verbose?: boolean
  /** Through this process's warm renderer (default: RATUSZ_WARM_PUBLISH, on unless turned off). */
  warm?: boolean
}

/**
 * Publishes the site from a CMS, wired as the CMS wires its own publishes: build into a new release, check, switch
 * live. Each publish after the first is incremental (the releases folder keeps the build cache and a copy of the
 * live release); with the warm renderer, the first one starts it in this process and the later ones use it.
 */
export const publishFrom = (
  cmsUrl: string,
  siteUrl: string,
  { sites = sitesDir, verbose = true, warm = config.RATUSZ_WARM_PUBLISH }: PublishFromOptions = {},
) =>
  publishFromCms(
    repoDir,
    {
      ...config,
      RATUSZ_CMS_URL: cmsUrl,
      RATUSZ_SITE_URL: siteUrl,
      RATUSZ_SITES_DIR: sites,
      RATUSZ_WARM_PUBLISH: warm,
    },
    { verbose },
  )

/**
 * Serves this process's publishes and previews to a CMS (publisher-server.ts) on a free loopback port, signed
 * with the CMS's secret, and resolves with the server and its address: the CMS's publish jobs and its "Podgląd"
 * then go through the one warm renderer this process holds (`pnpm start`, the e2e run), instead of a second one
 * in the CMS's process. Give the CMS the address as RATUSZ_PUBLISH_URL and RATUSZ_PREVIEW_URL.
 */
export const servePublishesFor = async (
  cmsUrl: string,
  siteUrl: string,
  secret: string,
  { sites = sitesDir }: Pick<PublishFromOptions, 'sites'> = {},
): Promise<{ server: Server; url: string }> => {
  const server = await servePublisher({
    port: 0,
    host: '127.0.0.1',
    secret,
    preview: previewFromCms(repoDir, { ...config, RATUSZ_SITES_DIR: sites }),
    publish: () => publishFrom(cmsUrl, siteUrl, { sites, verbose: false }),
  })
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}
