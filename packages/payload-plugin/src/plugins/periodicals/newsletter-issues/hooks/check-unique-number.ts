import { ValidationError, type CollectionBeforeChangeHook, type Where } from 'payload'
import { message } from '../../../../shared/i18n'

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * Two issues of one periodical may not share a year and number: they would share a URL
 * (`/informator/<periodical>/<yyyy>/<number>/`).
 */
export const checkUniqueNumber: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const periodical = idOf(data.periodical ?? originalDoc?.periodical)
  const year = data.year ?? originalDoc?.year
  const segment = data.urlSegment ?? originalDoc?.urlSegment
  if (!periodical || !year || !segment) return data
  const where: Where = {
    and: [
      { periodical: { equals: periodical } },
      { year: { equals: year } },
      { urlSegment: { equals: segment } },
      ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
    ],
  }
  const { totalDocs } = await req.payload.count({ collection: collection.slug, where, req })
  if (totalDocs > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'number',
          message: message(req, (t) => t.periodicals.messages.numberTaken, {
            number: String(data.number ?? originalDoc?.number ?? segment),
            year: String(year),
          }),
        },
      ],
      req,
    })
  }
  return data
}
