import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { composeKey, regionClose, regionOpen } from '@ratusz/site-build'
import { describe, expect, it } from 'vitest'
import { regionsOnlyChange, spliceFile, SpliceRefused, type RegionBytes } from './splice-regions'

const page = (banner: string, body = 'Treść') =>
  `<body>${regionOpen('alerts')}${banner}${regionClose('alerts')}<main>${body}</main></body>`

describe('the banner splice', () => {
  it('splices a page whose key changed only in a region', () => {
    const before = composeKey('own', { alerts: 'a1' })
    expect(regionsOnlyChange(before, composeKey('own', { alerts: 'a2' }))).toEqual(['alerts'])
    expect(regionsOnlyChange(before, composeKey('other', { alerts: 'a2' }))).toBeUndefined()
    expect(regionsOnlyChange(before, 'own')).toBeUndefined()
    expect(regionsOnlyChange(before, before)).toBeUndefined()
    expect(regionsOnlyChange(undefined, before)).toBeUndefined()
  })

  it('writes the new region as a new file, and refuses a page whose region was not the site-wide one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-splice-'))
    try {
      fs.writeFileSync(path.join(dir, 'a.html'), page('<p>Stary</p>'))
      fs.linkSync(path.join(dir, 'a.html'), path.join(dir, 'shared.html'))
      fs.writeFileSync(path.join(dir, 'b.html'), page('<p>Inny</p>'))
      const regions: RegionBytes = new Map([
        ['alerts', { old: Buffer.from('<p>Stary</p>'), next: Buffer.from('<p>Nowy</p>') }],
      ])
      expect(await spliceFile(dir, 'a.html', regions)).toBe(true)
      expect(fs.readFileSync(path.join(dir, 'a.html'), 'utf8')).toBe(page('<p>Nowy</p>'))
      // never in place: a hard link to the old file keeps the old bytes
      expect(fs.readFileSync(path.join(dir, 'shared.html'), 'utf8')).toBe(page('<p>Stary</p>'))
      await expect(spliceFile(dir, 'b.html', regions)).rejects.toBeInstanceOf(SpliceRefused)
      fs.writeFileSync(path.join(dir, 'c.html'), '<body>bez pasków</body>')
      await expect(spliceFile(dir, 'c.html', regions)).rejects.toBeInstanceOf(SpliceRefused)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
