import type { Payload } from 'payload'
import { format } from '../../shared/i18n'
import { PUBLISH_QUEUE } from './options'
import { requestPublish } from './request-publish'
import { publishingPl } from './translations/pl'

/**
 * Asks for a publish now, for a process that runs the publish queue and has just started (the production stack's
 * publisher after a deploy or a restart): its warm renderer starts at once instead of at the first change after
 * it, and the site is built with the code just deployed. The publish log names it.
 */
export const publishAtStart = (payload: Payload, queue: string = PUBLISH_QUEUE): Promise<void> =>
  requestPublish(payload, { reason: format(publishingPl.publishing.reasons.start), at: new Date(), queue })
