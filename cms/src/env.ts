import { configSchema, parseConfig } from '@ratusz/config'
import { z } from 'zod'

/** https, or plain http on this machine only (`pnpm start`, the tests). */
const isSecureOrLocal = (url: URL): boolean =>
  url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)

/**
 * The CMS's configuration: every variable it reads (see @ratusz/config and docs/configure.md), and the checks
 * that need two of them.
 */
const schema = configSchema('cms')
  .extend({ NODE_ENV: z.string().optional() })
  .refine((env) => env.NODE_ENV !== 'production' || isSecureOrLocal(adminUrlOf(env)), {
    path: ['RATUSZ_ADMIN_URL'],
    message:
      'must be an https:// address in production (session cookies travel only over TLS); set it to the address editors open the admin at',
  })
  .refine((env) => env.RATUSZ_SMS_PROVIDER !== 'smsapi' || env.RATUSZ_SMS_TOKEN, {
    path: ['RATUSZ_SMS_TOKEN'],
    message: 'is required with RATUSZ_SMS_PROVIDER=smsapi (an OAuth token from the SMSAPI.pl panel)',
  })
  .refine(
    (env) =>
      env.RATUSZ_SMS_PROVIDER !== 'serwersms' ||
      env.RATUSZ_SMS_TOKEN ||
      (env.RATUSZ_SMS_USERNAME && env.RATUSZ_SMS_PASSWORD),
    {
      path: ['RATUSZ_SMS_TOKEN'],
      message:
        'is required with RATUSZ_SMS_PROVIDER=serwersms (an API token), unless RATUSZ_SMS_USERNAME and RATUSZ_SMS_PASSWORD are set',
    },
  )
  .refine((env) => Boolean(env.RATUSZ_VAPID_PUBLIC_KEY) === Boolean(env.RATUSZ_VAPID_PRIVATE_KEY), {
    path: ['RATUSZ_VAPID_PRIVATE_KEY'],
    message: 'set both RATUSZ_VAPID_PUBLIC_KEY and RATUSZ_VAPID_PRIVATE_KEY, or neither',
  })
  .refine((env) => !(env.RATUSZ_SCHEMA_PUSH && env.NODE_ENV === 'production'), {
    path: ['RATUSZ_SCHEMA_PUSH'],
    message: 'must not be true in production: run the committed migrations',
  })

/** The admin's origin: RATUSZ_ADMIN_URL, else the origin of RATUSZ_CMS_URL. */
export const adminUrlOf = (env: { RATUSZ_ADMIN_URL?: string; RATUSZ_CMS_URL: string }): URL =>
  new URL(new URL(env.RATUSZ_ADMIN_URL ?? env.RATUSZ_CMS_URL).origin)

export type CmsEnv = z.infer<typeof schema>

/** The CMS's configuration, read once from the environment; one clear line per problem. */
export const readEnv = (source: NodeJS.ProcessEnv = process.env): CmsEnv => parseConfig(schema, source, 'CMS')
