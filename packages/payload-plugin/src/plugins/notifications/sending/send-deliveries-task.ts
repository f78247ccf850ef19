import type { TaskConfig } from 'payload'
import type { NotificationsOptions } from '../options'
import { NOTIFICATION_SLUGS, NOTIFY_TASKS } from '../slugs'
import { queueSend } from './queue-send'
import { sendOne, type QueuedDelivery } from './send-one'

const BATCH = 50
/** A run stops after this long and queues its own continuation, so other jobs of the queue get their turn. */
const RUN_BUDGET_MS = 4 * 60_000

/**
 * The job that sends what is due: deliveries in the `queued` state whose time has come, oldest first, paced to
 * the provider's rate. Safe to run twice at once and after a crash: each delivery is claimed before it is sent.
 */
export const sendDeliveriesTask = (options: NotificationsOptions): TaskConfig => ({
  slug: NOTIFY_TASKS.send,
  retries: 0,
  inputSchema: [],
  handler: async ({ req }) => {
    const { payload } = req
    const started = Date.now()
    // Each provider at its own pace: the SMTP server's rate, the SMS provider's; push services take bursts.
    const gapMs = (channel: string) =>
      channel === 'email'
        ? 1000 / options.emailsPerSecond
        : channel === 'sms'
          ? 1000 / options.smsPerSecond
          : 0
    for (;;) {
      const due = await payload.find({
        collection: NOTIFICATION_SLUGS.deliveries as never,
        where: {
          and: [{ state: { equals: 'queued' } }, { dueAt: { less_than_equal: new Date().toISOString() } }],
        },
        sort: 'dueAt',
        limit: BATCH,
        depth: 0,
        overrideAccess: true,
      })
      if (due.docs.length === 0) break
      for (const delivery of due.docs as unknown as QueuedDelivery[]) {
        const before = Date.now()
        const state = await sendOne(payload, options, delivery)
        const wait = gapMs(delivery.channel) - (Date.now() - before)
        if (state === 'sent' && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      }
      if (Date.now() - started > RUN_BUDGET_MS) {
        await queueSend(payload)
        break
      }
    }
    return { output: {} }
  },
})
