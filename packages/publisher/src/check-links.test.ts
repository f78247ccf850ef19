import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { composeKey, regionClose, regionOpen } from '@ratusz/site-build'
import { checkInternalLinks, filesBelow } from './check-links'

const write = (dir: string, file: string, links: string[]) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), links.map((href) => `<a href="${href}">x</a>`).join(''))
}

describe('checkInternalLinks', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-links-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('finds links to missing pages and files, as a static server maps them', () => {
    write(dir, 'index.html', [
      '/a/',
      '/a',
      '/b/',
      '/plik.pdf',
      '/a/?q=1#x',
      '/%C5%BC%C3%B3%C5%82w/',
      '/../etc/passwd',
    ])
    write(dir, 'a/index.html', [])
    write(dir, 'żółw/index.html', [])
    expect(checkInternalLinks(dir)).toEqual([
      { page: '/index.html', href: '/a' },
      { page: '/index.html', href: '/b/' },
      { page: '/index.html', href: '/plik.pdf' },
      { page: '/index.html', href: '/../etc/passwd' },
    ])
  })

  it('reads again only the pages whose version changed, and still finds links to pages that are gone', () => {
    const cacheFile = path.join(dir, '..', `${path.basename(dir)}-links.json`)
    try {
      write(dir, 'index.html', ['/a/'])
      write(dir, 'a/index.html', ['/'])
      const versions = new Map([
        ['index.html', 'v1'],
        ['a/index.html', 'v1'],
      ])
      expect(checkInternalLinks(dir, undefined, { pageVersions: versions, cacheFile })).toEqual([])
      // same version: the page is not read again (a broken link written behind the version's back goes unseen)
      write(dir, 'index.html', ['/a/', '/nowhere/'])
      expect(checkInternalLinks(dir, undefined, { pageVersions: versions, cacheFile })).toEqual([])
      // a new version is read again
      versions.set('index.html', 'v2')
      expect(checkInternalLinks(dir, undefined, { pageVersions: versions, cacheFile })).toEqual([
        { page: '/index.html', href: '/nowhere/' },
      ])
      // an unchanged page linking to one that was removed is still reported
      fs.rmSync(path.join(dir, 'index.html'))
      write(dir, 'index.html', [])
      versions.set('index.html', 'v3')
      fs.rmSync(path.join(dir, 'a', 'index.html'))
      write(dir, 'b/index.html', ['/a/'])
      versions.delete('a/index.html')
      versions.set('b/index.html', 'v1')
      expect(checkInternalLinks(dir, undefined, { pageVersions: versions, cacheFile })).toEqual([
        { page: '/b/index.html', href: '/a/' },
      ])
    } finally {
      fs.rmSync(cacheFile, { force: true })
    }
  })

  it('after a check whose cache was never kept (its release did not go live), starts from the last kept one', () => {
    const cacheFile = path.join(dir, '..', `${path.basename(dir)}-links-failed.json`)
    const versions = new Map([
      ['index.html', 'v1'],
      ['a/index.html', 'v1'],
    ])
    const check = (release: string, since?: { release: string; written: string[]; deleted: string[] }) =>
      checkInternalLinks(dir, undefined, {
        pageVersions: versions,
        cacheFile,
        release,
        since,
        keepCache: () => {},
      })
    try {
      write(dir, 'index.html', ['/a/'])
      write(dir, 'a/index.html', ['/'])
      expect(
        checkInternalLinks(dir, undefined, { pageVersions: versions, cacheFile, release: 'r1' }),
      ).toEqual([])
      write(dir, 'a/index.html', ['/', '/c/', '/d/'])
      versions.set('a/index.html', 'v2')
      expect(check('r2', { release: 'r1', written: ['a/index.html'], deleted: [] })).toEqual([
        { page: '/a/index.html', href: '/c/' },
        { page: '/a/index.html', href: '/d/' },
      ])
      write(dir, 'a/index.html', ['/', '/d/'])
      write(dir, 'd/index.html', ['/c/'])
      versions.set('a/index.html', 'v3')
      versions.set('d/index.html', 'v1')
      expect(check('r3', { release: 'r1', written: ['a/index.html', 'd/index.html'], deleted: [] })).toEqual([
        { page: '/d/index.html', href: '/c/' },
      ])
    } finally {
      fs.rmSync(cacheFile, { force: true })
    }
  })

  it('checks only the pages written since the release its cache checked, unless a file linked to is gone', () => {
    const cacheFile = path.join(dir, '..', `${path.basename(dir)}-links-since.json`)
    const check = (release: string, since?: { release: string; written: string[]; deleted: string[] }) =>
      checkInternalLinks(dir, undefined, { pageVersions: versions, cacheFile, release, since })
    const versions = new Map([
      ['index.html', 'v1'],
      ['a/index.html', 'v1'],
    ])
    try {
      write(dir, 'index.html', ['/a/'])
      write(dir, 'a/index.html', ['/'])
      expect(check('r1')).toEqual([])
      // a page not written since r1 is not looked at (a broken link behind the report's back goes unseen)...
      write(dir, 'index.html', ['/a/', '/nowhere/'])
      versions.set('index.html', 'v2')
      expect(check('r2', { release: 'r1', written: ['a/index.html'], deleted: [] })).toEqual([])
      // ...but is when the cache is not that release's (after a rollback, or a check that never went live)
      expect(check('r3', { release: 'r1', written: ['a/index.html'], deleted: [] })).toEqual([
        { page: '/index.html', href: '/nowhere/' },
      ])
      write(dir, 'index.html', ['/a/'])
      versions.set('index.html', 'v3')
      expect(check('r4')).toEqual([])
      // a page written is checked
      write(dir, 'a/index.html', ['/', '/b/'])
      versions.set('a/index.html', 'v2')
      expect(check('r5', { release: 'r4', written: ['a/index.html'], deleted: [] })).toEqual([
        { page: '/a/index.html', href: '/b/' },
      ])
      // a deleted file that a page not written links to: every page is checked
      write(dir, 'a/index.html', ['/'])
      versions.set('a/index.html', 'v3')
      expect(check('r6')).toEqual([])
      write(dir, 'b/index.html', [])
      versions.set('b/index.html', 'v1')
      expect(check('r7', { release: 'r6', written: ['b/index.html'], deleted: [] })).toEqual([])
      fs.rmSync(path.join(dir, 'a'), { recursive: true })
      versions.delete('a/index.html')
      expect(check('r8', { release: 'r7', written: [], deleted: ['a/index.html'] })).toEqual([
        { page: '/index.html', href: '/a/' },
      ])
    } finally {
      fs.rmSync(cacheFile, { force: true })
    }
  })

  it('keeps its table of targets as small as what pages still link to, however many changes it sees', () => {
    const cacheFile = path.join(dir, '..', `${path.basename(dir)}-links.json`)
    try {
      write(dir, 'a/index.html', [])
      const versions = new Map([['index.html', 'v0']])
      for (let change = 0; change < 50; change += 1) {
        // the home page links to a new list page at every change, and to the page every page links to
        write(dir, 'index.html', ['/a/', `/lista/${change}/`])
        write(dir, `lista/${change}/index.html`, [])
        versions.set('index.html', `v${change}`)
        expect(checkInternalLinks(dir, undefined, { pageVersions: versions, cacheFile })).toEqual([])
      }
      const { targets, pages } = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {
        targets: string[]
        pages: Record<string, [string, number[]]>
      }
      expect(targets.length).toBeLessThanOrEqual(4)
      expect(pages['index.html']![1].map((index) => targets[index])).toEqual(['/a/', '/lista/49/'])
    } finally {
      fs.rmSync(cacheFile, { force: true })
    }
  })

  it('reads a changed site-wide region from one page, and keeps no link the old region had', () => {
    const cacheFile = path.join(dir, '..', `${path.basename(dir)}-links.json`)
    const withBanner = (file: string, banner: string[], own: string[]) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      const links = (hrefs: string[]) => hrefs.map((href) => `<a href="${href}">x</a>`).join('')
      fs.writeFileSync(
        path.join(dir, file),
        `${regionOpen('alerts')}${links(banner)}${regionClose('alerts')}<main>${links(own)}</main>`,
      )
    }
    try {
      const pages = ['index.html', 'a/index.html', 'b/index.html']
      write(dir, 'komunikaty/1/index.html', [])
      for (const page of pages) withBanner(page, ['/komunikaty/1/'], ['/a/'])
      const versions = new Map(pages.map((page) => [page, `t:${composeKey(page, { alerts: '1' })}`]))
      // in name order: the first page read for a banner is a/index.html
      const check = () =>
        checkInternalLinks(dir, filesBelow(dir).sort(), { pageVersions: versions, cacheFile })
      expect(check()).toEqual([])

      // the alert ended: its page is gone and the banner (a new digest) shows another one, spliced into every page
      fs.rmSync(path.join(dir, 'komunikaty'), { recursive: true })
      write(dir, 'komunikaty/2/index.html', [])
      withBanner('index.html', ['/komunikaty/2/'], ['/a/'])
      withBanner('a/index.html', ['/komunikaty/2/'], ['/a/'])
      // a link written behind the versions' back into the third page's banner: that banner is never read
      withBanner('b/index.html', ['/komunikaty/2/', '/nikad/'], ['/a/'])
      for (const page of pages) versions.set(page, `t:${composeKey(page, { alerts: '2' })}`)
      expect(check()).toEqual([])

      // the banner's new link leads nowhere: reported on every page that shows it
      for (const page of pages) withBanner(page, ['/komunikaty/3/'], ['/a/'])
      for (const page of pages) versions.set(page, `t:${composeKey(page, { alerts: '3' })}`)
      expect(
        check()
          .map(({ page }) => page)
          .sort(),
      ).toEqual(pages.map((page) => `/${page}`).sort())
      expect(new Set(check().map(({ href }) => href))).toEqual(new Set(['/komunikaty/3/']))

      // a page's own part changed (its banner did not): read again, apart from its banner
      withBanner('a/index.html', ['/komunikaty/3/'], ['/a/', '/brak/'])
      versions.set('a/index.html', `t:${composeKey('a2', { alerts: '3' })}`)
      expect(check()).toContainEqual({ page: '/a/index.html', href: '/brak/' })
    } finally {
      fs.rmSync(cacheFile, { force: true })
    }
  })
})
