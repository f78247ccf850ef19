import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SECTIONS } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { patternOf, routeFiles, sectionRoutes } from './section-routes'

const sectionPages = fileURLToPath(new URL('../src/section-pages/', import.meta.url))

describe('section routes', () => {
  it('give each file the pattern Astro gives it under src/pages', () => {
    expect(patternOf('aktualnosci/index.astro')).toBe('/aktualnosci')
    expect(patternOf('aktualnosci/[slug].astro')).toBe('/aktualnosci/[slug]')
    expect(patternOf('aktualnosci/strona/[page].astro')).toBe('/aktualnosci/strona/[page]')
    expect(patternOf('wydarzenia/[slug].ics.ts')).toBe('/wydarzenia/[slug].ics')
    expect(patternOf('bip/kategoria/[...path].astro')).toBe('/bip/kategoria/[...path]')
    expect(patternOf('komunikaty/rss.xml.ts')).toBe('/komunikaty/rss.xml')
  })

  it('exist for every section and for no other folder, each under the section’s own address', () => {
    expect(routeFiles(sectionPages).map((file) => file.split('/')[0])).toSatisfy((folders: string[]) =>
      folders.every((folder) => (SECTIONS as readonly string[]).includes(folder)),
    )
    const roots = Object.fromEntries(
      SECTIONS.map((section) => [
        section,
        [
          ...new Set(
            sectionRoutes(path.join(sectionPages, section)).map((route) => route.pattern.split('/')[1]),
          ),
        ],
      ]),
    )
    expect(roots).toEqual({
      news: ['aktualnosci'],
      events: ['wydarzenia'],
      periodicals: ['informator'],
      bip: ['bip'],
      alerts: ['komunikaty'],
      notifications: ['powiadomienia'],
      reports: ['zglos', 'zgloszenia'],
    })
    const routes = sectionRoutes(path.join(sectionPages, 'news'))
    expect(routes).toContainEqual({
      pattern: '/aktualnosci/[slug]',
      entrypoint: path.join(sectionPages, 'news', 'aktualnosci/[slug].astro'),
    })
  })
})
