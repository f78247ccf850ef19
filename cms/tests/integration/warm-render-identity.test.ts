import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Server } from 'node:http'
import type { Payload } from 'payload'
import { astroBuild } from '@ratusz/publisher'
import {
  differences,
  differencesThroughHistory,
  filesOf,
  WarmRenderer,
  type WarmRendered,
} from '@ratusz/publisher/warm'
import { siteBuildEnv } from '@ratusz/site-build'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApiServer } from '../../src/dev/api-server'
import { seedDemo } from '../../src/seed/seed'
import { demoSettings } from '../../src/seed/content/settings'
import { issuePdf } from '../../src/seed/files/issue-pdfs'
import { createWeatherAlert } from '../support/alerts'
import { createArticle, unique } from '../support/articles'
import { integrationApiPort } from '../support/api-port'
import { repoDir } from '../../src/paths'
import { testPayload } from '../support/payload'

const siteDir = path.join(repoDir, 'site')
const cmsUrl = `http://127.0.0.1:${integrationApiPort}`
const siteUrl = 'http://127.0.0.1:4399'

/** The inode of each search index part's bundle in a renderer's cacheDir: a part indexed again gets a new one. */
const searchParts = (cacheDir: string): Map<string, number> => {
  const folder = path.join(cacheDir, 'search-index')
  return new Map(
    fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [entry.name, fs.statSync(path.join(folder, entry.name)).ino]),
  )
}

/**
 * The files a render changed in its folder (against a copy of it from before) that its reply does not name: the
 * publisher trusts the reply to name every one (it takes the release's files and validators from it).
 */
const unreported = (before: string, after: string, reply: WarmRendered): string[] => {
  const named = new Set([
    ...reply.written,
    ...reply.deleted,
    ...reply.outputs.written,
    ...reply.outputs.deleted,
  ])
  return differences(before, after).filter((file) => !named.has(file))
}

describe('the warm renderer: changes rendered warm give the very files of a cold build', () => {
  let payload: Payload
  let api: Server | undefined
  let renderer: WarmRenderer | undefined
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-warm-'))
  // One "now" for every build of the test, so that the alerts' states agree.
  const env = { ...siteBuildEnv({ cmsUrl, siteUrl }), RATUSZ_BUILD_NOW: new Date().toISOString() }
  /** The demo's site settings with the office's phone (and its hours) changed. */
  const saveContacts = (phone: string, officeHours = demoSettings.officeHours) =>
    payload.updateGlobal({
      slug: 'site-settings',
      data: { ...demoSettings, contacts: { ...demoSettings.contacts, phone }, officeHours } as never,
    })

  beforeAll(async () => {
    payload = await testPayload()
    await seedDemo(payload, { adminEmail: 'admin-warm@example.pl', adminPassword: 'warm-password-12' })
    api = await startApiServer(payload, integrationApiPort)
  }, 900_000)
  afterAll(async () => {
    renderer?.stop()
    await new Promise((resolve) => (api ? api.close(resolve) : resolve(undefined)))
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('after an article edit, add, delete, unpublish, an alert, a settings change, a category rename, a cover replaced, a BIP version, a periodical issue, an alert added and one expired by the clock', async () => {
    const first = path.join(work, 'warm-0')
    ;({ renderer } = await WarmRenderer.start({
      repoDir,
      siteDir,
      outDir: first,
      cacheDir: path.join(work, 'warm-cache'),
      env,
    }))
    const pagesBefore = filesOf(first).filter((file) => file.endsWith('.html')).length

    const { docs: articles } = (await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: '-publishedAt',
      limit: 3,
    })) as unknown as { docs: { id: number; title: string }[] }
    const [edited, deleted, unpublished] = articles
    await payload.update({
      collection: 'articles',
      id: edited!.id,
      data: { title: `${edited!.title} (poprawione)` } as never,
    })
    await payload.delete({ collection: 'articles', id: deleted!.id })
    await payload.update({ collection: 'articles', id: unpublished!.id, data: { _status: 'draft' } as never })
    const added = await createArticle(payload, { title: unique('Nowy chodnik'), status: 'published' })
    // it expires 30 minutes after the build's "now": the clock ends it in the last step
    const storm = await createWeatherAlert(payload, {
      title: unique('Burza'),
      severity: 'ostrzezenie',
      shortText: 'Silny wiatr. Zostań w domu.',
      validFrom: new Date(Date.parse(env.RATUSZ_BUILD_NOW) - 60_000),
      validUntil: new Date(Date.parse(env.RATUSZ_BUILD_NOW) + 1_800_000),
    })
    await saveContacts('+48 41 999 00 11')
    // a category renamed, an article's cover replaced, a BIP document's new version (a register entry), and a
    // periodical's new issue with its PDF (read by the PDF job: text, pages, cover)
    const [category] = (await payload.find({ collection: 'categories', sort: 'id', limit: 1 }))
      .docs as unknown as {
      id: number
      name: string
    }[]
    await payload.update({
      collection: 'categories',
      id: category!.id,
      data: { name: `${category!.name} i okolice` } as never,
    })
    const [covered] = (
      await payload.find({
        collection: 'articles',
        where: { _status: { equals: 'published' }, cover: { exists: true } },
        sort: '-publishedAt',
        limit: 1,
        depth: 0,
      })
    ).docs as unknown as { id: number; cover: number }[]
    const [otherImage] = (
      await payload.find({ collection: 'media', where: { id: { not_equals: covered!.cover } }, limit: 1 })
    ).docs
    await payload.update({
      collection: 'articles',
      id: covered!.id,
      data: { cover: otherImage!.id } as never,
    })
    const [bipDocument] = (
      await payload.find({
        collection: 'bip-documents',
        where: { _status: { equals: 'published' } },
        sort: '-id',
        limit: 1,
      })
    ).docs as unknown as { id: number; title: string }[]
    await payload.update({
      collection: 'bip-documents',
      id: bipDocument!.id,
      data: { title: `${bipDocument!.title} (nowa wersja)`, changeNote: 'Poprawiono tytuł.' } as never,
    })
    const [periodical] = (await payload.find({ collection: 'periodicals', sort: 'id', limit: 1 })).docs
    const pdf = await issuePdf({
      masthead: 'Informator',
      number: '99/2026',
      dateLine: 'grudzień 2026',
      title: 'Informator nr 99/2026',
      articles: [{ title: 'Zimowe utrzymanie dróg', paragraphs: ['Pługi wyjadą o czwartej rano.'] }],
    })
    await payload.create({
      collection: 'newsletter-issues',
      data: {
        periodical: periodical!.id,
        number: '99/2026',
        publishedOn: new Date(Date.parse(env.RATUSZ_BUILD_NOW) - 3_600_000).toISOString(),
        kind: 'regular',
        contents: [{ title: 'Zimowe utrzymanie dróg', page: 3 }],
        _status: 'published',
      } as never,
      file: { data: pdf, mimetype: 'application/pdf', name: 'informator-99-2026.pdf', size: pdf.length },
    })
    await payload.jobs.run({ queue: 'pdf', limit: 10 })

    const warm = path.join(work, 'warm-1')
    fs.cpSync(first, warm, { recursive: true, preserveTimestamps: true })
    const reply = await renderer!.render(warm)
    expect(reply).toMatchObject({ type: 'rendered' })
    if (reply.type !== 'rendered') return
    console.log(
      `warm render: ${reply.rendered} of ${reply.paths} paths rendered, ${reply.written.length} files written, ` +
        `${reply.deleted.length} deleted; steps ${JSON.stringify(reply.stepsMs)}; ${pagesBefore} pages before`,
    )
    expect(fs.readFileSync(path.join(warm, `aktualnosci/${added.slug}/index.html`), 'utf8')).toContain(
      added.title,
    )
    expect(unreported(first, warm, reply)).toEqual([])

    const cold = path.join(work, 'cold')
    await astroBuild({ siteDir, cmsUrl, siteUrl, outDir: cold, cacheDir: path.join(work, 'cold-cache'), env })
    expect(differences(warm, cold)).toEqual([])

    // A second change, one article's text: only the paths whose key changed (and those without a key) are
    // rendered, and the result is again a cold build's.
    const { docs: latest } = (await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      sort: 'publishedAt',
      limit: 1,
    })) as unknown as { docs: { id: number; title: string; slug: string }[] }
    const oldest = latest[0]!
    await payload.update({
      collection: 'articles',
      id: oldest.id,
      data: { title: `${oldest.title} (druga poprawka)` } as never,
    })
    const again = path.join(work, 'warm-2')
    fs.cpSync(warm, again, { recursive: true, preserveTimestamps: true })
    const partsBeforeEdit = searchParts(path.join(work, 'warm-cache'))
    const second = await renderer!.render(again)
    expect(second).toMatchObject({ type: 'rendered' })
    if (second.type !== 'rendered') return
    console.log(
      `second warm render: ${second.rendered} of ${second.paths} paths rendered, ${second.written.length} files ` +
        `written, routes ${JSON.stringify(second.routes)}; steps ${JSON.stringify(second.stepsMs)}`,
    )
    // The routes that read no article (the BIP's documents, versions and register, the alerts...) keep their
    // paths and keys from the last render: only the others list theirs again.
    expect(second.routes.kept).toBeGreaterThan(second.routes.walked / 2)
    expect(second.written).toContain(`aktualnosci/${oldest.slug}/index.html`)
    expect(unreported(warm, again, second)).toEqual([])
    // Only the search part of the article's own page is indexed again: the lists that show the article changed
    // too, but they are not searchable.
    const partsAfterEdit = searchParts(path.join(work, 'warm-cache'))
    expect(
      [...partsAfterEdit]
        .filter(([part, inode]) => partsBeforeEdit.get(part) !== inode)
        .map(([part]) => part),
    ).toEqual([expect.stringMatching(/^aktualnosci-\d+$/)])
    expect(second.rendered).toBeLessThan(second.paths / 4)
    const coldAgain = path.join(work, 'cold-2')
    await astroBuild({
      siteDir,
      cmsUrl,
      siteUrl,
      outDir: coldAgain,
      cacheDir: path.join(work, 'cold-cache-2'),
      env,
    })
    expect(differences(again, coldAgain)).toEqual([])

    // An alert added, and the storm's ended by the clock (an hour later): the banner changes on every page; and
    // the office's phone and hours changed: the footer's contact region changes on every page. A page whose own
    // content is the same gets both regions spliced into its file instead of being rendered; the result is again
    // a cold build's at that time, and the search index parts of pages whose own content is the same (news, BIP,
    // periodicals) are not indexed again.
    const later = new Date(Date.parse(env.RATUSZ_BUILD_NOW) + 3_600_000).toISOString()
    const frost = await createWeatherAlert(payload, {
      title: unique('Mróz'),
      severity: 'informacja',
      shortText: 'Oblodzone drogi.',
      validFrom: new Date(Date.parse(env.RATUSZ_BUILD_NOW) - 60_000),
      validUntil: new Date(Date.parse(env.RATUSZ_BUILD_NOW) + 86_400_000),
    })
    await saveContacts('+48 41 777 22 33', [{ days: 'poniedziałek–piątek', hours: '7:00–16:00' }])
    const partsBefore = searchParts(path.join(work, 'warm-cache'))
    const third = path.join(work, 'warm-3')
    fs.cpSync(again, third, { recursive: true, preserveTimestamps: true })
    const spliced = await renderer!.render(third, { RATUSZ_BUILD_NOW: later })
    expect(spliced).toMatchObject({ type: 'rendered' })
    if (spliced.type !== 'rendered') return
    console.log(
      `banner warm render: ${spliced.rendered} of ${spliced.paths} paths rendered, ${spliced.spliced} spliced, ` +
        `${spliced.written.length} files written; steps ${JSON.stringify(spliced.stepsMs)}`,
    )
    expect(spliced.spliced).toBeGreaterThan(0)
    expect(unreported(again, third, spliced)).toEqual([])
    expect(spliced.rendered).toBeLessThan(spliced.paths / 4)
    const articlePage = fs.readFileSync(path.join(third, `aktualnosci/${oldest.slug}/index.html`), 'utf8')
    expect(articlePage).toContain(frost.title)
    expect(articlePage).not.toContain(storm.title)
    expect(articlePage).toContain('+48 41 777 22 33')
    expect(articlePage).toContain('7:00–16:00')
    const partsAfter = searchParts(path.join(work, 'warm-cache'))
    const ownUnchanged = [...partsBefore.keys()].filter((part) => /^(aktualnosci|bip|informator)-/.test(part))
    expect(ownUnchanged.length).toBeGreaterThan(0)
    expect(ownUnchanged.filter((part) => partsAfter.get(part) !== partsBefore.get(part))).toEqual([])
    const coldLater = path.join(work, 'cold-3')
    await astroBuild({
      siteDir,
      cmsUrl,
      siteUrl,
      outDir: coldLater,
      cacheDir: path.join(work, 'cold-cache-3'),
      env: { ...env, RATUSZ_BUILD_NOW: later },
    })
    expect(
      differencesThroughHistory(third, coldLater, [new Date(env.RATUSZ_BUILD_NOW).toISOString()]),
    ).toEqual([])
  }, 900_000)
})
