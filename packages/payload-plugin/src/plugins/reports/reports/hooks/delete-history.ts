import type { CollectionBeforeDeleteHook } from 'payload'
import { NOTIFICATION_SLUGS } from '../../../notifications/slugs'
import { REPORT_SLUGS } from '../../slugs'

/** Deleting a report (an administrator's spam clean-up) deletes its history, its messages' deliveries and photos. */
export const deleteHistory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const report = (await req.payload
    .findByID({ collection: REPORT_SLUGS.reports as never, id, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as { photos?: (string | number | { id: string | number })[] | null } | null
  if (!report) return
  const byReport = { report: { equals: id } }
  await req.payload.delete({
    collection: REPORT_SLUGS.messages as never,
    where: byReport,
    overrideAccess: true,
    req,
  })
  await req.payload.delete({
    collection: NOTIFICATION_SLUGS.deliveries as never,
    where: byReport,
    overrideAccess: true,
    req,
  })
  const photos = (report.photos ?? []).map((photo) => (typeof photo === 'object' ? photo.id : photo))
  if (photos.length > 0)
    await req.payload.delete({
      collection: REPORT_SLUGS.photos as never,
      where: { id: { in: photos } },
      overrideAccess: true,
      req,
    })
}
