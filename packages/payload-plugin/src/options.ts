import { z } from 'zod'
import { notificationsOptionsSchema } from './plugins/notifications/options'
import { periodicalsOptionsSchema } from './plugins/periodicals/options'
import { publishingOptionsSchema } from './plugins/publishing/options'
import { reportsOptionsSchema } from './plugins/reports/options'
import { statisticsOptionsSchema } from './plugins/statistics/options'
import { DEFAULT_DOCUMENT_MIME_TYPES } from './shared/document-types'
import { UPLOAD_TYPES } from './shared/upload-types'

/** Only types the bundle knows how to name and the web servers serve safely (never HTML, SVG or scripts). */
const mimeType = z.string().refine((value) => Object.hasOwn(UPLOAD_TYPES, value), {
  error: (issue) => `"${String(issue.input)}" is not a type uploads may have; known types: see UPLOAD_TYPES`,
})

const documentsSchema = z
  .object({
    /** Largest attachment an editor may upload, in megabytes. Default 20. */
    maxFileSizeMB: z.number().positive('must be more than 0').max(1024, 'must be at most 1024').default(20),
    /**
     * MIME types an attachment may have, judged by the file's content. Default: PDF, DOCX, XLSX, ODT, ODS,
     * DOC, XLS, RTF, ZIP, TXT, CSV.
     */
    allowedMimeTypes: z
      .array(mimeType)
      .min(1, 'must list at least one MIME type')
      .default([...DEFAULT_DOCUMENT_MIME_TYPES]),
  })
  .strict()

const mediaSchema = z
  .object({
    /** Largest image an editor may upload, in megabytes. Default 10 (a phone photo is 3–8 MB). */
    maxFileSizeMB: z.number().positive('must be more than 0').max(200, 'must be at most 200').default(10),
  })
  .strict()

const usersSchema = z
  .object({
    /**
     * Mark the session cookie `Secure` (sent over https only). Turn on whenever the admin is served over https,
     * i.e. always in production. Default false (plain http on this machine during development).
     */
    secureCookies: z.boolean().default(false),
  })
  .strict()

const pluginsSchema = z
  .object({
    /** Publishing the site after every public change, and its log `site-publishes`. Default true. */
    publishing: z.boolean().default(true),
    /** The `site-settings` global (name, address and contacts of the gmina). Default true. */
    settings: z.boolean().default(true),
    /** The shared `areas` taxonomy (sołectwa, osiedla, thematic groups) of news, events and alerts. Default true. */
    areas: z.boolean().default(true),
    /** The `articles` collection; with events, the shared `categories` taxonomy. Default true. */
    news: z.boolean().default(true),
    /** The `events` collection (invitations, calendar, iCalendar feeds); with news, `categories`. Default true. */
    events: z.boolean().default(true),
    /** The BIP: `bip-categories`, `bip-documents`, `bip-changes`, `bip-files`, `bip-settings`. Default true. */
    bip: z.boolean().default(true),
    /** The `alerts` collection (warnings and announcements for areas). Default true. */
    alerts: z.boolean().default(true),
    /** The `periodicals` and `newsletter-issues` collections (the periodical's PDF archive). Default true. */
    periodicals: z.boolean().default(true),
    /** Residents' subscriptions and the notifications sent to them (`subscription-groups`, `subscriptions`,
     * `deliveries`, the public sign-up endpoints). Default true. */
    notifications: z.boolean().default(true),
    /** Residents' reports (`report-categories`, `reports`, `report-messages`, `report-photos`, `open311-keys`, the
     * public form and status pages, Open311). Installed only with `notifications` (messages to residents leave
     * through its delivery queue). Default true. */
    reports: z.boolean().default(true),
    /**
     * Traffic statistics from the web server's logs (`traffic-days`, `traffic-log-files`) and the yearly figures
     * typed in (`historic-figures`). Default true.
     */
    statistics: z.boolean().default(true),
  })
  .strict()

const uploadsSchema = z
  .object({
    /**
     * Folder for uploaded files: images go to `<dir>/media`, attachments to `<dir>/documents`. Default
     * `uploads`, relative to the host's working directory; give an absolute path in production.
     */
    dir: z.string().min(1, 'must name a folder').default('uploads'),
  })
  .strict()

/** The options of `ratusz()` and of each plugin of the bundle. */
export const optionsSchema = z
  .object({
    /** Accounts of the admin panel: how their session cookie travels. */
    users: usersSchema.prefault({}),
    /** Where uploaded images and attachments are stored on disk. */
    uploads: uploadsSchema.prefault({}),
    /** Uploads of the `media` collection (images). */
    media: mediaSchema.prefault({}),
    /** Uploads of the `documents` collection (attachments). */
    documents: documentsSchema.prefault({}),
    /** The periodical's PDF issues: size limits, page and time limits of processing. */
    periodicals: periodicalsOptionsSchema.prefault({}),
    /** Publishing the static site after every public change (the host provides the publish function). */
    publishing: publishingOptionsSchema.prefault({}),
    /** Residents' notifications: the site's address, quiet hours, how long data is kept, sending rate. */
    notifications: notificationsOptionsSchema.prefault({}),
    /** Residents' reports: how long unconfirmed reports and closed reports' personal data are kept, photo limits. */
    reports: reportsOptionsSchema.prefault({}),
    /** Traffic statistics: the logs folder the scheduled import reads, the site's address, the schedule. */
    statistics: statisticsOptionsSchema.prefault({}),
    /** Which plugins `ratusz()` installs. The core collections (users, media, documents) are always installed. */
    plugins: pluginsSchema.prefault({}),
  })
  .strict()

/** Options as a gmina writes them: every key optional. */
export type RatuszOptions = z.input<typeof optionsSchema>

/** Options with every default filled in. */
export type ResolvedRatuszOptions = z.output<typeof optionsSchema>

/**
 * Validates options and fills in defaults. Throws one Error listing every problem, one line each,
 * e.g. "documents.maxFileSizeMB: must be more than 0".
 */
export const resolveOptions = (options: unknown = {}): ResolvedRatuszOptions => {
  const result = optionsSchema.safeParse(options ?? {})
  if (result.success) return result.data
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(options)'
    return `- ${path}: ${issue.message}`
  })
  throw new Error(`Invalid Ratusz plugin options:\n${lines.join('\n')}`)
}
