'use client'
import { toast, useDocumentEvents } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'
import { publicPath } from './public-paths'

type Props = { children?: ReactNode; siteUrl: string }

/**
 * After a document is published (saved as published, new or not), a toast says the site refreshes within seconds
 * and links to the document's page ("Zobacz na stronie"). A provider around the whole admin: it hears every save
 * (Payload's document events) and outlives the redirect from a new document's form to its own.
 */
export const PublishedToast = ({ children, siteUrl }: Props) => {
  const { mostRecentUpdate } = useDocumentEvents()
  useEffect(() => {
    const doc = mostRecentUpdate?.doc as Record<string, unknown> | undefined
    if (!mostRecentUpdate || doc?._status !== 'published') return
    const path = publicPath(mostRecentUpdate.entitySlug, doc)
    toast.success(
      <span className="ratusz-published-toast">
        Opublikowano: serwis odświeży się w ciągu kilku sekund.{' '}
        {path && (
          <a href={new URL(path, siteUrl).href} target="_blank" rel="noreferrer">
            Zobacz na stronie
          </a>
        )}
      </span>,
      { duration: 10_000 },
    )
  }, [mostRecentUpdate, siteUrl])
  return children
}
