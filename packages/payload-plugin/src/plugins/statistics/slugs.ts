/** Slugs of the statistics plugin's collections and its task. */
export const STATISTICS_SLUGS = {
  trafficDays: 'traffic-days',
  logFiles: 'traffic-log-files',
  historicFigures: 'historic-figures',
  /** The global with the annual report chapter's text. */
  chapterTemplate: 'annual-report-template',
} as const

/** The jobs task that imports new lines of the logs folder. */
export const IMPORT_LOGS_TASK = 'import-traffic-logs'
