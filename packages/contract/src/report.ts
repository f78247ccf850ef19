import { z } from 'zod'
import { id, instant, relationId, timestamps } from './common'

/** The states of a residents' report (Polish names: nowe, przyjęte, w realizacji, przekazane innej instytucji, załatwione, odrzucone). */
export const reportStatuses = ['new', 'accepted', 'in-progress', 'forwarded', 'resolved', 'rejected'] as const
export type ReportStatusValue = (typeof reportStatuses)[number]

/** `report-categories` as anyone reads them: what residents can report; urgent ones say to call 112. */
export const reportCategory = z.object({
  id,
  name: z.string().min(1),
  description: z.string().nullish(),
  team: z.string().nullish(),
  urgent: z.boolean().nullish(),
  deadlineDays: z.number().nullish(),
  open311Code: z.string().nullish(),
  ...timestamps,
})

export type ReportCategory = z.infer<typeof reportCategory>

/**
 * `reports` as anonymous readers get them: only those the office marked public, and only their public fields
 * (category, area, state, the public place and description, the dates). Never the resident's description,
 * contact, exact place or photos.
 */
export const publicReport = z.object({
  id,
  category: relationId,
  area: relationId.nullish(),
  status: z.enum(reportStatuses),
  public: z.boolean().nullish(),
  publicDescription: z.string().nullish(),
  publicPlace: z.string().nullish(),
  confirmedAt: instant.nullish(),
  firstResponseAt: instant.nullish(),
  closedAt: instant.nullish(),
  ...timestamps,
})

export type PublicReport = z.infer<typeof publicReport>
