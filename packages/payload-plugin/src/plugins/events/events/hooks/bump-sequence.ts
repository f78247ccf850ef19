import type { CollectionBeforeChangeHook } from 'payload'
import { buildRule, type RecurrenceInput } from '@ratusz/recurrence'

type Doc = Record<string, unknown>

const iso = (value: unknown): string | null =>
  typeof value === 'string' || value instanceof Date ? new Date(value).toISOString() : null

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** What a calendar that imported the event cares about: its time, its place and its status. */
export const calendarSnapshot = (doc: Doc): string => {
  const recurrence = (doc.recurrence ?? {}) as RecurrenceInput
  const place = (doc.place ?? {}) as Doc
  return JSON.stringify({
    start: iso(doc.start),
    end: iso(doc.end),
    allDay: Boolean(doc.allDay),
    rule: buildRule(recurrence),
    exceptions: (recurrence.exceptions ?? []).map((item) => iso(item.date)).sort(),
    place: [text(place.name), text(place.address), place.latitude ?? null, place.longitude ?? null],
    status: doc.status ?? 'planned',
  })
}

/**
 * `sequence` (iCalendar SEQUENCE) counts the changes of a published event that calendars must pick up: it grows
 * by one when a publication changes the time, place or status of the published version. Drafts carry the
 * published number; nobody sets it by hand (the field is read-only).
 */
export const bumpSequence: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return { ...data, sequence: 0 }
  const published = (await req.payload
    .findByID({
      collection: collection.slug,
      id: originalDoc.id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
    })
    .catch(() => null)) as Doc | null
  const base = Number(published?.sequence ?? originalDoc.sequence ?? 0)
  if ((data._status ?? originalDoc._status) !== 'published' || published?._status !== 'published')
    return { ...data, sequence: base }
  const next = { ...originalDoc, ...data }
  return { ...data, sequence: calendarSnapshot(published) === calendarSnapshot(next) ? base : base + 1 }
}
