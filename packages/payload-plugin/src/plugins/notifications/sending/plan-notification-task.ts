import type { TaskConfig } from 'payload'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import type { NotificationsOptions } from '../options'
import { NOTIFY_TASKS } from '../slugs'
import { ALERT_VARIANTS, type AlertVariant } from './message-keys'
import { planAlertNotification, type AlertToNotify } from './plan-alert'

/**
 * The job that turns a published alert into deliveries, one per recipient, outside the editor's save (an alert
 * to ten thousand residents must not keep the editor waiting). Planning twice plans once: the message's key is
 * the alert, the variant and the moment the editor published.
 */
export const planNotificationTask = (options: NotificationsOptions): TaskConfig => ({
  slug: NOTIFY_TASKS.plan,
  retries: 3,
  inputSchema: [
    { name: 'id', type: 'text', required: true },
    { name: 'variant', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'planned', type: 'number' }],
  handler: async ({ input, req }) => {
    const { id, variant, at } = input as { id: string; variant: string; at: string }
    if (!ALERT_VARIANTS.includes(variant as AlertVariant)) return { output: { planned: 0 } }
    const alert = await req.payload
      .findByID({ collection: COLLECTION_SLUGS.alerts, id, depth: 0, draft: false, overrideAccess: true })
      .catch(() => null)
    if (!alert) return { output: { planned: 0 } }
    const planned = await planAlertNotification(
      req.payload,
      options,
      alert as unknown as AlertToNotify,
      variant as AlertVariant,
      new Date(at),
    )
    return { output: { planned } }
  },
})
