/** Slugs of the reports plugin's collections and tasks: REST paths and the site rely on them, keep them stable. */
export const REPORT_SLUGS = {
  categories: 'report-categories',
  reports: 'reports',
  messages: 'report-messages',
  photos: 'report-photos',
  open311Keys: 'open311-keys',
} as const

export const REPORT_TASKS = { erase: 'erase-reports' } as const
