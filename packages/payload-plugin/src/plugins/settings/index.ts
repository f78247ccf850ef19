import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { withGlobal } from '../../shared/config-helpers'
import { ensureCore } from '../core'
import { accessibilityStatementGlobal } from './accessibility-statement/config'
import { siteSettingsGlobal } from './site-settings/config'

/** The `site-settings` and `accessibility-statement` globals. Installs the core collections too (the coat of arms is a `media` upload). */
export const settingsPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  resolveOptions(options)
  return (config) => {
    const withSettings = withGlobal(ensureCore(config, options), siteSettingsGlobal())
    return withGlobal(withSettings, accessibilityStatementGlobal())
  }
}
