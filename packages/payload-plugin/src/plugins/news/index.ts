import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { hasCollection, withCollection } from '../../shared/config-helpers'
import { COLLECTION_SLUGS } from '../../shared/slugs'
import { ensureCore } from '../core'
import { ensureCategories } from '../taxonomies'
import { articlesCollection } from './articles/config'

/**
 * News: the `articles` collection. Installs the core collections (covers are `media`, attachments are
 * `documents`) and the shared `categories` when the taxonomies plugin has not. Articles relate to `areas` only
 * when the incoming config has that collection, so install the taxonomies plugin first. The body uses the host's rich-text editor, or Lexical when the host sets none.
 */
export const newsPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  resolveOptions(options)
  return (config) => {
    const withAreas = hasCollection(config, COLLECTION_SLUGS.areas)
    const editor = config.editor ? undefined : lexicalEditor()
    const next = ensureCategories(ensureCore(config, options))
    return withCollection(next, articlesCollection({ withAreas, editor }))
  }
}
