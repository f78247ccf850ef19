import type { Endpoint } from 'payload'
import { ChapterTemplateError } from '../chapter-template/placeholders'
import { buildChapter, chapterHtml, readChapterTemplate, type Chapter } from './chapter'
import { chapterDocx } from './chapter-docx'
import { periodFigures } from './figures'
import { sectionsCsv } from './render'
import { adminPeriod, periodSlug, STATISTICS_PATH } from './statistics-endpoint'

/** Where the chapter "Komunikacja z mieszkańcami" is downloaded. */
export const CHAPTER_PATH = `${STATISTICS_PATH}/rozdzial`

const FORMATS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const

type Format = keyof typeof FORMATS

const problem = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * `GET /api/ratusz/statystyki/rozdzial?rok=2026&format=docx|html|csv`, administrators only: the annual report's
 * chapter "Komunikacja z mieszkańcami" for the year (or `od`/`do` for a range), its text from the template
 * (`annual-report-template`) with the year's figures. A template with an unknown placeholder answers 400 naming it.
 */
export const chapterEndpoint = (): Endpoint => ({
  path: CHAPTER_PATH,
  method: 'get',
  handler: async (req) => {
    const period = adminPeriod(req)
    if (period instanceof Response) return period
    const format = (new URL(req.url ?? 'http://localhost/').searchParams.get('format') ?? 'html') as Format
    if (!(format in FORMATS)) return problem('Wybierz format: docx, html albo csv.', 400)
    const [figures, template] = await Promise.all([
      periodFigures(req.payload, period),
      readChapterTemplate(req.payload),
    ])
    let chapter: Chapter
    try {
      chapter = buildChapter(figures, template)
    } catch (error) {
      if (error instanceof ChapterTemplateError)
        return problem(`${error.message} Popraw „Szablon rozdziału raportu”.`, 400)
      throw error
    }
    const body =
      format === 'docx'
        ? new Uint8Array(await chapterDocx(chapter))
        : format === 'html'
          ? chapterHtml(chapter)
          : sectionsCsv(chapter.sections)
    return new Response(body, {
      headers: {
        'Content-Type': FORMATS[format],
        'Content-Disposition': `attachment; filename="komunikacja-z-mieszkancami-${periodSlug(period)}.${format}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
})
