import path from 'node:path'
import { createBackup } from './lib/backup/archive'
import { databaseFromConfig } from './lib/backup/database'
import { config } from './lib/config'
import { repoDir } from './lib/paths'

/**
 * `pnpm backup [archive.tar.gz]`: the database (pg_dump, or SQLite's online backup) and the uploaded files in
 * one archive, default `backups/ratusz-<time>.tar.gz`. Safe while the CMS runs.
 */
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const archive = path.resolve(process.argv[2] ?? path.join(repoDir, 'backups', `ratusz-${stamp}.tar.gz`))
const uploads = path.resolve(repoDir, config.RATUSZ_UPLOADS_DIR)
try {
  const manifest = await createBackup(databaseFromConfig(config, repoDir), uploads, archive)
  console.log(`Backup of the ${manifest.database} database and ${uploads} written to ${archive}`)
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exit(1)
}
