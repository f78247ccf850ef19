import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { isReportsStaff } from '../../shared/access'
import { hasRole } from '../../shared/roles'
import { REPORT_SLUGS } from './slugs'

const NONE = -1

/** The ids of the report categories naming this user among their handlers (none for anyone else). */
export const handledCategories = async (req: PayloadRequest): Promise<(string | number)[]> => {
  if (!req.user) return []
  const key = `ratusz:handled-categories:${req.user.id}`
  const cached = req.context[key] as (string | number)[] | undefined
  if (cached) return cached
  const found = await req.payload.find({
    collection: REPORT_SLUGS.categories as never,
    where: { handlers: { contains: req.user.id } },
    pagination: false,
    depth: 0,
    select: { id: true } as never,
    overrideAccess: true,
    req,
  })
  const ids = found.docs.map((doc) => (doc as { id: string | number }).id)
  req.context[key] = ids
  return ids
}

/** Whether the request is an administrator's. */
const isAdminUser = (req: PayloadRequest) => hasRole(req.user, ['admin'])

/** A condition on the field naming a report's category: the categories this handler handles. */
export const ofHandledCategories = async (req: PayloadRequest, field: string): Promise<Where> => {
  const ids = await handledCategories(req)
  return { [field]: { in: ids.length > 0 ? ids : [NONE] } }
}

/** Public reports only: confirmed and marked public by the office. */
export const PUBLIC_REPORTS: Where = {
  and: [{ public: { equals: true } }, { confirmedAt: { exists: true } }, { erasedAt: { exists: false } }],
}

/**
 * Reading reports: administrators all; a reports handler the confirmed reports of their categories (and the
 * public ones); everyone else the public ones (fields with personal data stay hidden from them).
 */
export const readReports: Access = async ({ req }) => {
  if (isAdminUser(req)) return true
  if (hasRole(req.user, ['reports-handler']))
    return {
      or: [
        { and: [await ofHandledCategories(req, 'category'), { confirmedAt: { exists: true } }] },
        PUBLIC_REPORTS,
      ],
    }
  return PUBLIC_REPORTS
}

/** Changing reports: administrators all; a reports handler the confirmed reports of their categories. */
export const updateReports: Access = async ({ req }) => {
  if (isAdminUser(req)) return true
  if (!hasRole(req.user, ['reports-handler'])) return false
  return { and: [await ofHandledCategories(req, 'category'), { confirmedAt: { exists: true } }] }
}

/** Messages and photos carry their report's category: administrators all, a handler those of their categories. */
export const byCategoryOfReport: Access = async ({ req }) => {
  if (isAdminUser(req)) return true
  if (!hasRole(req.user, ['reports-handler'])) return false
  return ofHandledCategories(req, 'category')
}

/** Field-level: personal data and the office's working fields are read by reports staff only. */
export const staffOnlyField: FieldAccess = ({ req }) => isReportsStaff({ req })

/** Field-level: never through the API (tokens' nonces; the local API with full access still reads them). */
export const neverField: FieldAccess = () => false
