import path from 'node:path'
import { SECTIONS } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { routeFiles } from '../../../integrations/section-routes'
import { reachableQuickLinks, SECTION_ROOTS, sectionOfPath } from './quick-links'

const links = [
  { label: 'E-BOI', url: 'https://eboi.lipowawola.example.pl/' },
  { label: 'Harmonogram odpadów', url: '/aktualnosci/harmonogram-odbioru-odpadow-na-rok-2026/' },
  { label: 'BIP', url: '/bip/' },
  { label: 'Kontakt', url: '/kontakt/' },
]

describe('quick links', () => {
  it("knows each section's pages by the folder they are built from", () => {
    for (const section of SECTIONS) {
      const roots = new Set(
        routeFiles(path.join(import.meta.dirname, '../../section-pages', section)).map(
          (file) => file.split('/')[0],
        ),
      )
      expect([...roots].sort(), section).toEqual([...SECTION_ROOTS[section]].sort())
    }
  })

  it('keeps every link while all sections are on', () => {
    expect(reachableQuickLinks(links, () => true)).toEqual(links)
  })

  it('drops the links into a section that is switched off, never other sites or common pages', () => {
    const withoutBip = reachableQuickLinks(links, (section) => section !== 'bip')
    expect(withoutBip.map((link) => link.label)).toEqual(['E-BOI', 'Harmonogram odpadów', 'Kontakt'])
    expect(reachableQuickLinks(links, () => false).map((link) => link.label)).toEqual(['E-BOI', 'Kontakt'])
  })

  it('reads the section of a path', () => {
    expect(sectionOfPath('/bip/kategoria/rada-gminy/')).toBe('bip')
    expect(sectionOfPath('/komunikaty?x')).toBe('alerts')
    expect(sectionOfPath('/zgloszenia/')).toBe('reports')
    expect(sectionOfPath('/bipx/')).toBeUndefined()
    expect(sectionOfPath('/')).toBeUndefined()
  })
})
