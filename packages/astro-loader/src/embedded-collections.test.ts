import {
  alert,
  area,
  article,
  bipDocument,
  category,
  event,
  newsletterIssue,
  periodical,
} from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { embeddedCollections } from './embedded-collections'

describe('the collections embedded in records', () => {
  it('are every relation the contract populates', () => {
    expect(embeddedCollections(article)).toEqual(['areas', 'categories', 'documents', 'media'])
    expect(embeddedCollections(event)).toEqual(['areas', 'categories', 'documents', 'media'])
    expect(embeddedCollections(alert)).toEqual(['areas', 'documents'])
    expect(embeddedCollections(newsletterIssue)).toEqual(['media'])
  })

  it('are none for records without populated relations', () => {
    for (const schema of [category, area, periodical, bipDocument])
      expect(embeddedCollections(schema)).toEqual([])
  })
})
