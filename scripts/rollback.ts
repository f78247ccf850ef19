import { rollback } from '@ratusz/publisher'
import { sitesDir } from './lib/publish'

/** `pnpm rollback`: puts the previous release of the site back live (atomically). */
try {
  console.log(`Live again: release ${await rollback(sitesDir)}.`)
} catch (error) {
  console.error(`Rollback failed: ${(error as Error).message}`)
  process.exit(1)
}
