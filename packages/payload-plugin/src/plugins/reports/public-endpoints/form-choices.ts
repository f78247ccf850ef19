import type { ReportCategoryChoice } from '@ratusz/resident-forms'
import type { Payload } from 'payload'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { REPORT_SLUGS } from '../slugs'

/** What the report form offers: the categories (urgent ones flagged) and the gmina's areas. */
export const reportChoices = async (
  payload: Payload,
): Promise<{ categories: ReportCategoryChoice[]; areas: { id: string | number; name: string }[] }> => {
  const hasAreas = payload.config.collections.some((entry) => entry.slug === COLLECTION_SLUGS.areas)
  const [categories, areas] = await Promise.all([
    payload.find({
      collection: REPORT_SLUGS.categories as never,
      sort: 'name',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    hasAreas
      ? payload.find({ collection: COLLECTION_SLUGS.areas, sort: 'name', pagination: false, depth: 0 })
      : Promise.resolve({ docs: [] }),
  ])
  return {
    categories: (categories.docs as unknown as ReportCategoryChoice[]).map(
      ({ id, name, description, urgent }) => ({
        id,
        name,
        description: description ?? null,
        urgent: urgent ?? false,
      }),
    ),
    areas: (areas.docs as unknown as { id: string | number; name: string }[]).map(({ id, name }) => ({
      id,
      name,
    })),
  }
}
