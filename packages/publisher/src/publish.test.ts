import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { nextChangeOf } from '@ratusz/contract'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { filesBelow } from './check-links'
import { publishSite, PublishError } from './publish'
import { listReleases, liveLink, liveRelease } from './releases'
import { rollback } from './rollback'

const page = (links: string[] = []) =>
  `<!doctype html><html lang="pl"><body>${links.map((href) => `<a href="${href}">x</a>`).join('')}</body></html>`

const rss =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link></channel></rss>'

/** A stand-in for the Astro build: writes the given files into the output folder. */
const writes =
  (files: Record<string, string>) =>
  async (outDir: string): Promise<void> => {
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
      fs.writeFileSync(path.join(outDir, file), content)
    }
  }

const goodSite = (marker: string) =>
  writes({
    'index.html': page(['/aktualnosci/', '/rss.xml', '/media/a.jpg']) + marker,
    'aktualnosci/index.html': page(['/']),
    'rss.xml': rss,
    'media/a.jpg': 'jpeg',
    'wydarzenia/nastepna-zmiana.json': JSON.stringify(
      nextChangeOf(new Date('2999-01-01T10:00:00.000Z'), new Date()),
    ),
  })

/** Every file of the live release with a hash of its bytes. */
const liveFiles = (sitesDir: string) => {
  const root = fs.realpathSync(liveLink(sitesDir))
  return Object.fromEntries(
    filesBelow(root).map((file) => [
      file,
      createHash('sha256')
        .update(fs.readFileSync(path.join(root, file)))
        .digest('hex'),
    ]),
  )
}

const liveIndex = (sitesDir: string) => fs.readFileSync(path.join(liveLink(sitesDir), 'index.html'), 'utf8')

// Each publish starts child processes (copies and removals of trees): slow on a loaded machine.
describe('publishSite', { timeout: 30_000 }, () => {
  let sitesDir: string
  beforeEach(() => {
    sitesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-publisher-'))
  })
  afterEach(() => fs.rmSync(sitesDir, { recursive: true, force: true }))

  it('builds a release, switches live to it and reports pages and the stale moment', async () => {
    const result = await publishSite({ sitesDir, build: goodSite('one') })
    expect(liveRelease(sitesDir)).toBe(result.releaseId)
    expect(liveIndex(sitesDir)).toContain('one')
    expect(result.pages).toBe(2)
    expect(result.staleAt?.toISOString()).toBe('2999-01-01T10:00:00.000Z')
    expect(result.previousReleaseId).toBeUndefined()
  })

  describe('a build into a clone of the live release that reports every file it changed', () => {
    /** Replaces a file of the clone as the warm renderer does: a new file renamed over it, never in place. */
    const replace = (outDir: string, file: string, content: string) => {
      fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
      fs.writeFileSync(path.join(outDir, `${file}.tmp`), content)
      fs.renameSync(path.join(outDir, `${file}.tmp`), path.join(outDir, file))
    }

    it("gets the new release's files from the last one and the changes, without walking them", async () => {
      await publishSite({ sitesDir, build: goodSite('one'), sharesFiles: true })
      const result = await publishSite({
        sitesDir,
        sharesFiles: true,
        build: async (outDir, { prefilled }) => {
          expect(prefilled).toBe(true)
          replace(outDir, 'nowa/index.html', page(['/']))
          replace(outDir, 'index.html', page(['/nowa/', '/rss.xml', '/media/a.jpg']) + 'two')
          // the same bytes, written again: its validators stay
          replace(outDir, 'rss.xml', rss)
          fs.rmSync(path.join(outDir, 'aktualnosci/index.html'))
          // a file the report leaves out is not one of the release's files: the report is trusted
          replace(outDir, 'unreported.html', page())
          return {
            changed: {
              written: ['nowa/index.html', 'index.html', 'rss.xml'],
              deleted: ['aktualnosci/index.html'],
            },
          }
        },
      })
      expect(liveIndex(sitesDir)).toContain('two')
      expect(result.pages).toBe(2)
      const root = path.join(sitesDir, 'releases')
      const rssTime = (release: string) => fs.statSync(path.join(root, release, 'rss.xml')).mtimeMs
      expect(rssTime(result.releaseId)).toBe(rssTime(result.previousReleaseId!))
    })

    it('finds a link to a file it deleted broken, and leaves live as it was', async () => {
      const first = await publishSite({ sitesDir, build: goodSite('one'), sharesFiles: true })
      const publish = publishSite({
        sitesDir,
        sharesFiles: true,
        build: async (outDir) => {
          fs.rmSync(path.join(outDir, 'media/a.jpg'))
          return { changed: { written: [], deleted: ['media/a.jpg'] } }
        },
      })
      await expect(publish).rejects.toMatchObject({
        step: 'links',
        message: expect.stringContaining('/media/a.jpg'),
      })
      expect(liveRelease(sitesDir)).toBe(first.releaseId)
    })

    it('checks the feeds it wrote', async () => {
      await publishSite({ sitesDir, build: goodSite('one'), sharesFiles: true })
      const publish = publishSite({
        sitesDir,
        sharesFiles: true,
        build: async (outDir) => {
          replace(outDir, 'rss.xml', '<rss version="2.0"><channel>')
          return { changed: { written: ['rss.xml'], deleted: [] } }
        },
      })
      await expect(publish).rejects.toMatchObject({ step: 'feeds' })
    })
  })

  it('publishes a build that left records out, and reports each of them', async () => {
    const skipped = {
      collection: 'events',
      id: '7',
      field: 'startsAt',
      problem: 'Invalid ISO datetime',
      keptPrevious: false,
    }
    const result = await publishSite({
      sitesDir,
      build: async (outDir) => {
        await goodSite('partial')(outDir)
        return { skipped: [skipped] }
      },
    })
    expect(liveIndex(sitesDir)).toContain('partial')
    expect(result.skipped).toEqual([skipped])
  })

  it.each([
    ['the build fails', async () => Promise.reject(new Error('CMS unreachable')), 'build'],
    ['a link is broken', writes({ 'index.html': page(['/nie-ma/']) }), 'links'],
    ['a feed does not parse', writes({ 'index.html': page(), 'rss.xml': '<rss><channel>' }), 'feeds'],
  ])('leaves the live site exactly as it was when %s', async (_, build, step) => {
    await publishSite({ sitesDir, build: goodSite('good') })
    const before = liveRelease(sitesDir)
    const failure = await publishSite({ sitesDir, build }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(PublishError)
    expect((failure as PublishError).step).toBe(step)
    expect(liveRelease(sitesDir)).toBe(before)
    expect(liveIndex(sitesDir)).toContain('good')
    expect(listReleases(sitesDir)).toEqual([before])
  })

  it('leaves live, its files and the releases as they were when a build dies half-way', async () => {
    await publishSite({ sitesDir, build: goodSite('good') })
    const before = { release: liveRelease(sitesDir), files: liveFiles(sitesDir) }
    const dies = async (outDir: string) => {
      await writes({ 'index.html': page() + 'half', 'aktualnosci/index.html': page(['/']) })(outDir)
      throw new Error('astro build stopped (SIGKILL)')
    }
    await expect(publishSite({ sitesDir, build: dies })).rejects.toThrow('astro build stopped (SIGKILL)')
    expect(liveRelease(sitesDir)).toBe(before.release)
    expect(liveFiles(sitesDir)).toEqual(before.files)
    expect(listReleases(sitesDir)).toEqual([before.release])
    expect(fs.readdirSync(path.join(sitesDir, 'releases')).filter((name) => name.startsWith('.'))).toEqual([])
    // The next publish starts from an empty folder, not from what the dead build left.
    let prefilled: boolean | undefined
    await publishSite({
      sitesDir,
      build: async (outDir, context) => {
        prefilled = context.prefilled
        expect(fs.existsSync(outDir) ? fs.readdirSync(outDir) : []).toEqual([])
        await goodSite('next')(outDir)
      },
    })
    expect(prefilled).toBe(false)
    expect(liveIndex(sitesDir)).toContain('next')
  })

  it('leaves live, its files and the releases as they were when the switch itself fails', async () => {
    await publishSite({ sitesDir, build: goodSite('good') })
    const before = { release: liveRelease(sitesDir), files: liveFiles(sitesDir) }
    const rename = fs.renameSync
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (to === liveLink(sitesDir)) throw new Error('EIO: i/o error, rename')
      rename(from, to)
    })
    try {
      const failure = await publishSite({ sitesDir, build: goodSite('new') }).catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(PublishError)
      expect((failure as PublishError).step).toBe('switch')
    } finally {
      spy.mockRestore()
    }
    expect(liveRelease(sitesDir)).toBe(before.release)
    expect(liveFiles(sitesDir)).toEqual(before.files)
    expect(listReleases(sitesDir)).toEqual([before.release])
  })

  it('cleans up what a killed build left behind at the next publish', async () => {
    fs.mkdirSync(path.join(sitesDir, 'releases/.staging-killed'), { recursive: true })
    await publishSite({ sitesDir, build: goodSite('after') })
    expect(fs.readdirSync(path.join(sitesDir, 'releases')).some((name) => name.startsWith('.staging'))).toBe(
      false,
    )
  })

  it('never runs two builds at once', async () => {
    let running = 0
    let most = 0
    const slow = (marker: string) => async (outDir: string) => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 50))
      await goodSite(marker)(outDir)
      running--
    }
    await Promise.all([1, 2, 3].map((n) => publishSite({ sitesDir, build: slow(`n${n}`) })))
    expect(most).toBe(1)
    expect(listReleases(sitesDir)).toHaveLength(3)
  })

  it('keeps the last releases only, and rolls back to the previous one', async () => {
    const ids: string[] = []
    for (const n of [1, 2, 3, 4])
      ids.push((await publishSite({ sitesDir, build: goodSite(`r${n}`), keep: 3 })).releaseId)
    expect(listReleases(sitesDir)).toEqual(ids.slice(1))
    expect(await rollback(sitesDir)).toBe(ids[2])
    expect(liveIndex(sitesDir)).toContain('r3')
    expect(await rollback(sitesDir)).toBe(ids[1])
    await expect(rollback(sitesDir)).rejects.toThrow(/no release older/)
  })
})
