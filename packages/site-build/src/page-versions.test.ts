import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { incrementalManifest, keepManifest, readPageVersions } from './page-versions'
import { composeKey } from './regions'

const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-versions-'))
afterAll(() => fs.rmSync(cache, { recursive: true, force: true }))

/** Astro's incremental manifest with one route's paths, written as Astro writes it (a new file). */
const writeManifest = (paths: Record<string, string>) => {
  const entries = Object.fromEntries(
    Object.entries(paths).map(([file, cacheKey]) => [`/${file}`, { cacheKey, outputFile: `/${file}` }]),
  )
  const temp = `${incrementalManifest(cache)}.tmp`
  fs.writeFileSync(
    temp,
    JSON.stringify({ routes: { 'page.astro': { dependencyHash: 't', paths: entries } } }),
  )
  fs.renameSync(temp, incrementalManifest(cache))
}

describe('readPageVersions', () => {
  it('reads each page’s version, whole or of its own content, and a rewritten manifest anew', () => {
    expect(readPageVersions(cache).size).toBe(0)
    writeManifest({ 'a/index.html': composeKey('own', { alerts: '1' }) })
    expect(readPageVersions(cache).get('a/index.html')).toBe('t:own~alerts=1')
    const own = readPageVersions(cache, { ownContent: true })
    expect(own.get('a/index.html')).toBe('t:own')
    writeManifest({ 'a/index.html': composeKey('own2', { alerts: '1' }), 'b/index.html': 'k' })
    expect([...readPageVersions(cache, { ownContent: true })]).toEqual([
      ['a/index.html', 't:own2'],
      ['b/index.html', 't:k'],
    ])
  })

  it('takes the manifest this process has just written as it was handed over, until the file changes', () => {
    writeManifest({ 'a/index.html': 'on-disk' })
    // the renderer hands over what it wrote: the readers take that, not the file (here deliberately different)
    keepManifest(cache, {
      routes: {
        'page.astro': {
          dependencyHash: 'h',
          paths: { '/a/': { cacheKey: 'kept', outputFile: '/a/index.html' } },
        },
      },
    })
    expect(readPageVersions(cache).get('a/index.html')).toBe('h:kept')
    writeManifest({ 'a/index.html': 'rewritten' })
    expect(readPageVersions(cache).get('a/index.html')).toBe('t:rewritten')
  })

  it('makes the versions of a manifest handed over with its changes from the last one', () => {
    const manifest = (hash: string, keys: Record<string, string>) => ({
      routes: {
        'page.astro': {
          dependencyHash: hash,
          paths: Object.fromEntries(
            Object.entries(keys).map(([name, cacheKey]) => [
              `/${name}/`,
              { cacheKey, outputFile: `/${encodeURI(name)}/index.html` },
            ]),
          ),
        },
      },
    })
    writeManifest({})
    const first = manifest('h', { a: composeKey('a1', { alerts: '1' }), b: 'b1', c: 'c1', ż: 'z1' })
    keepManifest(cache, first)
    expect([...readPageVersions(cache, { ownContent: true })]).toEqual([
      ['a/index.html', 'h:a1'],
      ['b/index.html', 'h:b1'],
      ['c/index.html', 'h:c1'],
      ['ż/index.html', 'h:z1'],
    ])
    // a's regions and b changed, c gone, d new: only those are made again (a stale entry elsewhere stays as it was)
    const second = manifest('h', { a: composeKey('a1', { alerts: '2' }), b: 'b2', d: 'd1', ż: 'stale' })
    keepManifest(cache, second, {
      since: first,
      changed: new Map([
        ['a/index.html', { dependencyHash: 'h', cacheKey: composeKey('a1', { alerts: '2' }) }],
        ['b/index.html', { dependencyHash: 'h', cacheKey: 'b2' }],
        ['d/index.html', { dependencyHash: 'h', cacheKey: 'd1' }],
      ]),
      deleted: ['c/index.html'],
    })
    expect(Object.fromEntries(readPageVersions(cache, { ownContent: true }))).toEqual({
      'a/index.html': 'h:a1',
      'b/index.html': 'h:b2',
      'd/index.html': 'h:d1',
      'ż/index.html': 'h:z1',
    })
    // the whole versions were not made before: made from the manifest itself
    expect(readPageVersions(cache).get('ż/index.html')).toBe('h:stale')
    // changes from another manifest than the one held: every version from the manifest
    keepManifest(cache, manifest('h2', { a: 'a3' }), { since: first, changed: new Map(), deleted: [] })
    expect([...readPageVersions(cache, { ownContent: true })]).toEqual([['a/index.html', 'h2:a3']])
  })
})
