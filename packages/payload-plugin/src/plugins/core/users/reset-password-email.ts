import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { message } from '../../../shared/i18n'

type EmailArgs = { req?: PayloadRequest; token?: string; user?: unknown }

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The admin's page where the reset link leads: `<admin URL>/admin/reset/<token>`. */
const resetPasswordUrl = (req: PayloadRequest, token: string): string => {
  const { config } = req.payload
  return formatAdminURL({
    adminRoute: config.routes.admin,
    path: `${config.admin.routes.reset}/${token}`,
    serverURL: config.serverURL || req.origin || '',
  })
}

/** The subject of the password-reset e-mail, in the requester's language (Polish unless English). */
export const resetPasswordEmailSubject = ({ req }: EmailArgs = {}): string =>
  message(req, (t) => t.users.resetEmail.subject)

/** The body of the password-reset e-mail: what happened, the link, how long it works, what to do if unasked. */
export const resetPasswordEmailHtml = ({ req, token }: EmailArgs = {}): string => {
  if (!req || !token) throw new Error('The password-reset e-mail needs the request and the token')
  const url = escapeHtml(resetPasswordUrl(req, token))
  const paragraphs = [
    message(req, (t) => t.users.resetEmail.intro),
    `<a href="${url}">${url}</a>`,
    message(req, (t) => t.users.resetEmail.expiry),
    message(req, (t) => t.users.resetEmail.notYou),
  ]
  return paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')
}
