import type { CollectionSlug, Payload } from 'payload'
import { readEnv } from '../env'
import { publicPath } from './public-paths'

/**
 * In a document's sidebar: whether the site shows it yet (published and live, waiting for the site's publish, or
 * the publish failed, with its reason) and a "Zobacz na stronie" link to its page. A server component of a `ui`
 * field (see view-on-site.ts), rendered with the form.
 */

type Props = { collectionSlug: string; data?: Record<string, unknown>; payload: Payload }

type Publish = { status: string; startedAt?: string; error?: string }

const latest = async (payload: Payload, where: Record<string, unknown>): Promise<Publish | undefined> =>
  (
    await payload.find({
      collection: 'site-publishes' as CollectionSlug,
      where: where as never,
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as unknown as Publish | undefined

type SiteState = { state: 'live' | 'waiting' | 'failed'; error?: string }

/** Where the document stands on the site: live, waiting for a publish, or held back by a failed one. */
const siteState = async (payload: Payload, updatedAt: string): Promise<SiteState> => {
  const live = await latest(payload, { status: { equals: 'succeeded' } })
  if (live?.startedAt && live.startedAt >= updatedAt) return { state: 'live' }
  const last = await latest(payload, {})
  if (last?.status === 'failed') return { state: 'failed', error: last.error }
  return { state: 'waiting' }
}

export const ViewOnSite = async ({ collectionSlug, data, payload }: Props) => {
  if (!data?.id || data._status !== 'published' || !('site-publishes' in payload.collections)) return null
  const path = publicPath(collectionSlug, data)
  const { state, error } = await siteState(payload, String(data.updatedAt ?? ''))
  const url = path && new URL(path, readEnv().RATUSZ_SITE_URL).href
  return (
    <div className="ratusz-on-site field-type" data-site-state={state}>
      <p>
        <strong>Na stronie: </strong>
        {state === 'live' && 'opublikowano.'}
        {state === 'waiting' && 'serwis odświeży się w ciągu kilku sekund.'}
        {state === 'failed' && `publikacja serwisu się nie udała${error ? `: ${error}` : '.'}`}
      </p>
      {url && (
        <p>
          <a href={url} target="_blank" rel="noreferrer">
            Zobacz na stronie
          </a>
        </p>
      )}
    </div>
  )
}
