import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { withCollection, withGlobal } from '../../shared/config-helpers'
import { ensureCore } from '../core'
import { bipCategoriesCollection } from './categories/config'
import { bipChangesCollection } from './changes/config'
import { bipDocumentsCollection } from './documents/config'
import { bipFilesCollection } from './files/config'
import { bipSettingsGlobal } from './settings/config'

/**
 * BIP (Biuletyn Informacji Publicznej): `bip-categories`, `bip-files`, `bip-documents`, the append-only
 * `bip-changes` register and the `bip-settings` global (redakcja, instrukcja, informacje nieudostępnione).
 * Installs the core collections too (users with the `bip-editor` role).
 */
export const bipPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const resolved = resolveOptions(options)
  return (config) => {
    const editor = config.editor ? undefined : lexicalEditor()
    let next = ensureCore(config, options)
    next = withCollection(next, bipCategoriesCollection())
    next = withCollection(next, bipFilesCollection(resolved.documents, resolved.uploads))
    next = withCollection(next, bipDocumentsCollection({ editor }))
    next = withCollection(next, bipChangesCollection())
    return withGlobal(next, bipSettingsGlobal({ editor }))
  }
}
