import { storedFilename } from '@ratusz/payload-plugin'
import type { Payload } from 'payload'
import { MONTH_NAMES } from '@ratusz/payload-plugin'
import { demoPeriodicals, issueArticles, supplementArticles } from './content/periodicals'
import { issueContents, issuePdf, type IssueArticle } from './files/issue-pdfs'
import { findOrCreate, type SeedTally } from './upsert'

type Id = number | string
type Doc = { id: Id }

type PlannedIssue = {
  number: string
  date: Date
  year: number
  articles: IssueArticle[]
  supplement?: { subject: string; parentNumber: string }
}

/** Issues of a periodical over the last three years whose date has passed, oldest first. */
const planIssues = (periodical: (typeof demoPeriodicals)[number], now: Date): PlannedIssue[] => {
  const planned: PlannedIssue[] = []
  for (let year = now.getUTCFullYear() - 2; year <= now.getUTCFullYear(); year += 1) {
    periodical.months.forEach((month, index) => {
      const date = new Date(Date.UTC(year, month - 1, 10, 8))
      if (date > now) return
      planned.push({
        number: `${index + 1}/${year}`,
        date,
        year,
        articles: issueArticles(year, planned.length),
      })
    })
    const supplement = periodical.supplement
    const date = supplement && new Date(Date.UTC(year, supplement.month - 1, 10, 9))
    if (supplement && date && date <= now) {
      const subject = supplement.subject(year)
      const parent = periodical.months.indexOf(supplement.withMonth) + 1
      planned.push({
        number: `Dodatek ${parent}/${year}`,
        date,
        year,
        articles: supplementArticles(subject),
        supplement: { subject, parentNumber: `${parent}/${year}` },
      })
    }
  }
  return planned
}

/**
 * Two periodicals with three years of issues and special supplements, each a real PDF the seed generates, read
 * by the PDF job (text, page count, cover) before the seed ends. Idempotent by title and by file name.
 */
export const seedPeriodicals = async (payload: Payload, tally: SeedTally, now: Date): Promise<void> => {
  for (const demo of demoPeriodicals) {
    const { months: _months, supplement: _supplement, color, ...data } = demo
    const periodical = await findOrCreate<Doc>(
      payload,
      tally,
      'periodicals',
      { title: { equals: demo.title } },
      async () => (await payload.create({ collection: 'periodicals', data: data as never })) as Doc,
    )
    const numbers = new Map<string, Id>()
    for (const issue of planIssues(demo, now)) {
      // The name the CMS stores the PDF under, so a second run finds it.
      const filename = storedFilename(`${demo.title} ${issue.number}`, 'application/pdf')!
      const doc = await findOrCreate<Doc>(
        payload,
        tally,
        'newsletter-issues',
        { filename: { equals: filename } },
        async () => {
          const pdf = await issuePdf({
            masthead: demo.title,
            number: issue.number,
            dateLine: `${MONTH_NAMES[issue.date.getUTCMonth()]} ${issue.year}`,
            title: `${demo.title} nr ${issue.number}`,
            articles: issue.articles,
            color,
          })
          return (await payload.create({
            collection: 'newsletter-issues',
            data: {
              periodical: periodical.id,
              number: issue.number,
              publishedOn: issue.date.toISOString(),
              printRun: demo.printRun,
              kind: issue.supplement ? 'supplement' : 'regular',
              subject: issue.supplement?.subject,
              parentIssue: issue.supplement ? numbers.get(issue.supplement.parentNumber) : undefined,
              contents: issue.supplement ? [] : issueContents({ articles: issue.articles }),
              _status: 'published',
            } as never,
            file: { data: pdf, mimetype: 'application/pdf', name: filename, size: pdf.length },
          })) as Doc
        },
      )
      numbers.set(issue.number, doc.id)
    }
  }
  // The CMS runs the "pdf" queue by itself; the seed finishes the work now so the site has text and covers.
  await payload.jobs.run({ queue: 'pdf', limit: 500 })
}
