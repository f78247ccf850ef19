import type { Payload } from 'payload'
import { expect } from 'vitest'
import { body } from './articles'
import { rest } from './rest'

/** Runs the notifications queue a few rounds: the planning job, then the send job it queues. */
export const runNotificationJobs = async (payload: Payload) => {
  for (let round = 0; round < 4; round++) await payload.jobs.run({ queue: 'notifications', limit: 50 })
}

/**
 * Publishes an alert for the areas (valid from a minute ago for an hour, "Powiadom subskrybentów" ticked as for
 * every new alert) through the REST API as the editor, then runs the notification jobs.
 */
export const publishAlertAndNotify = async (
  payload: Payload,
  editor: string,
  alert: {
    title: string
    kind: string
    severity: string
    shortText: string
    areas: number[]
    hours?: number
  },
) => {
  const created = await rest(payload, 'POST', '/alerts', {
    token: editor,
    body: {
      title: alert.title,
      kind: alert.kind,
      severity: alert.severity,
      shortText: alert.shortText,
      body: body('Szczegóły.'),
      areas: alert.areas,
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      validUntil: new Date(Date.now() + (alert.hours ?? 1) * 3_600_000).toISOString(),
      _status: 'published',
    },
  })
  expect(created.status).toBe(201)
  await runNotificationJobs(payload)
  return created.body.doc as { id: number; slug: string; title: string }
}

/** A new area (sołectwo) of the given name. */
export const createArea = async (payload: Payload, name: string): Promise<number> =>
  (await payload.create({ collection: 'areas', data: { name, kind: 'solectwo' } as never })).id as number

/** Removes every delivery and subscription (deliveries first: each names its subscription). */
export const clearSubscriptions = async (payload: Payload) => {
  await payload.delete({ collection: 'deliveries', where: { id: { exists: true } }, overrideAccess: true })
  await payload.delete({ collection: 'subscriptions', where: { id: { exists: true } }, overrideAccess: true })
}
