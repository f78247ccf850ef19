import { config } from './lib/config'
import { publishFrom } from './lib/publish'

/**
 * `pnpm publish:site`: builds the site from the running CMS into a new release, checks it (links, feeds) and
 * switches the live folder to it. A failure leaves the live site as it was. The CMS does this by itself after
 * every change; this command is for operators.
 */
try {
  // cold: a one-off publish gains nothing from starting a renderer that ends with this command
  const result = await publishFrom(config.RATUSZ_CMS_URL, config.RATUSZ_SITE_URL, { warm: false })
  console.log(
    `Published release ${result.releaseId}: ${result.pages} pages in ${(result.durationMs / 1000).toFixed(1)} s.`,
  )
} catch (error) {
  console.error(`Publish failed; the live site is unchanged.\n${(error as Error).message}`)
  process.exit(1)
}
