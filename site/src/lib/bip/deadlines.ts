import type { BipDocument } from '@ratusz/contract'
import { buildNow } from '../build/build-now'

/** Whether a tender's or job offer's deadline has passed at `now` (the moment the site is built). */
export function isClosed(document: Pick<BipDocument, 'deadline'>, now: Date = buildNow()): boolean {
  return document.deadline !== null && Date.parse(document.deadline) <= now.getTime()
}

/**
 * Open ones first (nearest deadline first), then closed ones (latest deadline first); closed ones stay. `closed`
 * tells which have passed (by default at the build's "now").
 */
export function sortByDeadline<T extends Pick<BipDocument, 'deadline' | 'publishedAt'>>(
  documents: readonly T[],
  closed: (document: T) => boolean = (document) => isClosed(document),
): T[] {
  const time = (doc: T) => (doc.deadline ? Date.parse(doc.deadline) : Date.parse(doc.publishedAt))
  const open = documents.filter((doc) => !closed(doc)).sort((a, b) => time(a) - time(b))
  const past = documents.filter((doc) => closed(doc)).sort((a, b) => time(b) - time(a))
  return [...open, ...past]
}

/** The next deadline after `now`: when a tender or job offer shown as open must be shown as closed. */
export function nextDeadline(
  documents: readonly Pick<BipDocument, 'deadline'>[],
  now: Date = buildNow(),
): Date | undefined {
  const upcoming = documents
    .map((document) => (document.deadline ? Date.parse(document.deadline) : Number.NaN))
    .filter((time) => time > now.getTime())
  return upcoming.length > 0 ? new Date(Math.min(...upcoming)) : undefined
}
