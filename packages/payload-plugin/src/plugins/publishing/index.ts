import { isNotOnSite } from '../../shared/not-on-site'
import type { CollectionConfig, Config, GlobalConfig } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { withCollection } from '../../shared/config-helpers'
import { publishAfterChange, publishAfterDelete, publishAfterGlobalChange } from './hooks/publish-on-change'
import { releaseInterruptedPublishes } from './hooks/release-interrupted-publishes'
import type { PublishingOptions } from './options'
import { previewEndpoint, previewPath } from './preview/preview-endpoint'
import { publishTask } from './publish-task'
import { SITE_PUBLISHES, sitePublishesCollection } from './site-publishes/config'

/** Collections whose changes never reach the public site: accounts, the publish log itself, statistics. */
const isInternal = (collection: CollectionConfig) =>
  Boolean(collection.auth) ||
  collection.slug === SITE_PUBLISHES ||
  collection.slug.startsWith('payload-') ||
  isNotOnSite(collection)

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

const withPublishHooks = (collection: CollectionConfig, options: PublishingOptions): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [
      ...(collection.hooks?.afterChange ?? []),
      publishAfterChange(options, hasDrafts(collection)),
    ],
    afterDelete: [
      ...(collection.hooks?.afterDelete ?? []),
      publishAfterDelete(options, hasDrafts(collection)),
    ],
  },
})

/** "Podgląd" on a document: its draft page, opened from the admin (preview/preview-endpoint.ts). */
const withPreview = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, preview: (doc) => previewPath(collection.slug, String(doc.id)) },
})

const withGlobalPublishHook = (global: GlobalConfig, options: PublishingOptions): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    afterChange: [...(global.hooks?.afterChange ?? []), publishAfterGlobalChange(options)],
  },
})

/**
 * Publishing: every change to content the public sees (every collection of the config but accounts, and every
 * global but the statistics' chapter template) asks for one site publish through Payload's jobs queue — persisted, coalesced, one at a time — and the
 * `site-publishes` log shows editors how it went. Install it last, so it sees every collection.
 */
export const publishingPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const resolved = resolveOptions(options).publishing
  return (config) => {
    const withLog = withCollection(config, sitePublishesCollection(resolved))
    return {
      ...withLog,
      collections: (withLog.collections ?? [])
        .map((collection) => (isInternal(collection) ? collection : withPublishHooks(collection, resolved)))
        .map((collection) =>
          resolved.preview && resolved.previewCollections.includes(collection.slug)
            ? withPreview(collection)
            : collection,
        ),
      endpoints: [...(withLog.endpoints ?? []), ...(resolved.preview ? [previewEndpoint(resolved)] : [])],
      globals: (withLog.globals ?? []).map((global) =>
        isNotOnSite(global) ? global : withGlobalPublishHook(global, resolved),
      ),
      jobs: { ...withLog.jobs, tasks: [...(withLog.jobs?.tasks ?? []), publishTask(resolved)] },
      onInit: async (payload) => {
        await withLog.onInit?.(payload)
        await releaseInterruptedPublishes(payload, resolved.queue)
      },
    }
  }
}
