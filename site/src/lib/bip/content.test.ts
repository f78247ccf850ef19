import { afterEach, describe, expect, it, vi } from 'vitest'
import { installStoreOverride } from '../store/override'
import { loadBipChanges, loadBipDocuments } from './content'

// The store is the override below; Astro's own store is never reached.
vi.mock('astro:content', () => ({ getCollection: vi.fn(), getEntry: vi.fn() }))

const entries = (records: object[]) => records.map((data, index) => ({ id: String(index), data }))

describe("the BIP's records in the order its pages show them", () => {
  afterEach(() => installStoreOverride(undefined))

  it('lists documents newest publication first and the register newest change first, later version first', async () => {
    const documents = [
      { id: 1, title: 'Uchwała', publishedAt: '2025-03-01T10:00:00.000Z' },
      { id: 2, title: 'Zarządzenie', publishedAt: '2025-05-01T10:00:00.000Z' },
      { id: 3, title: 'Ogłoszenie', publishedAt: '2025-04-01T10:00:00.000Z' },
    ]
    const changes = [
      { id: 10, document: 1, version: 1, changedAt: '2025-03-01T10:00:00.000Z' },
      { id: 11, document: 1, version: 2, changedAt: '2025-06-01T10:00:00.000Z' },
      { id: 12, document: 1, version: 3, changedAt: '2025-06-01T10:00:00.000Z' },
      { id: 13, document: 9, version: 1, changedAt: '2025-01-01T10:00:00.000Z' },
      { id: 14, document: 2, version: 1, changedAt: '2025-05-01T10:00:00.000Z' },
    ]
    const stored = entries(documents)
    installStoreOverride({
      collections: new Map([
        ['bipDocuments', stored],
        ['bipChanges', entries(changes)],
      ]),
    })
    expect((await loadBipDocuments()).map((document) => document.id)).toEqual([2, 3, 1])
    const register = await loadBipChanges()
    expect(register.map((entry) => entry.id)).toEqual([12, 11, 14, 10, 13])
    // a change of a document that is no longer published stays in the register, without a link to it
    expect(register.map((entry) => entry.documentLive)).toEqual([true, true, true, true, false])
    // the store's own order is left as it was
    expect(stored.map((entry) => entry.data)).toEqual(documents)
  })

  it("hands every route of one build the same register entries, and a later build the new documents' state", async () => {
    const change = { id: 10, document: 1, version: 1, changedAt: '2025-03-01T10:00:00.000Z' }
    const document = { id: 1, title: 'Uchwała', publishedAt: '2025-03-01T10:00:00.000Z' }
    const build = (documents: object[]) =>
      installStoreOverride({
        collections: new Map([
          ['bipDocuments', entries(documents)],
          ['bipChanges', entries([change])],
        ]),
      })
    build([document])
    const [first] = await loadBipChanges()
    expect((await loadBipChanges())[0]).toBe(first)
    expect(first!.documentLive).toBe(true)
    // the document unpublished: the same change record, now without its page
    build([])
    expect((await loadBipChanges())[0]).toMatchObject({ id: 10, documentLive: false })
  })
})
