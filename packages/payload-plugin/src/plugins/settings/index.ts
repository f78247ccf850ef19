import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { withGlobal } from '../../shared/config-helpers'
import { ensureCore } from '../core'
import { siteSettingsGlobal } from './site-settings/config'

/** The `site-settings` global. Installs the core collections too (the coat of arms is a `media` upload). */
export const settingsPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  resolveOptions(options)
  return (config) => {
    return withGlobal(ensureCore(config, options), siteSettingsGlobal())
  }
}
