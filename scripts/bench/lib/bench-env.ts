import path from 'node:path'
import os from 'node:os'

/**
 * Where the benches work, from the environment, with defaults that keep them apart from a running `pnpm start`
 * and from other developers: their own database, ports and temp folders.
 *
 *   BENCH_DATABASE_URL   the generated gmina (default postgres://postgres@127.0.0.1:5432/bench_dev)
 *   BENCH_API_PORT       the CMS REST API the benches start (default 3530)
 *   BENCH_SITE_PORT      the live site the publish bench serves (default 3531)
 *   BENCH_TMP            temp folder for uploads, builds and releases (default <tmp>/ratusz-bench, or
 *                        <tmp>/ratusz-bench-<database> for a database other than bench_dev: a gmina's uploads
 *                        belong to its database, and two gminas' files in one folder collide by name)
 */
const DEFAULT_DATABASE = 'bench_dev'
export const benchDatabaseUrl =
  process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${DEFAULT_DATABASE}`
export const benchApiPort = Number(process.env.BENCH_API_PORT ?? 3530)
export const benchSitePort = Number(process.env.BENCH_SITE_PORT ?? 3531)
const databaseName = new URL(benchDatabaseUrl).pathname.replace(/^\//, '')
export const benchTmp =
  process.env.BENCH_TMP ??
  path.join(os.tmpdir(), databaseName === DEFAULT_DATABASE ? 'ratusz-bench' : `ratusz-bench-${databaseName}`)

export const benchCmsUrl = `http://127.0.0.1:${benchApiPort}`
export const benchSiteUrl = `http://127.0.0.1:${benchSitePort}`

/** The CMS's environment for the bench gmina: schema push (a scratch database), no job runner of its own. */
export const benchCmsEnv = (): Record<string, string> => ({
  DATABASE_URL: benchDatabaseUrl,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-secret-0123456789abcdef0123456789',
  RATUSZ_UPLOADS_DIR: path.join(benchTmp, 'uploads'),
  RATUSZ_SCHEMA_PUSH: process.env.RATUSZ_SCHEMA_PUSH ?? 'true',
  // The benches publish by themselves, so the timing is the publish's own, not the job queue's polling.
  RATUSZ_JOBS_AUTORUN: 'false',
  RATUSZ_CMS_URL: benchCmsUrl,
  RATUSZ_SITE_URL: benchSiteUrl,
  RATUSZ_SITES_DIR: path.join(benchTmp, 'sites'),
})

/** A one-line description of this machine for the tables. */
export const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`
