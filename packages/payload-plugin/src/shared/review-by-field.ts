import type { DateField, PayloadRequest } from 'payload'
import { DATE_FORMAT } from './date-formats'
import { labelled } from './i18n'

/** The site settings' group of review intervals, one per kind of page. */
export type ReviewKind = 'articles' | 'bipDocuments'

/** Months until a new page is due for review, when the settings say nothing. */
export const DEFAULT_REVIEW_MONTHS = 12

/** The day `months` after `from`. */
export const monthsAfter = (from: Date, months: number): Date => {
  const due = new Date(from)
  due.setUTCMonth(due.getUTCMonth() + months)
  return due
}

const reviewMonths = async (req: PayloadRequest, kind: ReviewKind): Promise<number> => {
  if (!req.payload.globals.config.some((global) => global.slug === 'site-settings'))
    return DEFAULT_REVIEW_MONTHS
  const settings = (await req.payload.findGlobal({
    slug: 'site-settings' as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as { review?: Partial<Record<ReviewKind, number | null>> }
  return settings.review?.[kind] ?? DEFAULT_REVIEW_MONTHS
}

/**
 * "Przejrzyj do": the day an editor should check that a page still holds (opening hours, fees, a procedure);
 * new pages get it from the interval the site settings give their kind, and the dashboard lists those past it.
 * Modelled on LocalGov Drupal's review date.
 */
export const reviewByField = (kind: ReviewKind): DateField => ({
  name: 'reviewBy',
  type: 'date',
  index: true,
  defaultValue: (async ({ req }: { req: PayloadRequest }) =>
    monthsAfter(
      new Date(),
      await reviewMonths(req, kind),
    ).toISOString()) as unknown as DateField['defaultValue'],
  ...labelled((t) => t.review, {
    position: 'sidebar' as const,
    date: { pickerAppearance: 'dayOnly' as const, displayFormat: DATE_FORMAT },
  }),
})
