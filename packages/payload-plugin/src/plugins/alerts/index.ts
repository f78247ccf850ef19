import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { hasCollection, withCollection } from '../../shared/config-helpers'
import { COLLECTION_SLUGS } from '../../shared/slugs'
import { ensureCore } from '../core'
import { alertsCollection } from './alerts/config'

/**
 * Alerts: the `alerts` collection (warnings, outages, announcements for areas). Installs the core collections
 * too (attachments are `documents`). Alerts relate to `areas` only when the incoming config has that
 * collection, so install the taxonomies plugin first. The full text uses the host's rich-text editor, or Lexical.
 */
export const alertsPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  resolveOptions(options)
  return (config) => {
    const withAreas = hasCollection(config, COLLECTION_SLUGS.areas)
    const editor = config.editor ? undefined : lexicalEditor()
    return withCollection(ensureCore(config, options), alertsCollection({ withAreas, editor }))
  }
}
