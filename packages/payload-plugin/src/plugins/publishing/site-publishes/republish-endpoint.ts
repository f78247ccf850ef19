import type { Endpoint } from 'payload'
import { hasRole } from '../../../shared/roles'
import { format, message } from '../../../shared/i18n'
import { publishingPl } from '../translations/pl'
import type { PublishingOptions } from '../options'
import { requestPublish } from '../request-publish'
import { requesterName } from './requester-name'

/**
 * `POST /api/site-publishes/republish`: an administrator asks for a publish of the whole site now ("Opublikuj
 * ponownie"), through the same queue as every change; the log names who asked. Anyone else gets 403.
 */
export const republishEndpoint = (options: PublishingOptions): Endpoint => ({
  path: '/republish',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, ['admin']))
      return Response.json({ message: message(req, (t) => t.publishing.actions.forbidden) }, { status: 403 })
    const reason = format(publishingPl.publishing.reasons.republish, { user: requesterName(req.user) })
    await requestPublish(req.payload, { reason, at: new Date(), queue: options.queue, req })
    return Response.json({ message: message(req, (t) => t.publishing.actions.republished) }, { status: 202 })
  },
})
