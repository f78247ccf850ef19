import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { lockRowForUpdate } from '../../../shared/lock-row-for-update'
import type { DayTraffic } from '../log/count-traffic'
import { STATISTICS_SLUGS } from '../slugs'
import type { FileRead } from './count-log-files'
import { mergeDay, type StoredDay } from './merge-day'

type Doc = { id: number | string }

const findOne = async <T>(req: PayloadRequest, collection: string, field: string, value: string) => {
  const { docs } = await req.payload.find({
    collection: collection as never,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0] as unknown as (T & Doc) | undefined
}

type StoredLog = { offset: number; lines?: number; malformedLines?: number }

/**
 * A log's record, held until the transaction ends: on PostgreSQL its row is locked and read again, so that of
 * two imports saving at once the second sees the first one's offset and gives up. (SQLite runs one write
 * transaction at a time; a new log's record is protected by its unique fingerprint.)
 */
const heldLog = async (req: PayloadRequest, fingerprint: string) => {
  const found = await findOne<StoredLog>(req, STATISTICS_SLUGS.logFiles, 'fingerprint', fingerprint)
  if (!found) return undefined
  await lockRowForUpdate({
    args: { id: found.id },
    operation: 'update',
    req,
    collection: { slug: STATISTICS_SLUGS.logFiles },
  } as never)
  return findOne<StoredLog>(req, STATISTICS_SLUGS.logFiles, 'fingerprint', fingerprint)
}

/** Thrown when another import moved a log on while this one counted it: nothing of this import is saved. */
export class ConcurrentImportError extends Error {}

/**
 * Writes what an import counted, inside the request's transaction (the caller opens and commits it): each
 * day's record, created or added to, and each log's new offset. Counts and offsets go in together, so an import
 * that fails half-way leaves both as they were and the same lines are counted once when it runs again.
 */
export const saveImport = async (
  req: PayloadRequest,
  days: ReadonlyMap<string, DayTraffic>,
  reads: readonly FileRead[],
  importedAt: Date,
): Promise<void> => {
  const { payload } = req
  for (const read of reads) {
    const stored = await heldLog(req, read.fingerprint)
    if ((stored?.offset ?? 0) !== read.from)
      throw new ConcurrentImportError(
        `another import read ${read.file} meanwhile (offset ${stored?.offset ?? 0}, expected ${read.from}); run the import again`,
      )
    const data = {
      fingerprint: read.fingerprint,
      name: path.basename(read.file),
      offset: read.to,
      finished: read.finished,
      importedAt: importedAt.toISOString(),
    }
    if (stored)
      await payload.update({
        collection: STATISTICS_SLUGS.logFiles as never,
        id: stored.id,
        data: {
          ...data,
          lines: (stored.lines ?? 0) + read.lines,
          malformedLines: (stored.malformedLines ?? 0) + read.malformedLines,
        } as never,
        overrideAccess: true,
        req,
      })
    else
      await payload.create({
        collection: STATISTICS_SLUGS.logFiles as never,
        data: { ...data, lines: read.lines, malformedLines: read.malformedLines } as never,
        overrideAccess: true,
        req,
      })
  }
  // Days go straight through the database adapter (same transaction): they are computed, not typed, and
  // skipping the field machinery makes a year's import write its 365 records in seconds.
  const collection = STATISTICS_SLUGS.trafficDays
  for (const [day, traffic] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
    const stored = (await payload.db.findOne({ collection, where: { day: { equals: day } }, req })) as
      (StoredDay & Doc) | null
    const data = mergeDay(day, traffic, stored ?? undefined)
    const now = new Date().toISOString()
    if (stored)
      await payload.db.updateOne({
        collection,
        id: stored.id,
        data: { ...data, updatedAt: now },
        req,
        returning: false,
      })
    else
      await payload.db.create({
        collection,
        data: { ...data, createdAt: now, updatedAt: now },
        req,
        returning: false,
      })
  }
}
