import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { BIP_ROLES, CONTENT_ROLES, hasRole, PANEL_ROLES, REPORT_ROLES } from './roles'

type RequestOnly = { req: Pick<PayloadRequest, 'user'> }

/** Anyone, signed in or not. */
export const anyone: Access = () => true

/** Any signed-in user. */
export const isSignedIn = ({ req }: RequestOnly): boolean => Boolean(req.user)

/** Administrators only. */
export const isAdmin = ({ req }: RequestOnly): boolean => hasRole(req.user, ['admin'])

/** Those who write content: editors and administrators. */
export const isEditor = ({ req }: RequestOnly): boolean => hasRole(req.user, CONTENT_ROLES)

/** Who may open the admin panel (the `access.admin` of the users collection). */
export const canUsePanel = ({ req }: RequestOnly): boolean => hasRole(req.user, PANEL_ROLES)

/** Anonymous readers see published documents only; signed-in users see drafts too. */
export const publishedOrSignedIn = ({ req }: RequestOnly): true | Where =>
  req.user ? true : { _status: { equals: 'published' } }

/** Administrators see every account; anyone else signed in sees only their own. */
export const adminOrSelf = ({ req }: RequestOnly): boolean | Where => {
  if (!req.user) return false
  if (hasRole(req.user, ['admin'])) return true
  return { id: { equals: req.user.id } }
}

/** Field-level: only administrators may set or change the field (e.g. roles). */
export const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, ['admin'])

/** The access block of a collection the public reads and editors write. */
export const publicReadEditorWrite = {
  read: anyone,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
} satisfies Record<string, Access>

/** The access block of a collection with drafts: the public reads published documents only. */
export const draftsReadEditorWrite = {
  ...publicReadEditorWrite,
  read: publishedOrSignedIn,
  readVersions: isSignedIn,
} satisfies Record<string, Access>

/** Those who manage the BIP: BIP editors and administrators. */
export const isBipEditor = ({ req }: RequestOnly): boolean => hasRole(req.user, BIP_ROLES)

/** Anonymous readers and other roles see published BIP documents only; BIP editors see drafts too. */
export const publishedOrBipEditor = ({ req }: RequestOnly): true | Where =>
  hasRole(req.user, BIP_ROLES) ? true : { _status: { equals: 'published' } }

/** Those who handle residents' reports: reports handlers (their categories only) and administrators. */
export const isReportsStaff = ({ req }: RequestOnly): boolean => hasRole(req.user, REPORT_ROLES)
