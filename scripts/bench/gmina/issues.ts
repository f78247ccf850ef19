import { issueArticles } from '../../../cms/src/seed/content/periodicals'
import { issueContents, issuePdf } from '../../../cms/src/seed/files/issue-pdfs'
import { inPool } from '../lib/pool'
import type { LocalApi } from './local-api'
import { progress, spread, type BaseRefs } from './plan'

/**
 * Periodical issues over the years, split between the demo periodicals, each uploaded with a real (small) PDF
 * through the Local API, so the upload check runs. Reading the PDFs (page text, covers) is the CMS's "pdf" job;
 * it is run only with `processPdfs`, as it takes about a second per issue and is not what the site benches
 * measure. Numbers carry an "A" ("A3/2011") so they never collide with the seed's own issues.
 */
export const generateIssues = async (
  api: LocalApi,
  refs: BaseRefs,
  options: { count: number; years: number; now: Date; concurrency: number; processPdfs: boolean },
) => {
  const { count, years, now, concurrency } = options
  const articles = issueArticles(now.getUTCFullYear(), 0).slice(0, 3)
  const pdf = await issuePdf({
    masthead: 'Informator gminy (archiwum)',
    number: 'archiwum',
    dateLine: 'wydanie archiwalne',
    title: 'Informator gminy: wydanie archiwalne',
    articles,
  })
  const contents = issueContents({ articles })
  const numbers = new Map<string, number>()
  const planned = Array.from({ length: count }, (_, index) => {
    const periodical = refs.periodicals[index % refs.periodicals.length]!
    const publishedOn = spread(index, count, years, now)
    const key = `${periodical.id}:${publishedOn.getUTCFullYear()}`
    numbers.set(key, (numbers.get(key) ?? 0) + 1)
    return { periodical, publishedOn, number: `A${numbers.get(key)}/${publishedOn.getUTCFullYear()}` }
  })
  const tick = progress('issues', count)
  await inPool(planned, concurrency, async ({ periodical, publishedOn, number }) => {
    const name = `bench-${periodical.id}-${number.replace('/', '-').toLowerCase()}.pdf`
    await api.create({
      collection: 'newsletter-issues',
      depth: 0,
      data: {
        periodical: periodical.id,
        number,
        publishedOn: publishedOn.toISOString(),
        printRun: periodical.printRun ?? undefined,
        kind: 'regular',
        contents,
        _status: 'published',
      },
      file: { data: pdf, mimetype: 'application/pdf', name, size: pdf.length },
    })
    tick()
  })
  if (options.processPdfs) await api.jobs.run({ queue: 'pdf', limit: count + 100 })
}
