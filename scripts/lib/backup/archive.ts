import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tar from 'tar'
import { dumpDatabase, dumpFileName, restoreDatabase, type DatabaseTarget } from './database'

type Manifest = { format: 1; createdAt: string; database: DatabaseTarget['kind']; dump: string }

/**
 * One archive (.tar.gz) holding everything Ratusz knows: the database dump, the uploaded files and a manifest.
 * The built site is left out: it is rebuilt from these.
 */
export const createBackup = async (
  target: DatabaseTarget,
  uploadsDir: string,
  archive: string,
): Promise<Manifest> => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-backup-'))
  try {
    const manifest: Manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      database: target.kind,
      dump: dumpFileName(target),
    }
    await dumpDatabase(target, path.join(work, manifest.dump))
    fs.mkdirSync(path.join(work, 'uploads'))
    if (fs.existsSync(uploadsDir)) fs.cpSync(uploadsDir, path.join(work, 'uploads'), { recursive: true })
    fs.writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2))
    fs.mkdirSync(path.dirname(path.resolve(archive)), { recursive: true })
    await tar.create({ gzip: true, file: archive, cwd: work, portable: true }, [
      'manifest.json',
      manifest.dump,
      'uploads',
    ])
    return manifest
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/** Restores an archive made by createBackup into the database and uploads folder (the CMS must be stopped). */
export const restoreBackup = async (
  archive: string,
  target: DatabaseTarget,
  uploadsDir: string,
): Promise<Manifest> => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-restore-'))
  try {
    await tar.extract({ file: archive, cwd: work })
    const manifest = JSON.parse(fs.readFileSync(path.join(work, 'manifest.json'), 'utf8')) as Manifest
    if (manifest.format !== 1) throw new Error(`unknown backup format ${String(manifest.format)}`)
    if (manifest.database !== target.kind) {
      throw new Error(`the backup holds a ${manifest.database} database, but the target is ${target.kind}`)
    }
    await restoreDatabase(target, path.join(work, manifest.dump))
    fs.rmSync(uploadsDir, { recursive: true, force: true })
    fs.mkdirSync(path.dirname(uploadsDir), { recursive: true })
    fs.cpSync(path.join(work, 'uploads'), uploadsDir, { recursive: true })
    return manifest
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
