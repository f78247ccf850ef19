/** Slugs of the notifications plugin's collections, its job queue and tasks. */
export const NOTIFICATION_SLUGS = {
  groups: 'subscription-groups',
  subscriptions: 'subscriptions',
  deliveries: 'deliveries',
} as const

/** The queue that sends residents' messages, apart from publishing and PDF processing. */
export const NOTIFY_QUEUE = 'notifications'

export const NOTIFY_TASKS = {
  plan: 'plan-notification',
  send: 'send-deliveries',
  erase: 'erase-subscriptions',
  dailyDigest: 'digest-daily',
  weeklyDigest: 'digest-weekly',
} as const
