import type { Payload, PayloadRequest } from 'payload'
import { NOTIFY_QUEUE, NOTIFY_TASKS } from '../slugs'

/** Asks the queue to send what is due (at `at`, or now): the send job runs on the notifications queue. */
export const queueSend = async (payload: Payload, at?: Date, req?: PayloadRequest): Promise<void> => {
  await payload.jobs.queue({
    task: NOTIFY_TASKS.send,
    input: {},
    queue: NOTIFY_QUEUE,
    ...(at && at.getTime() > Date.now() ? { waitUntil: at } : {}),
    ...(req ? { req } : {}),
  } as never)
}
