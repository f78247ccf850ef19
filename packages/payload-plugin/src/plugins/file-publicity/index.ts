import type { CollectionConfig, Config, GlobalConfig } from 'payload'
import { canReferenceFiles } from './collect-file-refs'
import { isFileCollection } from './file-collections'
import { computePublic } from './hooks/compute-public'
import {
  trackFileUsageAfterChange,
  trackFileUsageAfterDelete,
  trackGlobalFileUsage,
} from './hooks/track-file-usage'
import { publicFileOrSignedIn } from './access'
import { publicityFields } from './fields'

const hasDrafts = (entity: CollectionConfig | GlobalConfig): boolean =>
  typeof entity.versions === 'object' && Boolean(entity.versions.drafts)

/** Media and documents: private until used by published content or made public by hand. */
const withPublicity = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, read: publicFileOrSignedIn },
  fields: [...collection.fields, ...publicityFields],
  hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), computePublic] },
})

/** Any other collection that can point at a file keeps the files' usage lists up to date. */
const withUsageTracking = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [
      ...(collection.hooks?.afterChange ?? []),
      trackFileUsageAfterChange(collection.fields, hasDrafts(collection)),
    ],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), trackFileUsageAfterDelete],
  },
})

const withGlobalUsageTracking = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    afterChange: [
      ...(global.hooks?.afterChange ?? []),
      trackGlobalFileUsage(global.fields, hasDrafts(global)),
    ],
  },
})

/**
 * File publicity: a media or documents file becomes public when published content uses it (through any
 * upload or relationship field or rich-text node of any collection or global) or when an editor marks it
 * public; until then only signed-in users can list it, read it or download it. Install it after every plugin
 * that adds content, so it sees every field that can point at a file.
 */
export const filePublicityPlugin =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (isFileCollection(collection.slug)) return withPublicity(collection)
      return canReferenceFiles(collection.fields) ? withUsageTracking(collection) : collection
    }),
    globals: (config.globals ?? []).map((global) =>
      canReferenceFiles(global.fields) ? withGlobalUsageTracking(global) : global,
    ),
  })
