import type { Endpoint } from 'payload'
import { hasRole } from '../../../shared/roles'
import { format, message } from '../../../shared/i18n'
import { publishingPl } from '../translations/pl'
import type { PublishingOptions } from '../options'
import { SITE_PUBLISHES } from './config'
import { requesterName } from './requester-name'

const noOlderRelease = /no release older/

/**
 * `POST /api/site-publishes/rollback`: an administrator puts the previous release of the site back live
 * ("Przywróć poprzednią wersję serwisu") through the host's rollback function; the log gets an entry of its own,
 * done or failed. Anyone else gets 403; a CMS without a rollback function 501.
 */
export const rollbackEndpoint = (options: PublishingOptions): Endpoint => ({
  path: '/rollback',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, ['admin']))
      return Response.json({ message: message(req, (t) => t.publishing.actions.forbidden) }, { status: 403 })
    if (!options.rollback)
      return Response.json(
        { message: message(req, (t) => t.publishing.actions.rollbackUnavailable) },
        { status: 501 },
      )
    const startedAt = new Date().toISOString()
    const log = (data: Record<string, unknown>) =>
      req.payload.create({
        collection: SITE_PUBLISHES,
        data: {
          reason: format(publishingPl.publishing.reasons.rollback, { user: requesterName(req.user) }),
          startedAt,
          finishedAt: new Date().toISOString(),
          ...data,
        } as never,
        req,
        overrideAccess: true,
      })
    try {
      const release = await options.rollback()
      await log({ status: 'succeeded', releaseId: release })
      return Response.json({ message: message(req, (t) => t.publishing.actions.rolledBack, { release }) })
    } catch (error) {
      const detail = (error as Error).message
      const texts = publishingPl.publishing.actions
      const failure = format(texts.rollbackFailed, {
        detail: noOlderRelease.test(detail) ? texts.noPreviousRelease : detail,
      })
      await log({ status: 'failed', error: failure, errorDetail: detail })
      return Response.json({ message: failure }, { status: 409 })
    }
  },
})
