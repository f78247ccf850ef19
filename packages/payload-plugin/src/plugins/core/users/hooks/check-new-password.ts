import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'
import { message } from '../../../../shared/i18n'
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../password-policy'

const refuseWeakPassword = (password: unknown, collection: string, req: PayloadRequest): void => {
  if (typeof password !== 'string') return
  const problem = passwordProblem(password)
  if (!problem) return
  throw new ValidationError(
    {
      collection,
      errors: [
        {
          path: 'password',
          message: message(req, (t) => t.users.password[problem], { min: MIN_PASSWORD_LENGTH }),
        },
      ],
    },
    req.t,
  )
}

/** A new password (a new account, a changed password) must follow the password rules (password-policy.ts). */
export const checkNewPassword: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  refuseWeakPassword(data?.password, collection.slug, req)
  return data
}

/** The same rules for a password set with a reset link (Payload's reset runs no validation hooks on it). */
export const checkResetPassword: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  if (operation === 'resetPassword') refuseWeakPassword(args.data?.password, collection.slug, req)
  return args
}
