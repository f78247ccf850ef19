import { z } from 'zod'
import { alertKinds } from './alert'
import { id, timestamps } from './common'

/** `subscription-groups`: a group residents may join on the notifications form, e.g. "Zagrożenie powodziowe". */
export const subscriptionGroup = z.object({
  id,
  name: z.string().min(1),
  description: z.string().nullish(),
  alertKinds: z.array(z.enum(alertKinds)).nullish(),
  ...timestamps,
})

export type SubscriptionGroup = z.infer<typeof subscriptionGroup>
