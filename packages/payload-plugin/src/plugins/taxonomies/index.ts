import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { withCollection } from '../../shared/config-helpers'
import { areasCollection } from './areas/config'
import { categoriesCollection } from './categories/config'

/**
 * Taxonomies that several sections share: `areas` (sołectwa, osiedla, thematic groups; news, events and alerts
 * relate to them) when `plugins.areas` is on, and `categories` (topics) when news or events are, the sections
 * that file content under them. Needs nothing else; install it before the sections so they find the areas.
 */
export const taxonomiesPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const { plugins } = resolveOptions(options)
  return (config) => {
    const withAreas = plugins.areas ? withCollection(config, areasCollection()) : config
    return plugins.news || plugins.events ? ensureCategories(withAreas) : withAreas
  }
}

/** Makes sure `categories` is in the config; the sections that file content under it call it to work alone. */
export const ensureCategories = (config: Config): Config => withCollection(config, categoriesCollection())
