import type { Endpoint } from 'payload'
import { hasRole } from '../../../shared/roles'
import { REPORT_SLUGS } from '../slugs'
import { hashApiKey, keyEnding, newApiKey } from './api-key'

/**
 * `POST /api/open311-keys/<id>/nowy-klucz`: an administrator issues the integrator's key (again: the previous one
 * stops working). The answer carries the key, the only time it is shown; only its hash and ending are stored.
 */
export const issueKeyEndpoint = (): Endpoint => ({
  path: '/:id/nowy-klucz',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, ['admin']))
      return Response.json({ message: 'Klucze wydaje administrator.' }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    const record = await req.payload
      .findByID({ collection: REPORT_SLUGS.open311Keys as never, id, depth: 0, overrideAccess: true })
      .catch(() => null)
    if (!record) return Response.json({ message: 'Nie ma takiego klucza.' }, { status: 404 })
    const key = newApiKey()
    await req.payload.update({
      collection: REPORT_SLUGS.open311Keys as never,
      id,
      data: { keyHash: hashApiKey(key), keyEnding: keyEnding(key) } as never,
      overrideAccess: true,
      context: { issuingKey: true },
    })
    return Response.json({ key }, { headers: { 'Cache-Control': 'no-store' } })
  },
})
