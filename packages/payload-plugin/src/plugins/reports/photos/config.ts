import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { notOnSite } from '../../../shared/not-on-site'
import { safeFileServing } from '../../../shared/serve-upload'
import { byCategoryOfReport, neverField } from '../access'
import { REPORT_SLUGS } from '../slugs'

/** The types a stored report photo has: every photo is re-encoded as JPEG before it is stored. */
export const REPORT_PHOTO_TYPES = ['image/jpeg'] as const

const never = () => false

/**
 * `report-photos`: the photos residents attach to reports, re-encoded without any metadata (see
 * process-photo.ts), stored in `<uploads.dir>/report-photos` and served only to the staff who see their report's
 * category. Created only by the public endpoints; an administrator may delete one.
 */
export const reportPhotosCollection = (uploadsDir: string): CollectionConfig => ({
  slug: REPORT_SLUGS.photos,
  labels: collectionLabels((t) => t.reports.photos),
  admin: {
    useAsTitle: 'filename',
    group: label((t) => t.reports.group),
    description: label((t) => t.reports.photos.description),
    hidden: ({ user }) => !user || !(user as { roles?: string[] }).roles?.includes('admin'),
  },
  custom: notOnSite,
  access: { read: byCategoryOfReport, create: never, update: never, delete: isAdmin },
  upload: {
    staticDir: path.join(uploadsDir, 'report-photos'),
    mimeTypes: [...REPORT_PHOTO_TYPES],
    ...safeFileServing(REPORT_PHOTO_TYPES),
  },
  fields: [
    {
      name: 'category',
      type: 'relationship',
      relationTo: REPORT_SLUGS.categories,
      index: true,
      access: { create: neverField, update: neverField },
      admin: { readOnly: true },
    },
  ],
})
