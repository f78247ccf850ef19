import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { composeKey, regionClose, regionOpen } from '@ratusz/site-build'
import { describe, expect, it } from 'vitest'
import type { SitePath } from './render-paths'
import { splicePages } from './splice-pages'
import {
  regionsOnlyChange,
  RenderedRegions,
  sortChanges,
  spliceFile,
  SpliceRefused,
  type RegionBytes,
} from './splice-regions'

const page = (banner: string, body = 'Treść') =>
  `<body>${regionOpen('alerts')}${banner}${regionClose('alerts')}<main>${body}</main></body>`

/** A page with both regions the layout marks: the banner above, the footer's contact details below. */
const twoRegions = (banner: string, contact: string, body = 'Treść') =>
  `<body>${regionOpen('alerts')}${banner}${regionClose('alerts')}<main>${body}</main>` +
  `<footer>${regionOpen('contact')}${contact}${regionClose('contact')}</footer></body>`

const sitePath = (file: string, own: string, regions: Record<string, string>, component = 'page.astro') => {
  const cacheKey = composeKey(own, regions)
  return { file, cacheKey, version: `t:${cacheKey}`, route: { component } } as unknown as SitePath
}

describe('the region splice', () => {
  it('splices a page whose key changed only in a region', () => {
    const before = composeKey('own', { alerts: 'a1' })
    expect(regionsOnlyChange(before, composeKey('own', { alerts: 'a2' }))).toEqual(['alerts'])
    expect(regionsOnlyChange(before, composeKey('other', { alerts: 'a2' }))).toBeUndefined()
    expect(regionsOnlyChange(before, 'own')).toBeUndefined()
    expect(regionsOnlyChange(before, before)).toBeUndefined()
    expect(regionsOnlyChange(undefined, before)).toBeUndefined()
  })

  it('writes the new region as a new file, and refuses a page whose region was not the site-wide one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-splice-'))
    try {
      fs.writeFileSync(path.join(dir, 'a.html'), page('<p>Stary</p>'))
      fs.linkSync(path.join(dir, 'a.html'), path.join(dir, 'shared.html'))
      fs.writeFileSync(path.join(dir, 'b.html'), page('<p>Inny</p>'))
      const regions: RegionBytes = new Map([
        ['alerts', { old: Buffer.from('<p>Stary</p>'), next: Buffer.from('<p>Nowy</p>') }],
      ])
      expect(spliceFile(dir, 'a.html', regions)).toBe(true)
      expect(fs.readFileSync(path.join(dir, 'a.html'), 'utf8')).toBe(page('<p>Nowy</p>'))
      // never in place: a hard link to the old file keeps the old bytes
      expect(fs.readFileSync(path.join(dir, 'shared.html'), 'utf8')).toBe(page('<p>Stary</p>'))
      expect(() => spliceFile(dir, 'b.html', regions)).toThrow(SpliceRefused)
      fs.writeFileSync(path.join(dir, 'c.html'), '<body>bez pasków</body>')
      expect(() => spliceFile(dir, 'c.html', regions)).toThrow(SpliceRefused)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('sorts the changed paths into those to render and those to splice, by route and key', () => {
    const before = new Map(
      [
        sitePath('same.html', 'a', { alerts: '1', contact: '1' }),
        sitePath('banner.html', 'b', { alerts: '1', contact: '1' }),
        sitePath('own.html', 'c', { alerts: '1', contact: '1' }),
        sitePath('moved.html', 'd', { alerts: '1', contact: '1' }, 'old.astro'),
      ].map((p) => [p.file, p]),
    )
    const { toRender, toSplice, names } = sortChanges(
      [
        sitePath('same.html', 'a', { alerts: '1', contact: '1' }),
        sitePath('banner.html', 'b', { alerts: '2', contact: '2' }),
        sitePath('own.html', 'c2', { alerts: '2', contact: '1' }),
        sitePath('moved.html', 'd', { alerts: '2', contact: '1' }),
        sitePath('new.html', 'e', { alerts: '2', contact: '1' }),
      ],
      before,
    )
    expect(toRender.map((p) => p.file)).toEqual(['own.html', 'moved.html', 'new.html'])
    expect(toSplice.map((p) => [p.sitePath.file, p.regions])).toEqual([
      ['banner.html', ['alerts', 'contact']],
    ])
    expect(names).toEqual(['alerts', 'contact'])
  })

  it('splices both regions after a probe render proves it, and refuses a region that depends on the page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-splice-'))
    try {
      const files = ['a.html', 'b.html', 'c.html']
      for (const file of files) fs.writeFileSync(path.join(dir, file), twoRegions('Burza', 'tel. 1', file))
      const toSplice = files.map((file) => ({
        sitePath: sitePath(file, file, { alerts: '2', contact: '2' }),
        regions: ['alerts', 'contact'],
      }))
      const render = async (p: SitePath) => Buffer.from(twoRegions('Mróz', 'tel. 2', p.file))
      const written = await splicePages(dir, toSplice, new RenderedRegions(['alerts', 'contact']), render)
      expect(written.sort()).toEqual(files)
      for (const file of files)
        expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(twoRegions('Mróz', 'tel. 2', file))

      // a probe whose render differs outside its regions: its regions are not all that changed
      const outside = async (p: SitePath) => Buffer.from(twoRegions('Mróz', 'tel. 3', `${p.file}!`))
      await expect(
        splicePages(dir, toSplice, new RenderedRegions(['alerts', 'contact']), outside),
      ).rejects.toBeInstanceOf(SpliceRefused)
      // a rendered page showing another contact region than the probe: the region depends on the page
      const rendered = new RenderedRegions(['contact'])
      rendered.check(Buffer.from(twoRegions('Mróz', 'tel. 4')), sitePath('x.html', 'x', { contact: '3' }))
      expect(() =>
        rendered.check(Buffer.from(twoRegions('Mróz', 'tel. 5')), sitePath('y.html', 'y', { contact: '3' })),
      ).toThrow(SpliceRefused)
      // a keyed page whose key names the region but that does not show it
      expect(() =>
        rendered.check(Buffer.from('<body></body>'), sitePath('z.html', 'z', { contact: '3' })),
      ).toThrow(/no region "contact"/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('splices many pages on two threads, never in place, and refuses when one thread finds a page apart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-splice-'))
    try {
      const files = Array.from({ length: 41 }, (_, at) => `strona-${at}/index.html`)
      for (const file of files) {
        fs.mkdirSync(path.join(dir, path.dirname(file)))
        fs.writeFileSync(path.join(dir, file), twoRegions('Burza', 'tel. 1', file))
      }
      fs.linkSync(path.join(dir, files[7]!), path.join(dir, 'live-copy.html'))
      const toSplice = files.map((file) => ({
        sitePath: sitePath(file, file, { alerts: '2', contact: '2' }),
        regions: ['alerts', 'contact'],
      }))
      const render = async (p: SitePath) => Buffer.from(twoRegions('Mróz', 'tel. 2', p.file))
      const written = await splicePages(dir, toSplice, new RenderedRegions(['alerts', 'contact']), render)
      expect(written.sort()).toEqual([...files].sort())
      for (const file of files)
        expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(twoRegions('Mróz', 'tel. 2', file))
      expect(fs.readFileSync(path.join(dir, 'live-copy.html'), 'utf8')).toBe(
        twoRegions('Burza', 'tel. 1', files[7]),
      )

      // one page deep in the list shows another banner than the probe's old one: refused from its thread
      for (const file of files) fs.writeFileSync(path.join(dir, file), twoRegions('Burza', 'tel. 1', file))
      fs.writeFileSync(path.join(dir, files[30]!), twoRegions('Inny', 'tel. 1', files[30]))
      await expect(
        splicePages(dir, toSplice, new RenderedRegions(['alerts', 'contact']), render),
      ).rejects.toThrow(new RegExp(`${files[30]}: its region "alerts" is not the one the other pages showed`))
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
