import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** Names logrotate gives a log: `access.log`, `access.log.1`, `access.log.2.gz`, `access.log-20261130(.gz)`. */
const LOG_NAME = /\.log(?:\.\d+|-\d{8})?(?:\.gz)?$/

/** nginx's error log, when it shares the folder: never access lines. */
const ERROR_LOG = /^error[._-]/

/**
 * The access logs of a folder, oldest first (by modification time); none when the folder does not exist. Every
 * `*.log` but the error log is taken: an access log in another format only adds to the unreadable lines.
 */
export const listLogFiles = async (dir: string): Promise<string[]> => {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  const files = await Promise.all(
    names
      .filter((name) => LOG_NAME.test(name) && !ERROR_LOG.test(name))
      .map(async (name) => {
        const file = path.join(dir, name)
        const info = await stat(file)
        return { file, isFile: info.isFile(), mtime: info.mtimeMs }
      }),
  )
  return files
    .filter((entry) => entry.isFile)
    .sort((a, b) => a.mtime - b.mtime)
    .map((entry) => entry.file)
}
