import type { Payload, PayloadRequest } from 'payload'
import { SITE_PUBLISHES } from './site-publishes/config'
import type { ReasonRecord } from './summarize-reasons'

type LogRecord = {
  id: number | string
  reason?: string | null
  records?: ReasonRecord[] | null
  scheduledFor?: string | null
}

const REASONS_MAX = 1000

/**
 * The reasons of a record with a new one added, within the column's limit: whole reasons only (the log reads no
 * cut-off title), the first ones and the newest kept, those in between dropped.
 */
const withReason = (reasons: string[], reason: string): string => {
  const kept = [...reasons, reason]
  while (kept.length > 1 && kept.join('; ').length > REASONS_MAX) kept.splice(-2, 1)
  return kept.join('; ').slice(0, REASONS_MAX)
}

/**
 * The open (queued or running) record of a job. Finished records never match: SQLite may give a new job the id
 * of a finished, deleted one.
 */
const recordOfJob = async (payload: Payload, job: number | string, req?: PayloadRequest) =>
  (
    await payload.find({
      collection: SITE_PUBLISHES,
      where: { and: [{ job: { equals: String(job) } }, { status: { in: ['queued', 'running'] } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs[0] as unknown as LogRecord | undefined

/** The records the kept reasons are about, the newest one's target added (one per reason). */
const withRecord = (
  records: readonly ReasonRecord[],
  reason: string,
  target: ReasonRecord | undefined,
): ReasonRecord[] => {
  const kept = new Set(reason.split('; '))
  const all = target ? [...records, target] : records
  return [...new Map(all.filter((record) => kept.has(record.reason)).map((r) => [r.reason, r])).values()]
}

/**
 * The log's "queued" record of a publish job: what asked for it (all the reasons coalesced, each changed record's
 * collection and id beside its reason) and when it starts.
 */
export const logQueued = async (
  payload: Payload,
  {
    job,
    reason,
    record: changed,
    at,
    req,
  }: {
    job: number | string
    reason: string
    record?: Pick<ReasonRecord, 'collection' | 'id'>
    at: Date
    req?: PayloadRequest
  },
): Promise<void> => {
  const target: ReasonRecord | undefined = changed && { ...changed, reason }
  const record = await recordOfJob(payload, job, req)
  if (!record) {
    await payload.create({
      collection: SITE_PUBLISHES,
      data: {
        status: 'queued',
        reason,
        records: withRecord([], reason, target),
        scheduledFor: at.toISOString(),
        job: String(job),
      } as never,
      req,
      overrideAccess: true,
    })
    return
  }
  const reasons = (record.reason ?? '').split('; ').filter(Boolean)
  const earlier = !record.scheduledFor || at < new Date(record.scheduledFor)
  const known = (record.records ?? []).some((r) => r.reason === reason)
  if (reasons.includes(reason) && !earlier && (known || !target)) return
  const reasonText = reasons.includes(reason) ? (record.reason ?? reason) : withReason(reasons, reason)
  await payload.update({
    collection: SITE_PUBLISHES,
    id: record.id,
    data: {
      reason: reasonText,
      records: withRecord(record.records ?? [], reasonText, target),
      ...(earlier ? { scheduledFor: at.toISOString() } : {}),
    } as never,
    req,
    overrideAccess: true,
  })
}

/** Marks a job's record as running (creating it for a job queued without one); returns the record's id. */
export const logStarted = async (
  payload: Payload,
  { job, reason }: { job: number | string; reason: string },
): Promise<number | string> => {
  const data = { status: 'running', startedAt: new Date().toISOString() }
  const record = await recordOfJob(payload, job)
  if (record) {
    await payload.update({
      collection: SITE_PUBLISHES,
      id: record.id,
      data: data as never,
      overrideAccess: true,
    })
    return record.id
  }
  const created = await payload.create({
    collection: SITE_PUBLISHES,
    data: { ...data, reason, job: String(job) } as never,
    overrideAccess: true,
  })
  return created.id
}
