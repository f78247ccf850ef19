import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { SECTIONS } from '@ratusz/contract'
import { NOTIFY_QUEUE, PUBLISH_QUEUE, ratusz } from '@ratusz/payload-plugin'
import { databaseAdapter } from './database'
import { emailAdapter } from './email'
import { adminUrlOf, readEnv } from './env'
import { fromRepo, srcDir } from './paths'
import { previewSiteFromCms, publishSiteFromCms, rollbackSiteFromCms } from './publishing'
import { smsAdapter } from './sms'
import { webPushKeys } from './web-push-keys'
import { viewOnSite } from './admin/view-on-site'
import { characterCounts } from './admin/character-counts'
import { notifyAudience } from './admin/notify-audience'
import { open311KeyIssuer } from './admin/open311-key-issuer'
import { publishLog } from './admin/publish-log'
import { publishedToast } from './admin/published-toast'
import { slugLabel } from './admin/slug-label'
import { smsParts } from './admin/sms-parts'
import { eagerGroups } from './admin/eager-groups'
import { statisticsView } from './admin/statistics-view'
import { lockJobStats } from './lock-job-stats'

const env = readEnv()
// The one origin editors use: cookie-signed requests from any other origin (the public site included) are
// treated as anonymous (csrf), and no other origin may read the API's answers with credentials (cors).
const adminUrl = adminUrlOf(env)
// RATUSZ_QUIET_HOURS is checked as "HH:MM-HH:MM"
const [quietFrom, quietUntil] = env.RATUSZ_QUIET_HOURS.split('-') as [string, string]

export default buildConfig({
  serverURL: adminUrl.origin,
  csrf: [adminUrl.origin],
  cors: [adminUrl.origin],
  email: emailAdapter(env),
  admin: {
    user: 'users',
    // Payload's default avatar is Gravatar: an editor's e-mail hash would go to a third party on every page.
    avatar: 'default',
    meta: { titleSuffix: ' · Ratusz' },
    // A clerk's day above the collection tiles: the last publish, drafts, what is scheduled, alerts, actions.
    components: {
      beforeDashboard: ['/admin/TodayPanel#TodayPanel'],
      // "Raport powiadomień": subscribers per group and channel on any day, the year's months, with CSV.
      afterNavLinks: ['/admin/NotificationsReport#NotificationsReportLink'],
      views: {
        notificationsReport: {
          Component: '/admin/NotificationsReport#NotificationsReport',
          path: '/raport-powiadomien',
        },
      },
      // The gmina's coat of arms and name on the login page and in the header, not Payload's mark.
      graphics: { Logo: '/admin/GminaLogo#GminaLogo', Icon: '/admin/GminaIcon#GminaIcon' },
    },
    importMap: { baseDir: srcDir },
  },
  i18n: {
    supportedLanguages: { pl, en },
    fallbackLanguage: 'pl',
  },
  editor: lexicalEditor(),
  db: databaseAdapter(env),
  secret: env.PAYLOAD_SECRET,
  sharp,
  // The transport's hard limit, above every collection's own limit so editors get that limit's clear message.
  upload: {
    limits: {
      fileSize:
        Math.max(env.RATUSZ_MAX_DOCUMENT_MB, env.RATUSZ_MAX_ISSUE_MB, env.RATUSZ_MAX_IMAGE_MB) *
        2 *
        1024 *
        1024,
    },
  },
  // Types are generated on purpose (`pnpm --filter @ratusz/cms generate:types`, all sections on), never as a side
  // effect of starting: a CMS started with a section switched off (RATUSZ_SECTIONS, sections.test.ts) would
  // rewrite them without it.
  typescript: { outputFile: path.join(srcDir, 'payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    // The CMS process runs the job queues itself (RATUSZ_JOBS_QUEUES picks some, e.g. when a separate
    // publisher process runs `pnpm --filter @ratusz/cms jobs:publish`); tests run jobs explicitly.
    autoRun: [
      { cron: '*/10 * * * * *', queue: 'default', limit: 20 },
      // Site publishes: one at a time (the publisher's lock also keeps other processes out).
      { cron: '* * * * * *', queue: PUBLISH_QUEUE, limit: 1 },
      // Reading uploaded periodical PDFs (text, cover): one at a time, so a large file cannot starve the CMS.
      { cron: '*/5 * * * * *', queue: 'pdf', limit: 1 },
      // Residents' messages: planning and sending (the send job paces itself to the provider's rate).
      { cron: '* * * * * *', queue: NOTIFY_QUEUE, limit: 2 },
    ]
      .filter((entry) => !env.RATUSZ_JOBS_QUEUES || env.RATUSZ_JOBS_QUEUES.includes(entry.queue))
      // A process that runs no jobs schedules none either (Payload's scheduler writes every tick otherwise).
      .map((entry) => ({ ...entry, disableScheduling: !env.RATUSZ_JOBS_AUTORUN })),
    shouldAutoRun: () => env.RATUSZ_JOBS_AUTORUN,
  },
  plugins: [
    ratusz({
      // Session cookies travel only over TLS when the admin is served over https (always in production).
      users: { secureCookies: adminUrl.protocol === 'https:' },
      uploads: { dir: fromRepo(env.RATUSZ_UPLOADS_DIR) },
      media: { maxFileSizeMB: env.RATUSZ_MAX_IMAGE_MB },
      documents: { maxFileSizeMB: env.RATUSZ_MAX_DOCUMENT_MB },
      periodicals: { maxFileSizeMB: env.RATUSZ_MAX_ISSUE_MB },
      // "Podgląd" of drafts: rendered by the warm renderer when RATUSZ_WARM_PUBLISH runs one, else it says why.
      publishing: {
        publish: publishSiteFromCms(env),
        rollback: rollbackSiteFromCms(env),
        preview: previewSiteFromCms(env),
      },
      // Links in residents' messages and their pages point at the public site (nginx proxies /api/public/); SMS
      // through the provider of RATUSZ_SMS_PROVIDER (or the outbox), Web Push signed with the CMS's VAPID keys.
      notifications: {
        siteUrl: env.RATUSZ_SITE_URL,
        emailsPerSecond: env.RATUSZ_EMAILS_PER_SECOND,
        quietHours: { from: quietFrom, until: quietUntil },
        sms: smsAdapter(env),
        push: webPushKeys(env),
      },
      // Residents' reports: a position marked on the form's map (or sent by an Open311 app) must lie in the gmina.
      reports: { bounds: env.RATUSZ_MAP_BOUNDS },
      // Traffic statistics: the hourly import reads the web server's logs there (docs/statistics.md).
      statistics: { logsDir: fromRepo(env.RATUSZ_LOGS_DIR), siteUrl: env.RATUSZ_SITE_URL },
      // The sections the gmina runs (RATUSZ_SECTIONS); each one left out is gone from the admin and the site.
      plugins: Object.fromEntries(
        SECTIONS.map((section) => [section, env.RATUSZ_SECTIONS.includes(section)]),
      ),
    }),
    // "Zobacz na stronie" and the site's state in the sidebar of every document with a page of its own.
    viewOnSite,
    // A live character count under every text field with a limit (the alert's 160-character short text).
    characterCounts,
    // Under "Powiadom subskrybentów": how many residents an alert, an article or an event would reach, before
    // publishing; with SMS, their parts and estimated cost.
    notifyAudience(
      env.RATUSZ_SMS_PROVIDER !== 'off'
        ? { siteUrl: env.RATUSZ_SITE_URL, pricePerPart: env.RATUSZ_SMS_PRICE ?? null }
        : null,
    ),
    // Under the alert's short text, when SMS are sent: the parts each recipient's SMS will take.
    smsParts(env.RATUSZ_SITE_URL, env.RATUSZ_SMS_PROVIDER !== 'off'),
    // The publish log's reasons grouped and shortened; "Opublikuj ponownie" and the rollback for administrators.
    publishLog,
    // "Wydaj klucz" on an Open311 key's screen: the integrator's key shown once (only its hash is stored).
    open311KeyIssuer,
    // After a publish, a toast: the site refreshes within seconds, and "Zobacz na stronie".
    publishedToast(env.RATUSZ_SITE_URL),
    // The slug looks optional, as its help says ("leave empty"); it stays required in the schema.
    slugLabel,
    // Groups (an event's "Zapisy") show their fields as the form opens, not once scrolled to (payload#17715).
    eagerGroups,
    // "Statystyki roczne" for administrators: the figures of a year or a range, charts and tables.
    statisticsView,
  ],
}).then(lockJobStats)
