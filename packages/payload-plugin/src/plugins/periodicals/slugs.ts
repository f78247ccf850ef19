/** Payload slugs of the periodicals plugin (REST paths the site reads: keep them stable). */
export const PERIODICAL_SLUGS = {
  periodicals: 'periodicals',
  newsletterIssues: 'newsletter-issues',
} as const

/** The jobs task that reads an uploaded issue's PDF. */
export const PROCESS_PDF_TASK = 'processNewsletterPdf'
