import type { Media, NewsletterIssue, Periodical } from '@ratusz/contract'
import { loadRecords } from '../store/records'
import { buildNow } from '../build/build-now'
import { keyed } from '../build/cache-key'
import { renditions } from '../common/images'
import type { StaticFile } from '../common/static-files'
import { localFileName } from '../common/urls'

/** The periodicals section's read access to the content store. */

export async function loadPeriodicals(): Promise<Periodical[]> {
  return (await loadRecords('periodicals')).sort((a, b) => a.title.localeCompare(b.title, 'pl'))
}

/** Published issues, newest first. */
export async function loadIssues(): Promise<NewsletterIssue[]> {
  return (await loadRecords('newsletterIssues')).sort(
    (a, b) => Date.parse(b.publishedOn) - Date.parse(a.publishedOn),
  )
}

export function issuesOf(periodical: Periodical, issues: readonly NewsletterIssue[]): NewsletterIssue[] {
  return issues.filter((issue) => String(issue.periodical) === String(periodical.id))
}

/** One path per periodical: the periodical and its issues. */
const loadPeriodicalPaths = async () => {
  const [periodicals, issues] = await Promise.all([loadPeriodicals(), loadIssues()])
  return periodicals.map((periodical) => ({
    params: { periodical: periodical.slug },
    props: { periodical, issues: issuesOf(periodical, issues) },
  }))
}

/** The paths of a periodical's archive page. */
export const periodicalPaths = keyed(loadPeriodicalPaths)

/**
 * The paths of a periodical's feed. An issue dated after the build's "now" is dated "now" in the feed
 * (lib/periodicals/feed.ts), so while there is one the key names those issues and the build's "now": the feed is
 * made again at every build until their own date has come, and is otherwise kept.
 */
export const periodicalFeedPaths = keyed(
  loadPeriodicalPaths,
  (path) => {
    const now = buildNow()
    const later = path.props.issues.filter((issue) => Date.parse(issue.publishedOn) > now.getTime())
    return [
      path.params,
      path.props,
      later.length > 0 ? [later.map((issue) => issue.id), now.toISOString()] : null,
    ]
  },
  { regions: false },
)

/** The cover shown for an issue: the editor's, else the one rendered from page 1. */
export function coverOf(issue: NewsletterIssue): Media | undefined {
  return issue.cover ?? issue.generatedCover ?? undefined
}

/** Issues grouped by year, newest year first (issues keep their order). */
export function byYear(issues: readonly NewsletterIssue[]): [number, NewsletterIssue[]][] {
  const years = new Map<number, NewsletterIssue[]>()
  for (const issue of issues) years.set(issue.year, [...(years.get(issue.year) ?? []), issue])
  return [...years.entries()].sort(([a], [b]) => b - a)
}

/** Every issue's PDF, once each, for copying into the static output. */
export function issuePdfFiles(issues: readonly NewsletterIssue[]): StaticFile[] {
  const files = new Map<string, StaticFile>()
  for (const issue of issues) {
    const name = localFileName(issue.filename)
    files.set(name, { name, remoteUrl: issue.url, version: `${issue.updatedAt}:${issue.filesize}` })
  }
  return [...files.values()]
}

/** Every rendition of every issue's cover, once each. */
export function coverFiles(issues: readonly NewsletterIssue[]): StaticFile[] {
  const files = new Map<string, StaticFile>()
  for (const cover of issues.flatMap((issue) => coverOf(issue) ?? [])) {
    for (const file of renditions(cover)) {
      const name = localFileName(file.filename)
      files.set(name, { name, remoteUrl: file.url, version: `${cover.updatedAt}:${file.filesize}` })
    }
  }
  return [...files.values()]
}
