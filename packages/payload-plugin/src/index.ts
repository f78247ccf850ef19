import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from './options'
import { areasPlugin } from './plugins/areas'
import { corePlugin } from './plugins/core'
import { newsPlugin } from './plugins/news'
import { settingsPlugin } from './plugins/settings'

/**
 * The Ratusz bundle: validates the options, then installs the core collections (users, media, documents) and
 * the plugins the options enable (settings, areas, news), in that order. Nothing of the host config is lost.
 *
 * @example plugins: [ratusz({ documents: { maxFileSizeMB: 50 } })]
 */
export const ratusz = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const resolved = resolveOptions(options)
  return (config) => {
    const plugins = [
      corePlugin(resolved),
      ...(resolved.plugins.settings ? [settingsPlugin(resolved)] : []),
      ...(resolved.plugins.areas ? [areasPlugin(resolved)] : []),
      ...(resolved.plugins.news ? [newsPlugin(resolved)] : []),
    ]
    return plugins.reduce((current, plugin) => plugin(current), config)
  }
}

export { corePlugin, ensureCore } from './plugins/core'
export { settingsPlugin } from './plugins/settings'
export { areasPlugin } from './plugins/areas'
export { newsPlugin } from './plugins/news'
export { optionsSchema, resolveOptions, type RatuszOptions, type ResolvedRatuszOptions } from './options'
export {
  COLLECTION_SLUGS,
  GLOBAL_SLUGS,
  type RatuszCollectionSlug,
  type RatuszGlobalSlug,
} from './shared/slugs'
export { ROLES, PANEL_ROLES, CONTENT_ROLES, DEFAULT_ROLE, hasRole, rolesOf, type Role } from './shared/roles'
export {
  anyone,
  isSignedIn,
  isAdmin,
  isEditor,
  canUsePanel,
  publishedOrSignedIn,
  adminOrSelf,
  adminOnlyField,
} from './shared/access'
export { slugField } from './shared/slug-field'
export { transliterate } from './shared/transliterate'
export { DEFAULT_DOCUMENT_MIME_TYPES } from './shared/document-types'
export { AREA_KINDS } from './plugins/areas/areas/config'
