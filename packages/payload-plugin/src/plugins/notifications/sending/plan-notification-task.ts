import type { TaskConfig } from 'payload'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import type { NotificationsOptions } from '../options'
import { NOTIFY_TASKS } from '../slugs'
import { ITEM_COLLECTIONS } from './load-item'
import { ALERT_VARIANTS, type AlertVariant } from './message-keys'
import { planAlertNotification, type AlertToNotify } from './plan-alert'
import { planItemNotification, type ItemToNotify } from './plan-item'

/**
 * The job that turns a published alert, article or event into deliveries, one per recipient, outside the
 * editor's save (a message to ten thousand residents must not keep the editor waiting). Planning twice plans
 * once: the message's key is the item, the variant and the moment the editor published.
 */
export const planNotificationTask = (options: NotificationsOptions): TaskConfig => ({
  slug: NOTIFY_TASKS.plan,
  retries: 3,
  inputSchema: [
    { name: 'id', type: 'text', required: true },
    { name: 'variant', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
    // `alert` (when absent: jobs queued by an earlier version), `article` or `event`.
    { name: 'kind', type: 'text' },
  ],
  outputSchema: [{ name: 'planned', type: 'number' }],
  handler: async ({ input, req }) => {
    const {
      id,
      variant,
      at,
      kind = 'alert',
    } = input as { id: string; variant: string; at: string; kind?: string }
    if (!ALERT_VARIANTS.includes(variant as AlertVariant)) return { output: { planned: 0 } }
    if (kind === 'article' || kind === 'event') {
      const item = await req.payload
        .findByID({ collection: ITEM_COLLECTIONS[kind], id, depth: 0, draft: false, overrideAccess: true })
        .catch(() => null)
      if (!item) return { output: { planned: 0 } }
      const planned = await planItemNotification(
        req.payload,
        options,
        kind,
        item as unknown as ItemToNotify,
        variant as AlertVariant,
        new Date(at),
      )
      return { output: { planned } }
    }
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
