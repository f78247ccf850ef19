import type { Payload } from 'payload'
import {
  CHAPTER_TEXTS,
  DEFAULT_CHAPTER_TEXTS,
  SECTION_TEXT,
  type ChapterTextKey,
} from '../chapter-template/config'
import { fillPlaceholders, type ChapterPlaceholder } from '../chapter-template/placeholders'
import { STATISTICS_SLUGS } from '../slugs'
import type { PeriodFigures } from './figures'
import { periodLabel } from './period'
import { sectionsHtml, SECTIONS_CSS } from './render'
import { formatNumber, NO_DATA, reportSections, type ReportSection } from './sections'
import { escapeXml } from './svg-chart'

export type ChapterTemplate = { title: string } & Record<ChapterTextKey, string>

/** The template an administrator saved, with the default text where a part was never saved. */
export const readChapterTemplate = async (payload: Payload): Promise<ChapterTemplate> => {
  const saved = (await payload
    .findGlobal({ slug: STATISTICS_SLUGS.chapterTemplate as never, depth: 0, overrideAccess: true })
    .catch(() => ({}))) as Partial<ChapterTemplate>
  const texts = Object.fromEntries(
    (Object.keys(CHAPTER_TEXTS) as ChapterTextKey[]).map((key) => [
      key,
      typeof saved[key] === 'string' ? saved[key] : DEFAULT_CHAPTER_TEXTS[key],
    ]),
  ) as Record<ChapterTextKey, string>
  return { title: saved.title || 'Komunikacja z mieszkańcami', ...texts }
}

const figure = (value: number | null | undefined): string =>
  value === null || value === undefined ? NO_DATA : formatNumber(value)

const signed = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? NO_DATA
    : value > 0
      ? `+${formatNumber(value)}`
      : formatNumber(value)

const sum = <T>(items: T[] | null, pick: (item: T) => number | null): number | null => {
  if (!items) return null
  let total = 0
  for (const item of items) {
    const value = pick(item)
    if (value === null) return null
    total += value
  }
  return total
}

/** Every placeholder's text for the figures: Polish numbers, "brak danych" where Ratusz holds nothing. */
export const placeholderValues = (figures: PeriodFigures): Record<ChapterPlaceholder, string> => {
  const { traffic, content, periodicals, bip, notifications, reports, period } = figures
  const everyone = notifications?.groups.find((row) => row.key === 'everyone')
  return {
    rok: period.year ? String(period.year) : periodLabel(period),
    okres: periodLabel(period),
    odslony: figure(traffic?.pageViews),
    odwiedzajacy: figure(traffic?.visitorsDailySum),
    odslony_bip: figure(traffic?.sections.bip.pageViews),
    odslony_informator: figure(traffic?.sections.periodicals.pageViews),
    pobrania_pdf: figure(traffic?.pdfDownloads),
    kanaly_rss: figure(traffic?.feedFetches),
    kalendarze: figure(traffic?.calendarFetches),
    dni_z_danymi: figure(traffic?.daysWithData),
    aktualnosci: figure(content.articles),
    wydarzenia: figure(content.events),
    komunikaty: figure(content.alerts),
    numery_czasopisma: figure(sum(periodicals, (one) => one.regularIssues)),
    dodatki: figure(sum(periodicals, (one) => one.supplements)),
    egzemplarze: figure(sum(periodicals, (one) => one.copiesPrinted)),
    dokumenty_bip: figure(bip?.documentsPublished),
    zmiany_bip: figure(bip?.changesTotal),
    subskrybenci: notifications ? figure(everyone?.total ?? 0) : NO_DATA,
    subskrybenci_zmiana: notifications ? signed(everyone?.change ?? 0) : NO_DATA,
    wyslane_powiadomienia: figure(notifications?.sent),
    zgloszenia: figure(reports?.received),
    zgloszenia_zalatwione: figure(reports?.handled),
  }
}

/** A section of the chapter: the statistics' section with the template's text before its tables. */
export type ChapterSection = ReportSection & { paragraphs: string[] }

/** The chapter's content: its title, paragraphs, sections and closing paragraphs. */
export type Chapter = {
  title: string
  period: string
  intro: string[]
  sections: ChapterSection[]
  closing: string[]
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)

/**
 * The chapter of a period from its figures and the template: every placeholder replaced (a ChapterTemplateError
 * names an unknown one).
 */
export const buildChapter = (figures: PeriodFigures, template: ChapterTemplate): Chapter => {
  const values = placeholderValues(figures)
  const fill = (text: string) => paragraphs(fillPlaceholders(text, values))
  return {
    title: fillPlaceholders(template.title, values),
    period: periodLabel(figures.period),
    intro: fill(template.intro),
    sections: reportSections(figures).map((section) => ({
      ...section,
      // a part without figures keeps only its "brak danych": the template's sentence would state them as facts
      paragraphs: section.missing ? [] : fill(template[SECTION_TEXT[section.id] ?? 'closing'] ?? ''),
    })),
    closing: fill(template.closing),
  }
}

const paragraphsHtml = (texts: string[]) => texts.map((text) => `<p>${escapeXml(text)}</p>`).join('\n')

/** The chapter as a standalone HTML page (Polish, headings, figures with text alternatives, tables). */
export const chapterHtml = (chapter: Chapter): string => {
  const byId = new Map(chapter.sections.map((section) => [section.id, section]))
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>${escapeXml(`${chapter.title} – ${chapter.period}`)}</title>
<style>body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}${SECTIONS_CSS}</style>
</head>
<body class="ratusz-stats">
<h1>${escapeXml(chapter.title)}</h1>
<p><em>${escapeXml(chapter.period)}</em></p>
${paragraphsHtml(chapter.intro)}
${sectionsHtml(chapter.sections, { level: 2, before: (section) => paragraphsHtml(byId.get(section.id)?.paragraphs ?? []) })}
${paragraphsHtml(chapter.closing)}
</body>
</html>
`
}
