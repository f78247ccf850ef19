import { z } from 'zod'

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
  })
  .strict()

export type NotificationsOptions = z.output<typeof notificationsOptionsSchema>
