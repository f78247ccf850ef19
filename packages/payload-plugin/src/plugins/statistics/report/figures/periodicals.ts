import { warsawDay } from '@ratusz/warsaw-time'
import type { CollectionSlug, Payload } from 'payload'
import { PERIODICAL_SLUGS } from '../../../periodicals/slugs'
import { periodInstants, type Period } from '../period'
import { publishedOnly } from './dated-count'
import { installed } from './installed'

export type PeriodicalFigures = {
  title: string
  printRun: number | null
  regularIssues: number
  supplements: number
  /** Copies printed in the period: each issue's print run, or the periodical's; null when neither is known. */
  copiesPrinted: number | null
  issues: {
    number: string
    publishedOn: string
    kind: string
    subject: string | null
    printRun: number | null
  }[]
}

type Issue = {
  periodical: number | string
  number: string
  publishedOn: string
  kind: string
  subject?: string | null
  printRun?: number | null
}

/** Issues of each periodical published in the period (regular and supplements), with print runs. */
export const periodicalFigures = async (
  payload: Payload,
  period: Period,
): Promise<PeriodicalFigures[] | null> => {
  if (!installed(payload, PERIODICAL_SLUGS.newsletterIssues)) return null
  const { start, end } = periodInstants(period)
  const [periodicals, issues, earlier] = await Promise.all([
    payload.find({
      collection: PERIODICAL_SLUGS.periodicals as CollectionSlug,
      pagination: false,
      depth: 0,
      sort: 'title',
      overrideAccess: true,
    }),
    payload.find({
      collection: PERIODICAL_SLUGS.newsletterIssues as CollectionSlug,
      where: {
        and: [
          ...publishedOnly(payload, PERIODICAL_SLUGS.newsletterIssues),
          { publishedOn: { greater_than_equal: start.toISOString() } },
          { publishedOn: { less_than: end.toISOString() } },
        ],
      },
      sort: 'publishedOn',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.count({
      collection: PERIODICAL_SLUGS.newsletterIssues as CollectionSlug,
      where: {
        and: [
          ...publishedOnly(payload, PERIODICAL_SLUGS.newsletterIssues),
          { publishedOn: { less_than: end.toISOString() } },
        ],
      },
      overrideAccess: true,
    }),
  ])
  if (earlier.totalDocs === 0) return null
  const all = issues.docs as unknown as Issue[]
  const rows = (
    periodicals.docs as unknown as { id: number | string; title: string; printRun?: number | null }[]
  ).map((periodical): PeriodicalFigures => {
    const own = all.filter((issue) => String(issue.periodical) === String(periodical.id))
    const runs = own.map((issue) => issue.printRun ?? periodical.printRun ?? null)
    return {
      title: periodical.title,
      printRun: periodical.printRun ?? null,
      regularIssues: own.filter((issue) => issue.kind !== 'supplement').length,
      supplements: own.filter((issue) => issue.kind === 'supplement').length,
      copiesPrinted: runs.some((run) => run === null)
        ? null
        : runs.reduce<number>((sum, run) => sum + (run ?? 0), 0),
      issues: own.map((issue) => ({
        number: issue.number,
        publishedOn: warsawDay(new Date(issue.publishedOn)),
        kind: issue.kind,
        subject: issue.subject ?? null,
        printRun: issue.printRun ?? periodical.printRun ?? null,
      })),
    }
  })
  // the periodicals that appeared in the period; all of them (with zeros) when none did
  const appeared = rows.filter((periodical) => periodical.issues.length > 0)
  return appeared.length > 0 ? appeared : rows
}
