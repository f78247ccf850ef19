import { buildSite, defaultOutDir } from './lib/site'

/** `pnpm build:site`: rebuilds the static site from the running CMS's API into site/dist. */
const cmsUrl = process.env.RATUSZ_CMS_URL ?? 'http://localhost:3000'
const siteUrl = process.env.RATUSZ_SITE_URL ?? 'http://localhost:4321'
const started = Date.now()
try {
  await buildSite({ cmsUrl, siteUrl, outDir: defaultOutDir })
  console.log(
    `Site built from ${cmsUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${defaultOutDir}`,
  )
} catch {
  process.exit(1)
}
