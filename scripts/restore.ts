import path from 'node:path'
import { restoreBackup } from './lib/backup/archive'
import { databaseFromConfig } from './lib/backup/database'
import { config } from './lib/config'
import { repoDir } from './lib/paths'

/**
 * `pnpm restore <archive.tar.gz>`: puts a backup's database and uploaded files back (into DATABASE_URL or the
 * embedded SQLite file, and RATUSZ_UPLOADS_DIR). Stop the CMS first; publish the site afterwards.
 */
const archive = process.argv[2]
if (!archive) {
  console.error('Usage: pnpm restore <archive.tar.gz>')
  process.exit(2)
}
const uploads = path.resolve(repoDir, config.RATUSZ_UPLOADS_DIR)
try {
  const manifest = await restoreBackup(path.resolve(archive), databaseFromConfig(config, repoDir), uploads)
  console.log(
    `Restored the ${manifest.database} database and the uploads from ${archive} (made ${manifest.createdAt}).`,
  )
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`)
  process.exit(1)
}
