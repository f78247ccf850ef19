import fs from 'node:fs'
import path from 'node:path'
import { backup as sqliteBackup, DatabaseSync } from 'node:sqlite'
import type { Config } from '@ratusz/config'
import { runCommand } from '../run-command'

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'sqlite'; file: string }

/** The database the CMS uses, from the same environment variables it reads (paths relative to the repository). */
export const databaseFromConfig = (
  config: Pick<Config<'scripts'>, 'DATABASE_URL' | 'RATUSZ_SQLITE_FILE'>,
  repoDir: string,
): DatabaseTarget =>
  config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL }
    : { kind: 'sqlite', file: path.resolve(repoDir, config.RATUSZ_SQLITE_FILE) }

export const dumpFileName = (target: DatabaseTarget) =>
  target.kind === 'postgres' ? 'database.pgdump' : 'database.sqlite'

/**
 * A consistent copy of the database while the CMS may be running: pg_dump's custom format for PostgreSQL,
 * SQLite's online backup API for the embedded database.
 */
export const dumpDatabase = async (target: DatabaseTarget, file: string): Promise<void> => {
  if (target.kind === 'postgres') {
    await runCommand('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, target.url], {
      cwd: process.cwd(),
      quiet: true,
    })
    return
  }
  const source = new DatabaseSync(target.file, { readOnly: true })
  try {
    await sqliteBackup(source, file)
  } finally {
    source.close()
  }
}

/** Replaces the database's content with the dump's (the CMS must be stopped). */
export const restoreDatabase = async (target: DatabaseTarget, file: string): Promise<void> => {
  if (target.kind === 'postgres') {
    await runCommand(
      'pg_restore',
      [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${target.url}`,
        file,
      ],
      { cwd: process.cwd(), quiet: true },
    )
    return
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target.file}${suffix}`, { force: true })
  fs.copyFileSync(file, target.file)
}
