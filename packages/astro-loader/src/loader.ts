import type { Loader, LoaderContext } from 'astro/loaders'
import { readVariables } from '@ratusz/config'
import { z } from 'zod'
import { CmsClient, cmsUrlFromEnv, type CmsClientOptions, type CmsQuery } from './client'
import { dependenciesChanged, type DependencyCounts } from './dependencies'
import { embeddedCollections } from './embedded-collections'
import { ContractError } from './errors'
import { reportSkipped } from './skipped-records'

type Record_ = Record<string, unknown>

type CmsCollectionLoaderOptions<S extends z.ZodType> = {
  /** The REST slug of the collection, e.g. `articles`. */
  collection: string
  /** The contract schema every record must satisfy. */
  schema: S
  /** Defaults to `RATUSZ_CMS_URL`, then http://localhost:3000. */
  cmsUrl?: string
  /** Extra REST parameters (sort, where filters) in Payload's bracket syntax. */
  query?: CmsQuery
  /** Timeouts and retries of the REST client. */
  client?: Omit<CmsClientOptions, 'cmsUrl'>
  /**
   * False when the CMS has no such collection (its section is switched off, see fetchInstalledSections): the
   * store is emptied and the CMS is not asked. Default true.
   */
  installed?: boolean
}

type CmsGlobalLoaderOptions<S extends z.ZodType> = {
  /** The slug of the global, e.g. `site-settings`; also the id of its single entry. */
  global: string
  schema: S
  cmsUrl?: string
  client?: Omit<CmsClientOptions, 'cmsUrl'>
  /** False when the CMS has no such global (its section is switched off): the store is emptied. Default true. */
  installed?: boolean
}

/**
 * `RATUSZ_SKIP_CMS_SYNC=1` leaves every store as it is without asking the CMS: for `astro check`, which syncs
 * content only to generate types (they come from the schemas, not from the data).
 */
function skipSync(logger: LoaderContext['logger'], what: string): boolean {
  if (!readVariables(['RATUSZ_SKIP_CMS_SYNC']).RATUSZ_SKIP_CMS_SYNC) return false
  logger.warn(`${what}: not synced with the CMS (RATUSZ_SKIP_CMS_SYNC=1)`)
  return true
}

/** A store whose collection or global the CMS does not have: emptied, with nothing kept for the next sync. */
function leaveEmpty({ store, meta, logger }: LoaderContext, what: string): void {
  store.clear()
  for (const key of [META_LAST_UPDATED_AT, META_FINGERPRINT, META_DEPENDENCY_COUNTS, META_REJECTED])
    meta.delete(key)
  logger.info(`${what}: not installed in the CMS (its section is switched off), left empty`)
}

/** Meta keys the collection loader keeps between builds. */
export const META_LAST_UPDATED_AT = 'ratusz:last-updated-at'
const META_FINGERPRINT = 'ratusz:fingerprint'
const META_DEPENDENCY_COUNTS = 'ratusz:dependency-counts'
/** Ids of the records the last sync left out (they broke the contract); while any remain, syncs are full. */
export const META_REJECTED = 'ratusz:rejected'

/** A digest of what the stored entries depend on: when it changes, the next sync is a full one. */
function fingerprintOf(schema: z.ZodType, cmsUrl: string, query: CmsQuery): string {
  let shape = ''
  try {
    shape = JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }))
  } catch {
    shape = 'unrepresentable'
  }
  return JSON.stringify({ shape, cmsUrl, query })
}

type Validated<S extends z.ZodType> = { id: string; raw: Record_; data: z.output<S> }

/** Splits raw records into those that satisfy the contract (parsed) and the errors of those that do not. */
function validateAll<S extends z.ZodType>(
  collection: string,
  schema: S,
  records: Record_[],
): { valid: Validated<S>[]; rejected: ContractError[] } {
  const valid: Validated<S>[] = []
  const rejected: ContractError[] = []
  for (const raw of records) {
    const id = String(raw.id)
    const result = schema.safeParse(raw)
    if (result.success) valid.push({ id, raw, data: result.data })
    else rejected.push(new ContractError(collection, id, result.error.issues))
  }
  return { valid, rejected }
}

function parseCounts(stored: string | undefined): DependencyCounts | undefined {
  if (stored === undefined) return undefined
  try {
    return JSON.parse(stored) as DependencyCounts
  } catch {
    return undefined
  }
}

/** The latest `updatedAt` among the records, or `previous` when none is later. */
function latestUpdatedAt(records: Record_[], previous: string | undefined): string | undefined {
  let latest = previous
  for (const record of records) {
    const value = record.updatedAt
    if (typeof value === 'string' && (latest === undefined || Date.parse(value) > Date.parse(latest))) {
      latest = value
    }
  }
  return latest
}

/**
 * An Astro content loader for one Payload collection. The first sync fetches every record; later syncs fetch only
 * records updated since the last one (kept in the loader's meta store) plus the current id list, so that records
 * which were deleted or unpublished leave the store. Every record is validated against `schema`: one that breaks it
 * is left out of the build (reported, see reportSkipped), keeping its previous entry if it had one, so that one
 * bad record never stops the rest of the site from being published. While a left-out record remains, every sync
 * is a full one, so the record is reported on every build until it is fixed.
 */
export function cmsCollectionLoader<S extends z.ZodType>(
  options: CmsCollectionLoaderOptions<S>,
): Loader & { schema: S } {
  const { collection, schema, query = {} } = options
  // A change to a collection populated into these records (REST depth=1) makes the next sync a full one, so the
  // embedded copies (a category's name, a cover, an attachment) never go stale.
  const dependsOn = embeddedCollections(schema)
  return {
    name: `ratusz-cms:${collection}`,
    schema,
    async load(context) {
      const { store, meta, logger, generateDigest } = context
      if (skipSync(logger, collection)) return
      if (options.installed === false) return leaveEmpty(context, collection)
      const cmsUrl = options.cmsUrl ?? cmsUrlFromEnv()
      const client = new CmsClient({ ...options.client, cmsUrl })
      const fingerprint = generateDigest(fingerprintOf(schema, cmsUrl, query))
      const since = meta.get(META_LAST_UPDATED_AT)
      const dependencies = await dependenciesChanged(
        client,
        dependsOn,
        since ?? new Date(0).toISOString(),
        parseCounts(meta.get(META_DEPENDENCY_COUNTS)),
      )
      const incremental =
        since !== undefined &&
        meta.get(META_FINGERPRINT) === fingerprint &&
        store.keys().length > 0 &&
        !(dependsOn.length > 0 && dependencies.changed) &&
        !meta.get(META_REJECTED) &&
        !readVariables(['RATUSZ_FULL_SYNC']).RATUSZ_FULL_SYNC

      // Counted before the changes are fetched, so a record gone before this sync began is always found (goneIds).
      const live = incremental ? await client.count(collection, query) : undefined
      const changed = await client.findAll(
        collection,
        incremental ? { ...query, 'where[updatedAt][greater_than_equal]': since } : query,
      )
      const { valid, rejected } = validateAll(collection, schema, changed)
      const gone = await goneIds(client, collection, query, store.keys(), changed, live)
      for (const error of rejected) reportSkipped(error, store.has(error.recordId), logger)
      for (const id of gone) store.delete(id)
      const removed = gone.length
      let updated = 0
      for (const { id, raw, data } of valid) {
        if (store.set({ id, data: data as Record_, digest: generateDigest(raw) })) updated++
      }

      const latest = latestUpdatedAt(changed, incremental ? since : undefined)
      if (latest) meta.set(META_LAST_UPDATED_AT, latest)
      else meta.delete(META_LAST_UPDATED_AT)
      meta.set(META_FINGERPRINT, fingerprint)
      meta.set(META_DEPENDENCY_COUNTS, JSON.stringify(dependencies.counts))
      if (rejected.length > 0) meta.set(META_REJECTED, rejected.map((error) => error.recordId).join(','))
      else meta.delete(META_REJECTED)
      logger.info(
        `${collection}: ${incremental ? 'incremental' : 'full'} sync, ${updated} updated, ${removed} removed, ${rejected.length} left out, ${store.keys().length} in total`,
      )
    },
  }
}

/**
 * The ids in the store that the CMS no longer has (deleted, unpublished, out of the query): after a full fetch,
 * those not fetched; after an incremental one, those not in the CMS's id list. That list is asked for only when
 * something is gone: when the CMS counted (`live`, before the changes were fetched) as many records as the store
 * holds plus the new ones among the changed, every record of the store is still there. (At 8,500 BIP documents
 * the id list costs 0.35–0.6 s, the count one small request. A record removed while the sync runs may stay until
 * the next sync, which its removal starts.)
 */
async function goneIds(
  client: CmsClient,
  collection: string,
  query: CmsQuery,
  stored: readonly string[],
  changed: readonly Record<string, unknown>[],
  live: number | undefined,
): Promise<string[]> {
  const changedIds = new Set(changed.map((record) => String(record.id)))
  if (live === undefined) return stored.filter((id) => !changedIds.has(id))
  const have = new Set(stored)
  const added = [...changedIds].filter((id) => !have.has(id)).length
  if (live === stored.length + added) return []
  const ids = new Set(await client.findIds(collection, query))
  return stored.filter((id) => !ids.has(id))
}

/** An Astro content loader for one Payload global; the collection holds a single entry whose id is the slug. */
export function cmsGlobalLoader<S extends z.ZodType>(
  options: CmsGlobalLoaderOptions<S>,
): Loader & { schema: S } {
  const { global, schema } = options
  return {
    name: `ratusz-cms:globals/${global}`,
    schema,
    async load(context) {
      const { store, logger, generateDigest } = context
      if (skipSync(logger, `globals/${global}`)) return
      if (options.installed === false) return leaveEmpty(context, `globals/${global}`)
      const client = new CmsClient({ ...options.client, cmsUrl: options.cmsUrl ?? cmsUrlFromEnv() })
      const raw = await client.getGlobal(global)
      const {
        valid: [valid],
        rejected: [error],
      } = validateAll(`globals/${global}`, schema, [{ ...raw, id: global }])
      if (error) {
        // The site cannot be built without its global: keep the last good one, or stop the build when there is none.
        if (!store.has(global)) throw error
        reportSkipped(error, true, logger)
        return
      }
      if (!valid) return
      for (const id of store.keys()) if (id !== global) store.delete(id)
      store.set({ id: global, data: valid.data as Record_, digest: generateDigest(raw) })
    },
  }
}
