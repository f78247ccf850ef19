import { afterEach, describe, expect, it } from 'vitest'
import { installStoreOverride } from '../store/override'
import { perBuild, startBuild } from './per-build'
import { noteStoreRead, trackReads } from './reads'

/** A store read as lib/store/records.ts makes it: noted, then the override's entries. */
const articles = async () => {
  noteStoreRead('articles')
  return [{ title: 'Most' }, { title: 'Droga' }]
}

describe("the build's read tracking", () => {
  afterEach(() => {
    installStoreOverride(undefined)
    startBuild()
  })

  it('notes the store collections a piece of work reads, across its awaits', async () => {
    const { value, reads } = await trackReads(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      const [found] = await Promise.all([articles(), Promise.resolve(noteStoreRead('settings'))])
      return found.length
    })
    expect(value).toBe(2)
    expect([...reads.store].sort()).toEqual(['articles', 'settings'])
    expect([...reads.memos.keys()]).toEqual([])
  })

  it('counts a memo by its value: what made it is not a read of the reader, and a cache is no read at all', async () => {
    let made = 0
    const count = () =>
      perBuild('count', async () => {
        made++
        return (await articles()).length + made
      })
    const first = await trackReads(async () => {
      perBuild('digests', () => new WeakMap(), 'cache')
      return count()
    })
    expect(first.value).toBe(3)
    expect([...first.reads.store]).toEqual([])
    expect([...first.reads.memos.keys()]).toEqual(['count'])
    // The same build gives the same value; a later build (a new store override) makes it again.
    expect(await first.reads.memos.get('count')!()).toBe(3)
    installStoreOverride({ collections: new Map() })
    expect(await first.reads.memos.get('count')!()).toBe(4)
  })

  it('tracks nothing outside trackReads', async () => {
    await articles()
    const { reads } = await trackReads(async () => noteStoreRead('areas'))
    expect([...reads.store]).toEqual(['areas'])
  })
})
