import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { withCollection } from '../../shared/config-helpers'
import { COLLECTION_SLUGS } from '../../shared/slugs'
import { documentsCollection } from './documents/config'
import { mediaCollection } from './media/config'
import { usersCollection } from './users/config'
import { extendUsers } from './users/extend-users'

/**
 * The collections every other plugin needs: `users` (with roles), `media` (images) and `documents`
 * (attachments). Idempotent: a collection the config already has is kept, and a host's `users` only gains the
 * fields the bundle relies on.
 */
export const corePlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const resolved = resolveOptions(options)
  return (config) => {
    const collections = config.collections ?? []
    const hostUsers = collections.find((collection) => collection.slug === COLLECTION_SLUGS.users)
    let next: Config = hostUsers
      ? { ...config, collections: collections.map((c) => (c === hostUsers ? extendUsers(c) : c)) }
      : withCollection(config, usersCollection(resolved.users))
    next = withCollection(next, mediaCollection(resolved.uploads, resolved.media))
    next = withCollection(next, documentsCollection(resolved.documents, resolved.uploads))
    return next
  }
}

/** Makes sure the core collections are in the config; plugins that relate to them call it so they work alone. */
export const ensureCore = (config: Config, options: RatuszOptions = {}): Config => corePlugin(options)(config)
