import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

/**
 * The account made by the admin panel's "create first user" form (`/first-register`, which Payload allows only
 * while there are no users) becomes an administrator, so whoever installs Ratusz can manage the others.
 * Every other account, including ones scripts create, keeps exactly the roles it is given.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'create' || !req.pathname?.endsWith('/first-register')) return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as CollectionSlug,
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return data
  const roles: unknown[] = Array.isArray(data.roles) ? data.roles : []
  return { ...data, roles: roles.includes('admin') ? roles : ['admin', ...roles] }
}
