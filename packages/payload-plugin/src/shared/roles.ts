/** The roles a user of the admin panel can hold. */
export const ROLES = ['admin', 'editor', 'bip-editor', 'reports-handler'] as const

export type Role = (typeof ROLES)[number]

/** Roles that may sign in to the admin panel. */
export const PANEL_ROLES: readonly Role[] = ['admin', 'editor', 'bip-editor', 'reports-handler']

/** Roles that may write content (articles, areas, media, documents, settings). */
export const CONTENT_ROLES: readonly Role[] = ['admin', 'editor']

/** Roles that may manage the BIP (documents, categories, attachments, redakcja data): not news, not users. */
export const BIP_ROLES: readonly Role[] = ['admin', 'bip-editor']

/** Roles that handle residents' reports: a handler sees only the reports of the categories naming them. */
export const REPORT_ROLES: readonly Role[] = ['admin', 'reports-handler']

/** The role a new user gets unless an administrator chooses otherwise. */
export const DEFAULT_ROLE: Role = 'editor'

/** The roles of a user as Payload hands it to access functions; none for anonymous requests. */
export const rolesOf = (user: unknown): string[] => {
  if (!user || typeof user !== 'object' || !('roles' in user)) return []
  const { roles } = user as { roles?: unknown }
  if (Array.isArray(roles)) return roles.filter((role): role is string => typeof role === 'string')
  return typeof roles === 'string' ? [roles] : []
}

/** Whether the user holds at least one of the roles. */
export const hasRole = (user: unknown, roles: readonly Role[]): boolean =>
  rolesOf(user).some((role) => (roles as readonly string[]).includes(role))
