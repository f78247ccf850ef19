import type { CollectionConfig, Config, Field, GlobalConfig } from 'payload'

/** Whether the config already holds a collection with this slug. */
export const hasCollection = (config: Config, slug: string): boolean =>
  (config.collections ?? []).some((collection) => collection.slug === slug)

/** The config with the collection appended, unless one with its slug is already there (the host's wins). */
export const withCollection = (config: Config, collection: CollectionConfig): Config =>
  hasCollection(config, collection.slug)
    ? config
    : { ...config, collections: [...(config.collections ?? []), collection] }

/** The config with the global appended, unless one with its slug is already there (the host's wins). */
export const withGlobal = (config: Config, global: GlobalConfig): Config =>
  (config.globals ?? []).some((existing) => existing.slug === global.slug)
    ? config
    : { ...config, globals: [...(config.globals ?? []), global] }

/** Whether a list of fields has a top-level field with this name. */
export const hasField = (fields: readonly Field[], name: string): boolean =>
  fields.some((field) => 'name' in field && field.name === name)

type EveryEntityHook = 'beforeOperation' | 'beforeChange'
type Hooked = { hooks?: Partial<Record<EveryEntityHook, unknown[]>> }

/**
 * The config with one hook added to every collection and global it holds (first, to run before the entity's own
 * hooks, or last). The hook must fit both kinds: its arguments are the ones collections and globals share.
 */
export const withHookEverywhere = (
  config: Config,
  name: EveryEntityHook,
  hook: unknown,
  at: 'first' | 'last',
): Config => {
  const add = <T extends Hooked>(entity: T): T => {
    const own = entity.hooks?.[name] ?? []
    return { ...entity, hooks: { ...entity.hooks, [name]: at === 'first' ? [hook, ...own] : [...own, hook] } }
  }
  return {
    ...config,
    collections: (config.collections ?? []).map(
      (collection) => add(collection as Hooked) as CollectionConfig,
    ),
    globals: (config.globals ?? []).map((global) => add(global as Hooked) as GlobalConfig),
  }
}
