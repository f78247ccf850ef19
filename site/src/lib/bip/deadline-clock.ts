import type { BipDocument } from '@ratusz/contract'
import { perBuild } from '../build/per-build'
import { loadRecords } from '../store/records'
import { isClosed, nextDeadline } from './deadlines'

/**
 * Where the build's "now" stands among the BIP's deadlines (tenders, job offers; every version's in the register
 * too): the last one passed and the next one to come, as epoch milliseconds. Whether a known deadline has passed
 * follows from it, so the pages that show deadlines depend on this memo rather than on the clock itself: the warm
 * renderer walks them again when a deadline passes or the deadlines change, not at every publish
 * (lib/build/reads.ts).
 */
export type DeadlineClock = { passed: number | null; next: number | null }

export const deadlineClock = (): Promise<DeadlineClock> =>
  perBuild('deadline-clock', async () => {
    const [documents, changes] = await Promise.all([loadRecords('bipDocuments'), loadRecords('bipChanges')])
    const all = [...documents, ...changes.map((change) => change.snapshot)]
    const passed = all.flatMap((document) => (isClosed(document) ? [Date.parse(document.deadline!)] : []))
    return {
      passed: passed.reduce<number | null>((latest, time) => Math.max(latest ?? time, time), null),
      next: nextDeadline(all)?.getTime() ?? null,
    }
  })

/**
 * Whether a document's deadline has passed at the build's "now" (as `isClosed`): read from the clock for a
 * deadline it knows, from "now" itself for any other.
 */
export function closedByClock(clock: DeadlineClock, document: Pick<BipDocument, 'deadline'>): boolean {
  if (!document.deadline) return false
  const time = Date.parse(document.deadline)
  if (clock.passed !== null && time <= clock.passed) return true
  if (clock.next !== null && time >= clock.next) return false
  return isClosed(document)
}
