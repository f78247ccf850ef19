import { z } from 'zod'
import type { SmsAdapter } from './sending/sms/sms-adapter'

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 22:00')

/** Options of residents' notifications (`ratusz({ notifications })`). */
export const notificationsOptionsSchema = z
  .object({
    /**
     * The public address of the site (links in messages, the pages residents manage their subscription on:
     * `<siteUrl>/api/public/powiadomienia/…`, proxied to the CMS). Default http://localhost:4321.
     */
    siteUrl: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
    /** Quiet hours on the Warsaw clock: messages other than alarms wait until they end. Default 22:00–07:00. */
    quietHours: z.object({ from: clock, until: clock }).strict().prefault({ from: '22:00', until: '07:00' }),
    /**
     * When the news and events digests go, on the Warsaw clock: the daily one every day at `dailyAt`, the weekly
     * one on `weeklyDay` at `weeklyAt`. Default 07:00 every day and Monday 07:00.
     */
    digests: z
      .object({
        dailyAt: clock.default('07:00'),
        weeklyDay: z
          .enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
          .default('monday'),
        weeklyAt: clock.default('07:00'),
      })
      .strict()
      .prefault({}),
    /** Hours an unconfirmed sign-up is kept before it is deleted. Default 48. */
    pendingHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(48),
    /** Days after leaving when the address or number is erased (the anonymous record stays). Default 30. */
    erasedAfterDays: z.number().int().min(0).max(365).default(30),
    /** E-mails sent per second at most (the SMTP server's limit). Default 20. */
    emailsPerSecond: z.number().positive().max(1000).default(20),
    /** Attempts of one delivery before it fails for good (backing off 1, 2, 4… minutes). Default 6. */
    maxAttempts: z.number().int().min(1).max(20).default(6),
    /** Seconds a form must be open before it may be sent (bots are faster). Default 3. */
    minFillSeconds: z.number().min(0).max(60).default(3),
    /**
     * How SMS leave (`smsapiAdapter`, `serwersmsAdapter`, `smsOutboxAdapter`). Without it residents cannot choose
     * SMS. The CMS app picks one from `RATUSZ_SMS_PROVIDER` (cms/src/sms.ts).
     */
    sms: z
      .custom<SmsAdapter>(
        (value) => typeof (value as SmsAdapter | undefined)?.send === 'function',
        'must be an SMS adapter',
      )
      .optional(),
    /** SMS sent per second at most (the provider's limit). Default 5. */
    smsPerSecond: z.number().positive().max(1000).default(5),
    /** Attempts at an SMS confirmation code before the sign-up must start again. Default 5. */
    maxCodeAttempts: z.number().int().min(1).max(20).default(5),
    /**
     * The VAPID keys Web Push messages are signed with (`generateVapidKeys()` once, then keep them: browsers'
     * subscriptions are bound to the public key). Without them residents cannot choose notifications in the browser.
     */
    push: z
      .object({ publicKey: z.string().min(80), privateKey: z.string().min(40), subject: z.string() })
      .strict()
      .refine((keys) => /^(mailto:|https:\/\/)/.test(keys.subject), 'subject must be a mailto: or https: URL')
      .optional(),
  })
  .strict()

export type NotificationsOptions = z.output<typeof notificationsOptionsSchema>
