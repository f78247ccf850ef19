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

  it('makes the versions of a manifest handed over after another from that one where a path is the same', () => {
    const manifest = (hash: string, keys: Record<string, string>) => ({
      routes: {
        'page.astro': {
          dependencyHash: hash,
          paths: Object.fromEntries(
            Object.entries(keys).map(([name, cacheKey]) => [
              `/${name}/`,
              { cacheKey, outputFile: `/${name}/index.html` },
            ]),
          ),
        },
      },
    })
    const keep = (value: ReturnType<typeof manifest>) => {
      writeManifest({})
      keepManifest(cache, value)
    }
    keep(manifest('h', { a: composeKey('a1', { alerts: '1' }), b: 'b1', c: 'c1' }))
    expect([...readPageVersions(cache, { ownContent: true })]).toEqual([
      ['a/index.html', 'h:a1'],
      ['b/index.html', 'h:b1'],
      ['c/index.html', 'h:c1'],
    ])
    // a changed, c gone, d new; then the template changes: every version anew
    keep(manifest('h', { a: composeKey('a1', { alerts: '2' }), b: 'b2', d: 'd1' }))
    expect([...readPageVersions(cache, { ownContent: true })]).toEqual([
      ['a/index.html', 'h:a1'],
      ['b/index.html', 'h:b2'],
      ['d/index.html', 'h:d1'],
    ])
    expect(readPageVersions(cache).get('a/index.html')).toBe(`h:${composeKey('a1', { alerts: '2' })}`)
    keep(manifest('h2', { a: composeKey('a1', { alerts: '2' }), b: 'b2', d: 'd1' }))
    expect(readPageVersions(cache, { ownContent: true }).get('b/index.html')).toBe('h2:b2')
  })
})
