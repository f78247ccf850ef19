import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { hasCollection, withCollection } from '../../shared/config-helpers'
import { COLLECTION_SLUGS } from '../../shared/slugs'
import { ensureCore } from '../core'
import { articlesCollection } from './articles/config'
import { categoriesCollection } from './categories/config'

/**
 * News: `categories` and `articles`. Installs the core collections too (covers are `media`, attachments are
 * `documents`). Articles relate to `areas` only when the incoming config has that collection, so install the
 * areas plugin first. The body uses the host's rich-text editor, or Lexical when the host sets none.
 */
export const newsPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  resolveOptions(options)
  return (config) => {
    const withAreas = hasCollection(config, COLLECTION_SLUGS.areas)
    const editor = config.editor ? undefined : lexicalEditor()
    const next = withCollection(ensureCore(config, options), categoriesCollection())
    return withCollection(next, articlesCollection({ withAreas, editor }))
  }
}
