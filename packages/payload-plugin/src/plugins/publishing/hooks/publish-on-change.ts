import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { canBeOnSite } from '../../../shared/not-on-site'
import { changeReason, settingsReason } from '../describe-change'
import type { PublishingOptions } from '../options'
import { requestPublish } from '../request-publish'

const soon = (options: PublishingOptions) => new Date(Date.now() + options.debounceSeconds * 1000)

type Status = { _status?: unknown } | null | undefined

/**
 * Whether a change can alter what the public sees: always for collections without drafts; with drafts, when the
 * document is published now or was published before (an update, an unpublish, or a draft saved over it).
 */
const isPublicChange = (hasDrafts: boolean, doc: Status, previousDoc: Status): boolean =>
  !hasDrafts || doc?._status === 'published' || previousDoc?._status === 'published'

/** After a change of public content, asks for a site publish (coalesced with any waiting one). */
export const publishAfterChange =
  (options: PublishingOptions, hasDrafts: boolean): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const onSite = canBeOnSite(collection, doc) || canBeOnSite(collection, previousDoc)
    if (onSite && isPublicChange(hasDrafts, doc, previousDoc)) {
      const reason = changeReason('changed', collection, doc)
      const record = { collection: collection.slug, id: doc.id }
      await requestPublish(req.payload, { reason, record, at: soon(options), queue: options.queue, req })
    }
    return doc
  }

/** After public content is deleted, asks for a site publish. */
export const publishAfterDelete =
  (options: PublishingOptions, hasDrafts: boolean): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    if (canBeOnSite(collection, doc) && isPublicChange(hasDrafts, doc, undefined)) {
      const reason = changeReason('deleted', collection, doc)
      await requestPublish(req.payload, { reason, at: soon(options), queue: options.queue, req })
    }
    return doc
  }

/** After a global (site settings) changes, asks for a site publish. */
export const publishAfterGlobalChange =
  (options: PublishingOptions): GlobalAfterChangeHook =>
  async ({ global, doc, req }) => {
    const reason = settingsReason(global)
    await requestPublish(req.payload, { reason, at: soon(options), queue: options.queue, req })
    return doc
  }
