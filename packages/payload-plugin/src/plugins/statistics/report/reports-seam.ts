import type { Config, Payload } from 'payload'
import type { Period } from './period'

/**
 * Residents' reports (zgłoszenia) of a period as the annual report shows them: how many came in and were handled,
 * per category and per status, with the median response time. The reports plugin computes them; statistics only
 * shows them.
 */
export type ReportsFigures = {
  received: number
  handled: number
  byCategory: { category: string; received: number; handled: number; medianDaysToAnswer: number | null }[]
  byStatus: { status: string; count: number }[]
}

/** Computes the residents' reports figures of a period. */
export type ReportsFiguresProvider = (payload: Payload, period: Period) => Promise<ReportsFigures | null>

/** The key of `config.custom` under which the reports plugin supplies its provider. */
export const REPORTS_FIGURES_KEY = 'ratuszReportsFigures'

/**
 * For the reports plugin: supplies its figures to the statistics page and the annual report's chapter. Without
 * it (the reports section not installed), both say "brak danych" where the reports would be.
 *
 * @example return withReportsFigures(config, async (payload, period) => ({ received: 12, … }))
 */
export const withReportsFigures = (config: Config, provider: ReportsFiguresProvider): Config => ({
  ...config,
  custom: { ...config.custom, [REPORTS_FIGURES_KEY]: provider },
})

/** The provider the installed reports plugin supplied, if any. */
export const reportsFiguresProvider = (payload: Payload): ReportsFiguresProvider | undefined => {
  const provider = (payload.config.custom as Record<string, unknown> | undefined)?.[REPORTS_FIGURES_KEY]
  return typeof provider === 'function' ? (provider as ReportsFiguresProvider) : undefined
}
