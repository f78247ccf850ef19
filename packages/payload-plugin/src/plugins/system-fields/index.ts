import type { Config } from 'payload'
import { keepTimestamps } from './hooks/keep-timestamps'

/** System fields every collection and global has (timestamps) cannot be written over the API. Install it last. */
export const systemFieldsPlugin =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeChange: [...(collection.hooks?.beforeChange ?? []), keepTimestamps],
      },
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, beforeChange: [...(global.hooks?.beforeChange ?? []), keepTimestamps] },
    })),
  })
