import { SECTIONS } from '@ratusz/contract'
import type { z } from 'zod'
import {
  email,
  flag,
  httpUrl,
  instant,
  list,
  listOf,
  mapBounds,
  mapPoint,
  oneOf,
  origin,
  port,
  positiveNumber,
  text,
  tileUrl,
  urlOf,
  wholeNumber,
} from './value-types'

/**
 * Who reads a variable: the CMS (its server, seed and dev API), the site build (Astro, its integrations and the
 * content loaders), the scripts (`pnpm start`, `publish:site`, `rollback`, `backup`, `restore`), or the tests only.
 */
export type Reader = 'cms' | 'site' | 'scripts' | 'tests'

type Variable<S extends z.ZodType, R extends readonly Reader[]> = {
  schema: S
  readers: R
  /** What it does, for the table in docs/configure.md (Markdown). */
  meaning: string
  /** The default as the table says it, when it is not the schema's default value (e.g. "unset: …"). */
  defaultText?: string
  /** Never repeated in an error message (a password, or a URL that may hold one). */
  secret?: boolean
}

/** Poland's box (south,west,north,east): the default area where a report's position may lie. */
const POLAND_BOUNDS = '49.0,14.07,54.84,24.15'

const variable = <S extends z.ZodType, const R extends readonly Reader[]>(entry: Variable<S, R>) => entry

/**
 * Every environment variable Ratusz reads, with its type, default, meaning and readers: the one source of the
 * table in docs/configure.md (a test keeps the two equal and checks that the tree reads no other RATUSZ_ name).
 */
export const variables = {
  DATABASE_URL: variable({
    schema: urlOf(['postgres', 'postgresql'], 'a postgres:// connection URL').optional(),
    readers: ['cms', 'scripts'],
    defaultText: 'unset: SQLite in `RATUSZ_SQLITE_FILE`',
    meaning: 'PostgreSQL connection URL',
    secret: true,
  }),
  PAYLOAD_SECRET: variable({
    schema: text().min(32, { error: 'expected at least 32 characters (e.g. `openssl rand -hex 32`)' }),
    readers: ['cms'],
    defaultText: 'required; `pnpm start` generates one into `data/payload-secret`',
    meaning: 'signs sessions (at least 32 characters)',
    secret: true,
  }),
  RATUSZ_SQLITE_FILE: variable({
    schema: text().default('data/ratusz.db'),
    readers: ['cms', 'scripts'],
    meaning: 'the embedded SQLite database, when `DATABASE_URL` is unset',
  }),
  RATUSZ_UPLOADS_DIR: variable({
    schema: text().default('data/uploads'),
    readers: ['cms', 'scripts'],
    meaning: 'where uploaded images and documents are stored (backed up with the database)',
  }),
  RATUSZ_LOGS_DIR: variable({
    schema: text().default('data/logs'),
    readers: ['cms', 'scripts'],
    meaning:
      "the web server's access logs (nginx `combined`): `pnpm start` writes `access.log` here, the CMS imports new lines of days that are over every hour (see docs/statistics.md)",
  }),
  RATUSZ_MAX_DOCUMENT_MB: variable({
    schema: positiveNumber().default(20),
    readers: ['cms'],
    meaning: 'largest attachment an editor may upload',
  }),
  RATUSZ_MAX_IMAGE_MB: variable({
    schema: positiveNumber().default(10),
    readers: ['cms'],
    meaning: 'largest image an editor may upload',
  }),
  RATUSZ_MAX_ISSUE_MB: variable({
    schema: positiveNumber().default(40),
    readers: ['cms'],
    meaning: 'largest PDF of a periodical issue',
  }),
  RATUSZ_CMS_URL: variable({
    schema: httpUrl().default('http://localhost:3000'),
    readers: ['cms', 'site', 'scripts'],
    meaning: "where the site build reads the CMS's REST API (`pnpm start` sets it from `RATUSZ_CMS_PORT`)",
  }),
  RATUSZ_SITE_URL: variable({
    schema: httpUrl().default('http://localhost:4321'),
    readers: ['cms', 'site', 'scripts'],
    meaning: 'the public address of the site (absolute links, feeds, sitemap)',
  }),
  RATUSZ_ADMIN_URL: variable({
    schema: origin().optional(),
    readers: ['cms'],
    defaultText: '`RATUSZ_CMS_URL`',
    meaning:
      'the address editors open the admin at (origin only, https in production): the only origin whose signed-in requests count; reset links point to it; https makes the session cookie `Secure`',
  }),
  RATUSZ_API_RATE_LIMIT: variable({
    schema: wholeNumber({ min: 1 }).default(600),
    readers: ['cms'],
    meaning:
      "requests per minute the CMS answers to one client address on the internet (REST, GraphQL, residents' forms); the publisher, the proxy's and the office's private addresses are not limited",
  }),
  RATUSZ_SMTP_URL: variable({
    schema: urlOf(['smtp', 'smtps'], 'an smtp:// or smtps:// URL').optional(),
    readers: ['cms'],
    defaultText: 'unset: e-mails go to `RATUSZ_OUTBOX_DIR`',
    meaning: 'SMTP server for e-mails (password resets), e.g. `smtps://user:password@smtp.example.pl:465`',
    secret: true,
  }),
  RATUSZ_MAIL_FROM: variable({
    schema: email().default('ratusz@localhost'),
    readers: ['cms'],
    meaning: "the sender address of the CMS's e-mails",
  }),
  RATUSZ_EMAILS_PER_SECOND: variable({
    schema: positiveNumber().default(20),
    readers: ['cms'],
    meaning: "residents' notification e-mails sent per second at most (your SMTP server's limit)",
  }),
  RATUSZ_QUIET_HOURS: variable({
    schema: text()
      .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, {
        error: 'expected hours like 22:00-07:00',
      })
      .default('22:00-07:00'),
    readers: ['cms'],
    meaning:
      "residents' quiet hours (Warsaw time): news, events and alerts below alarm wait for their end; equal ends (00:00-00:00) mean none",
  }),
  RATUSZ_OUTBOX_DIR: variable({
    schema: text().default('data/outbox'),
    readers: ['cms'],
    meaning: 'without SMTP, each e-mail is written here as a `.eml` file (named by time)',
  }),
  RATUSZ_SMS_PROVIDER: variable({
    schema: oneOf(['smsapi', 'serwersms', 'outbox', 'off']).default('outbox'),
    readers: ['cms'],
    meaning:
      "how residents' SMS leave: `smsapi` (SMSAPI.pl), `serwersms` (SerwerSMS.pl), `outbox` (text files in `RATUSZ_SMS_OUTBOX_DIR`) or `off` (the form offers no SMS)",
  }),
  RATUSZ_SMS_TOKEN: variable({
    schema: text().optional(),
    readers: ['cms'],
    defaultText: 'unset',
    meaning:
      "the SMS provider's API token (SMSAPI.pl: an OAuth token; SerwerSMS.pl: an API token), sent as `Authorization: Bearer`",
    secret: true,
  }),
  RATUSZ_SMS_USERNAME: variable({
    schema: text().optional(),
    readers: ['cms'],
    defaultText: 'unset',
    meaning: 'SerwerSMS.pl without a token: the API user (with `RATUSZ_SMS_PASSWORD`)',
  }),
  RATUSZ_SMS_PASSWORD: variable({
    schema: text().optional(),
    readers: ['cms'],
    defaultText: 'unset',
    meaning: "the SerwerSMS.pl API user's password",
    secret: true,
  }),
  RATUSZ_SMS_SENDER: variable({
    schema: text().optional(),
    readers: ['cms'],
    defaultText: "unset: the provider's default",
    meaning: 'the sender name SMS show (registered with the provider, up to 11 letters, e.g. `UG Lipowa`)',
  }),
  RATUSZ_SMS_API_URL: variable({
    schema: httpUrl().optional(),
    readers: ['cms'],
    defaultText: "unset: the provider's own",
    meaning:
      "the provider's send address instead of `https://api.smsapi.pl/sms.do` or `https://api2.serwersms.pl/messages/send_sms` (e.g. `https://api.smsapi.com/sms.do`)",
  }),
  RATUSZ_SMS_OUTBOX_DIR: variable({
    schema: text().default('data/outbox/sms'),
    readers: ['cms'],
    meaning: 'with `RATUSZ_SMS_PROVIDER=outbox`, each SMS is written here as a `.txt` file (named by time)',
  }),
  RATUSZ_SMS_PRICE: variable({
    schema: positiveNumber().optional(),
    readers: ['cms'],
    defaultText: 'unset: no cost shown',
    meaning:
      "the price of one SMS part in złoty as your provider bills it (e.g. `0.16`): the admin shows a message's estimated cost before it is sent",
  }),
  RATUSZ_VAPID_PUBLIC_KEY: variable({
    schema: text().optional(),
    readers: ['cms'],
    defaultText: 'unset: the pair in `RATUSZ_VAPID_FILE`',
    meaning: 'the public VAPID key of Web Push (base64url), with `RATUSZ_VAPID_PRIVATE_KEY`',
  }),
  RATUSZ_VAPID_PRIVATE_KEY: variable({
    schema: text().optional(),
    readers: ['cms'],
    defaultText: 'unset: the pair in `RATUSZ_VAPID_FILE`',
    meaning: 'the private VAPID key that signs Web Push messages',
    secret: true,
  }),
  RATUSZ_VAPID_FILE: variable({
    schema: text().default('data/vapid-keys.json'),
    readers: ['cms'],
    meaning:
      'without the two keys above, the VAPID key pair is kept here, generated at the first start (back it up: new keys silence every browser)',
  }),
  RATUSZ_VAPID_SUBJECT: variable({
    schema: text().optional(),
    readers: ['cms'],
    defaultText: '`mailto:` and `RATUSZ_MAIL_FROM`',
    meaning: 'who push services may contact about the messages: a `mailto:` or `https:` address',
  }),
  RATUSZ_MAP_TILE_URL: variable({
    schema: tileUrl().optional(),
    readers: ['site', 'scripts'],
    defaultText: 'unset: no map',
    meaning:
      "the tile server of the map on `/zglos/` where residents may mark the place (e.g. `https://tiles.example-gmina.pl/{z}/{x}/{y}.png`); unset, the form has no map and nothing is loaded from another host. Its origin must be allowed in the web server's `img-src` (docker/security-headers.conf; `pnpm start` adds it)",
  }),
  RATUSZ_MAP_ATTRIBUTION: variable({
    schema: text().optional(),
    readers: ['site'],
    defaultText: 'unset: none',
    meaning:
      'the credit the tile server asks for, shown under the map as plain text (e.g. `© autorzy OpenStreetMap`)',
  }),
  RATUSZ_MAP_CENTER: variable({
    schema: mapPoint().optional(),
    readers: ['site'],
    defaultText: 'unset: the middle of `RATUSZ_MAP_BOUNDS`',
    meaning: 'where the map opens, `latitude,longitude` (e.g. `50.86,21.02`)',
  }),
  RATUSZ_MAP_ZOOM: variable({
    schema: wholeNumber({ min: 1 }).max(19, { error: 'expected a whole number from 1 to 19' }).default(13),
    readers: ['site'],
    meaning: 'the zoom the map opens at (1 to 19; 13 shows a gmina)',
  }),
  RATUSZ_MAP_BOUNDS: variable({
    schema: mapBounds().prefault(POLAND_BOUNDS),
    readers: ['cms', 'site'],
    defaultText: 'Poland: `49.0,14.07,54.84,24.15`',
    meaning:
      "the gmina's box, `south,west,north,east`: a report's position (the form's map, Open311's `lat`/`long`) outside it is refused, and the map does not leave it",
  }),
  RATUSZ_SITES_DIR: variable({
    schema: text().default('data/site'),
    readers: ['cms', 'scripts'],
    meaning: 'site releases and the `live` link the web server serves',
  }),
  RATUSZ_KEEP_RELEASES: variable({
    schema: wholeNumber({ min: 2 }).default(5),
    readers: ['cms', 'scripts'],
    meaning: 'how many site releases to keep for rollback',
  }),
  RATUSZ_WARM_PUBLISH: variable({
    schema: flag().default(true),
    readers: ['cms', 'scripts'],
    meaning:
      'publishes re-render only changed pages in a long-lived renderer process (about 1 GB of memory for a small gmina, 1.3 GB at 30,000 pages), cold build as fallback; the admin\'s "Podgląd" of drafts needs it; `false` builds every publish with `astro build` (docs/warm-publisher.md)',
  }),
  RATUSZ_PUBLISH_URL: variable({
    schema: httpUrl().optional(),
    readers: ['cms'],
    defaultText: 'unset: this process builds its publishes itself',
    meaning:
      "where the CMS's publish jobs have the site built when another process holds the warm renderer (`pnpm start` sets it to its own process)",
  }),
  RATUSZ_PREVIEW_URL: variable({
    schema: httpUrl().optional(),
    readers: ['cms'],
    defaultText: 'unset: this process renders previews itself',
    meaning:
      'where the CMS asks for "Podgląd" pages when a separate publisher process holds the warm renderer (e.g. `http://publisher:3400`; that process sets `RATUSZ_PREVIEW_PORT`)',
  }),
  RATUSZ_PREVIEW_PORT: variable({
    schema: port().optional(),
    readers: ['cms'],
    defaultText: 'unset: none',
    meaning:
      "port on which a publisher process (`jobs:publish`) renders previews for the CMS, requests signed with `PAYLOAD_SECRET` (the stack's internal network only)",
  }),
  RATUSZ_JOBS_AUTORUN: variable({
    schema: flag().default(true),
    readers: ['cms'],
    meaning: 'whether this CMS process runs its job queues (publishing, scheduled changes, PDF checks)',
  }),
  RATUSZ_JOBS_QUEUES: variable({
    schema: list().optional(),
    readers: ['cms'],
    defaultText: 'unset: all queues',
    meaning: 'which job queues this process runs, comma-separated (e.g. `default,pdf`)',
  }),
  RATUSZ_SECTIONS: variable({
    schema: listOf(SECTIONS).default([...SECTIONS]),
    readers: ['cms'],
    defaultText: `all: \`${SECTIONS.join(',')}\``,
    meaning:
      'the sections switched on, comma-separated; the others are gone from the admin and the site (see [sections](#sections))',
  }),
  RATUSZ_SCHEMA_PUSH: variable({
    schema: flag().default(false),
    readers: ['cms'],
    meaning:
      'development only: a fresh database follows the code without the committed migrations (refused in production)',
  }),
  RATUSZ_ADMIN_EMAIL: variable({
    schema: email().optional(),
    readers: ['cms', 'scripts'],
    defaultText: 'the demo login (README)',
    meaning: "the seed's admin",
  }),
  RATUSZ_ADMIN_PASSWORD: variable({
    schema: text().optional(),
    readers: ['cms', 'scripts'],
    defaultText: 'the demo login (README)',
    meaning: "the seed's admin password (at least 12 characters, not a common one)",
    secret: true,
  }),
  RATUSZ_API_PORT: variable({
    schema: port().default(3300),
    readers: ['cms'],
    meaning: 'port of the REST API alone (`pnpm --filter @ratusz/cms api`), for development',
  }),
  RATUSZ_CMS_PORT: variable({
    schema: port().default(3000),
    readers: ['scripts'],
    meaning: 'port of the CMS `pnpm start` runs',
  }),
  RATUSZ_SITE_PORT: variable({
    schema: port().default(4321),
    readers: ['scripts'],
    meaning: 'port of the site `pnpm start` serves (and the default `RATUSZ_SITE_URL` there)',
  }),
  RATUSZ_BUILD_NOW: variable({
    schema: instant().optional(),
    readers: ['site'],
    defaultText: 'unset: the real time',
    meaning:
      "the build's “now”, which decides the active alerts (ISO 8601 with a time zone, e.g. `2025-06-14T16:00:00Z`): for tests and replaying a build",
  }),
  RATUSZ_FILE_CACHE: variable({
    schema: text().default('node_modules/.cache/ratusz-files'),
    readers: ['site'],
    meaning: "where the site build keeps the CMS's uploads it copied (relative to `site/`)",
  }),
  RATUSZ_ASTRO_CACHE_DIR: variable({
    schema: text().optional(),
    readers: ['site'],
    defaultText: "unset: Astro's own",
    meaning: "Astro's cache folder (content store, incremental build cache); the publisher sets it per site",
  }),
  RATUSZ_PREFILLED_OUT_DIR: variable({
    schema: flag().default(false),
    readers: ['site'],
    meaning:
      'the output folder already holds the previous build: keep what did not change (set by the publisher)',
  }),
  RATUSZ_SKIPPED_RECORDS_FILE: variable({
    schema: text().optional(),
    readers: ['site'],
    defaultText: 'unset: not reported',
    meaning:
      'where the loaders report the records they left out (one JSON line each); set by the publisher, which logs them',
  }),
  RATUSZ_SKIP_CMS_SYNC: variable({
    schema: flag().default(false),
    readers: ['site'],
    meaning: 'the loaders leave the content store as it is, without the CMS (`astro check`)',
  }),
  RATUSZ_FULL_SYNC: variable({
    schema: flag().default(false),
    readers: ['site'],
    meaning: 'the loaders fetch every record again instead of the changes since the last build',
  }),
  RATUSZ_TEST_POSTGRES_URL: variable({
    schema: urlOf(['postgres', 'postgresql'], 'a postgres:// connection URL').default(
      'postgres://postgres@127.0.0.1:5432/',
    ),
    readers: ['tests'],
    meaning: 'the PostgreSQL server the integration and e2e tests create their databases on',
    secret: true,
  }),
  RATUSZ_TEST_EMPTY_DATABASE_URL: variable({
    schema: urlOf(['postgres', 'postgresql'], 'a postgres:// connection URL').optional(),
    readers: ['tests'],
    defaultText: "set by the integration tests' global setup",
    meaning: 'an empty database for the first-user test',
    secret: true,
  }),
  RATUSZ_INTEGRATION_API_PORT: variable({
    schema: port().default(3390),
    readers: ['tests'],
    meaning: 'port of the REST API the integration tests start',
  }),
  RATUSZ_E2E_PORT_BASE: variable({
    schema: port().default(3100),
    readers: ['tests'],
    meaning: 'first of the ports the e2e tests use',
  }),
  RATUSZ_EXPECT_TZ: variable({
    schema: text().optional(),
    readers: ['tests'],
    defaultText: 'unset: not checked',
    meaning: 'the time zone a child test run must be in (set by `other-time-zone.test.ts`)',
  }),
}

export type VariableName = keyof typeof variables

/** The names of the variables a reader reads. */
export type ReadBy<R extends Reader> = {
  [K in VariableName]: R extends (typeof variables)[K]['readers'][number] ? K : never
}[VariableName]
