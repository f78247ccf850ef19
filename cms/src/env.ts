import { z } from 'zod'

const isBareOrigin = (value: string): boolean => {
  const url = new URL(value)
  return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password
}

/** https, or plain http on this machine only (`pnpm start`, the tests). */
const isSecureOrLocal = (url: URL): boolean =>
  url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)

/** The CMS's configuration, read once from the environment; one clear line per problem. */
const schema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    RATUSZ_SQLITE_FILE: z.string().min(1).default('data/ratusz.db'),
    RATUSZ_UPLOADS_DIR: z.string().min(1).default('data/uploads'),
    PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)'),
    RATUSZ_JOBS_AUTORUN: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    // Which job queues this process runs (comma-separated, e.g. "default,pdf"); all when unset.
    RATUSZ_JOBS_QUEUES: z
      .string()
      .optional()
      .transform((value) =>
        value
          ?.split(',')
          .map((queue) => queue.trim())
          .filter(Boolean),
      ),
    RATUSZ_MAX_DOCUMENT_MB: z.coerce.number().positive().default(20),
    RATUSZ_MAX_IMAGE_MB: z.coerce.number().positive().default(10),
    RATUSZ_MAX_ISSUE_MB: z.coerce.number().positive().default(40),
    // Publishing: where the site builder reads this CMS, the site's public address, and the folder of releases.
    RATUSZ_CMS_URL: z.url().default('http://localhost:3000'),
    RATUSZ_SITE_URL: z.url().default('http://localhost:4321'),
    // The address editors open the admin at (scheme, host and port only). The CMS accepts cookie-signed writes
    // only from this origin, links to it in e-mails, and marks its session cookie Secure when it is https.
    // Defaults to RATUSZ_CMS_URL.
    RATUSZ_ADMIN_URL: z
      .url()
      .optional()
      .or(z.literal('').transform(() => undefined))
      .refine((value) => value === undefined || isBareOrigin(value), {
        message: 'must be an origin only: scheme, host and port, no path (e.g. https://cms.example-gmina.pl)',
      }),
    // E-mail (password resets): an SMTP server URL (smtp://user:pass@host:587, smtps://…:465); when unset,
    // every message is written as an .eml file into RATUSZ_OUTBOX_DIR instead.
    RATUSZ_SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    RATUSZ_MAIL_FROM: z.email('must be an e-mail address').default('ratusz@localhost'),
    RATUSZ_OUTBOX_DIR: z.string().min(1).default('data/outbox'),
    RATUSZ_SITES_DIR: z.string().min(1).default('data/site'),
    RATUSZ_KEEP_RELEASES: z.coerce.number().int().min(2).default(5),
    // Development only: let Payload push the schema to a fresh database instead of running the committed
    // migrations, while a change's migration is not written yet. Never in production.
    RATUSZ_SCHEMA_PUSH: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    NODE_ENV: z.string().optional(),
  })
  .refine((env) => env.NODE_ENV !== 'production' || isSecureOrLocal(adminUrlOf(env)), {
    path: ['RATUSZ_ADMIN_URL'],
    message:
      'must be an https:// address in production (session cookies travel only over TLS); set it to the address editors open the admin at',
  })
  .refine((env) => !(env.RATUSZ_SCHEMA_PUSH && env.NODE_ENV === 'production'), {
    path: ['RATUSZ_SCHEMA_PUSH'],
    message: 'must not be true in production: run the committed migrations',
  })

/** The admin's origin: RATUSZ_ADMIN_URL, else the origin of RATUSZ_CMS_URL. */
export const adminUrlOf = (env: { RATUSZ_ADMIN_URL?: string; RATUSZ_CMS_URL: string }): URL =>
  new URL(new URL(env.RATUSZ_ADMIN_URL ?? env.RATUSZ_CMS_URL).origin)

export type CmsEnv = z.infer<typeof schema>

export const readEnv = (source: NodeJS.ProcessEnv = process.env): CmsEnv => {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid CMS configuration in the environment:\n${lines.join('\n')}`)
  }
  return parsed.data
}
