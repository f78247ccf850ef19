import type { TypedUser } from 'payload'
import { hasRole } from '@ratusz/payload-plugin'
import { PublishActionButtons } from './PublishActionButtons'

/** Above the publish log: "Opublikuj ponownie" and the rollback, for administrators only (the endpoints check too). */
export const PublishActions = ({ user }: { user?: TypedUser | null }) =>
  hasRole(user, ['admin']) ? <PublishActionButtons /> : null
