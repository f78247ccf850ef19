import type { CollectionConfig } from 'payload'
import type { ResolvedRatuszOptions } from '../../../options'
import { adminOrSelf, canUsePanel, isAdmin } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { currentPasswordField, nameField, rolesField } from './fields'
import { checkNewPassword, checkResetPassword } from './hooks/check-new-password'
import { forgetFailedSignIns } from './hooks/forget-failed-sign-ins'
import { makeFirstUserAdmin } from './hooks/make-first-user-admin'
import { requireCurrentPassword } from './hooks/require-current-password'
import { throttleSignIn } from './hooks/throttle-sign-in'
import { resetPasswordEmailHtml, resetPasswordEmailSubject } from './reset-password-email'

/**
 * `users`: the people who work in the admin panel. Administrators manage accounts; anyone else sees and edits
 * only their own account and cannot change their roles. Sign-in is throttled, never locked (a stranger could
 * otherwise lock the mayor out); see docs/security.md.
 */
export const usersCollection = (users: ResolvedRatuszOptions['users'] = { secureCookies: false }) =>
  ({
    slug: COLLECTION_SLUGS.users,
    labels: collectionLabels((t) => t.users),
    auth: {
      // Throttling (hooks/throttle-sign-in.ts) instead of Payload's lock after 5 failures.
      maxLoginAttempts: 0,
      useSessions: true,
      // Host-only (no Domain): the cookie goes to the admin's own host name and nowhere else.
      cookies: { sameSite: 'Lax', secure: users.secureCookies },
      forgotPassword: {
        // Payload's own per-account interval writes outside the request's transaction, which the embedded
        // SQLite database refuses ("database is locked"); the reset throttle does that job instead.
        minRequestInterval: 0,
        generateEmailHTML: resetPasswordEmailHtml,
        generateEmailSubject: resetPasswordEmailSubject,
      },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'email', 'roles'],
      group: label((t) => t.groups.admin),
    },
    access: {
      admin: canUsePanel,
      read: adminOrSelf,
      create: isAdmin,
      update: adminOrSelf,
      delete: isAdmin,
    },
    hooks: {
      beforeOperation: [throttleSignIn, checkResetPassword],
      beforeValidate: [requireCurrentPassword, checkNewPassword],
      beforeChange: [makeFirstUserAdmin],
      afterLogin: [forgetFailedSignIns(users.secureCookies)],
    },
    fields: [nameField, rolesField, currentPasswordField],
  }) satisfies CollectionConfig as CollectionConfig
