import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { INSTALLED_SECTIONS_PATH, SECTIONS, type InstalledSections } from '@ratusz/contract'
import { astroBuild, checkFeeds, checkInternalLinks } from '@ratusz/publisher'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { routeFiles } from '../../../site/integrations/section-routes'
import { startCommand, stopCommand } from '../../../scripts/lib/run-command'
import { waitForUrl } from '../../../scripts/lib/wait-for-url'
import { repoDir } from '../../src/paths'
import { seedDemo } from '../../src/seed/seed'
import { integrationApiPort } from '../support/api-port'
import { rest } from '../support/rest'
import { testPayload } from '../support/payload'

const siteDir = path.join(repoDir, 'site')
const tsx = path.join(repoDir, 'node_modules/.bin/tsx')
/** The CMS with a section switched off runs beside the tests' own, on the next port. */
const port = integrationApiPort + 1
const cmsUrl = `http://127.0.0.1:${port}`

/** The first URL segments of a section's pages (`aktualnosci` for news), from its routes folder. */
const rootsOf = (section: string): string[] => [
  ...new Set(routeFiles(path.join(siteDir, 'src/section-pages', section)).map((file) => file.split('/')[0]!)),
]

/** The CMS's REST API in a process of its own, on the shared database, with only `sections` switched on. */
const startCms = async (sections: readonly string[]): Promise<ChildProcess> => {
  const child = startCommand(tsx, ['src/dev/run-api-server.ts'], {
    cwd: path.join(repoDir, 'cms'),
    env: {
      RATUSZ_SECTIONS: sections.join(','),
      RATUSZ_API_PORT: String(port),
      // the files it lists are fetched from where it says it is
      RATUSZ_CMS_URL: cmsUrl,
    },
    quiet: true,
  })
  await waitForUrl(`${cmsUrl}${INSTALLED_SECTIONS_PATH}`)
  return child
}

const htmlFiles = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'))

describe('sections as modules: a section switched off is gone from the CMS and the site, and the rest builds', () => {
  let payload: Payload
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-sections-'))

  beforeAll(async () => {
    payload = await testPayload()
    await seedDemo(payload, { adminEmail: 'admin-sections@example.pl', adminPassword: 'sections-password-1' })
  }, 900_000)
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

  it('says, to anyone, which sections, collections and globals the CMS has', async () => {
    const response = await rest(payload, 'GET', INSTALLED_SECTIONS_PATH.replace(/^\/api/, ''))
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      sections: ['news', 'events', 'periodicals', 'bip', 'alerts', 'notifications', 'reports'],
      collections: expect.arrayContaining(['articles', 'events', 'alerts', 'periodicals', 'bip-documents']),
      globals: ['site-settings', 'accessibility-statement', 'bip-settings', 'annual-report-template'],
      // The test CMS writes SMS to its outbox and has Web Push keys: the form may offer both.
      notificationChannels: ['email', 'sms', 'push'],
    })
    expect(response.body.collections.filter((slug: string) => slug.startsWith('payload-'))).toEqual([])
  })

  for (const off of SECTIONS) {
    it(`builds the site without ${off}: no page, link, feed, search part or sitemap entry of it`, async () => {
      // Reports send residents their messages through the notifications' queue: they go with it.
      const on = SECTIONS.filter(
        (section) => section !== off && !(off === 'notifications' && section === 'reports'),
      )
      const cms = await startCms(on)
      try {
        // the CMS: the section's collections are gone from its API (and so from the admin)
        const installed = (await (
          await fetch(`${cmsUrl}${INSTALLED_SECTIONS_PATH}`)
        ).json()) as InstalledSections
        expect(installed.sections).toEqual(on)
        const all = payload.config.collections.map((collection) => collection.slug)
        const gone = all.filter(
          (slug) => !slug.startsWith('payload-') && !installed.collections.includes(slug),
        )
        expect(gone.length).toBeGreaterThan(0)
        for (const slug of gone) expect((await fetch(`${cmsUrl}/api/${slug}`)).status, slug).toBe(404)

        // the site: built from that CMS, into a fresh folder
        const outDir = path.join(work, off, 'out')
        const report = await astroBuild({
          siteDir,
          cmsUrl,
          siteUrl: 'http://127.0.0.1:4398',
          outDir,
          cacheDir: path.join(work, off, 'cache'),
        })
        expect(report.skipped).toEqual([])
        expect(checkInternalLinks(outDir)).toEqual([])
        expect(checkFeeds(outDir)).toEqual([])
        expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true)
        for (const root of rootsOf(off)) {
          expect(fs.existsSync(path.join(outDir, root)), `/${root}/ is built`).toBe(false)
          const linking = htmlFiles(outDir).filter((file) =>
            fs.readFileSync(path.join(outDir, file), 'utf8').match(new RegExp(`href="[^"]*/${root}/`)),
          )
          expect(linking, `pages linking to /${root}/`).toEqual([])
          const sitemap = fs
            .readdirSync(outDir)
            .filter((name) => /^sitemap-.+\.xml$/.test(name))
            .map((name) => fs.readFileSync(path.join(outDir, name), 'utf8'))
          expect(sitemap.length).toBeGreaterThan(0)
          expect(sitemap.join('')).not.toContain(`/${root}/`)
          const parts = path.join(outDir, 'pagefind', 'czesci')
          const sectionParts = fs.existsSync(parts)
            ? fs.readdirSync(parts).filter((part) => part.startsWith(`${root}-`))
            : []
          expect(sectionParts).toEqual([])
        }
        for (const section of on) {
          for (const root of rootsOf(section)) {
            expect(fs.existsSync(path.join(outDir, root, 'index.html')), `/${root}/ is built`).toBe(true)
          }
        }
      } finally {
        await stopCommand(cms)
      }
    }, 600_000)
  }
})
