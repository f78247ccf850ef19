import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BuildContext } from './publish'
import { publishSite, PublishError } from './publish'
import { liveLink } from './releases'
import { rollback } from './rollback'

/** A stand-in for an incremental build: records whether it got a prefilled folder, then writes one page. */
const recording =
  (seen: BuildContext[], marker: string, fail = false) =>
  async (outDir: string, context: BuildContext) => {
    seen.push({ ...context, prefilled: context.prefilled && fs.existsSync(path.join(outDir, 'index.html')) })
    if (fail) throw new Error('the build broke')
    fs.mkdirSync(outDir, { recursive: true })
    fs.writeFileSync(path.join(outDir, 'index.html'), `<!doctype html><html><body>${marker}</body></html>`)
  }

describe('the next build starts from a copy of the live release', () => {
  let sitesDir: string
  beforeEach(() => {
    sitesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-next-build-'))
  })
  afterEach(() => fs.rmSync(sitesDir, { recursive: true, force: true }))

  it('after a publish, the next build gets its copy; a change in it never touches the live release', async () => {
    const seen: BuildContext[] = []
    await publishSite({ sitesDir, build: recording(seen, 'one') })
    await publishSite({
      sitesDir,
      build: async (outDir, context) => {
        // the copy, written in place, as Astro does with the pages that changed
        expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('one')
        expect(fs.readFileSync(path.join(liveLink(sitesDir), 'index.html'), 'utf8')).toContain('one')
        await recording(seen, 'two')(outDir, context)
        expect(fs.readFileSync(path.join(liveLink(sitesDir), 'index.html'), 'utf8')).toContain('one')
      },
    })
    expect(seen.map((context) => context.prefilled)).toEqual([false, true])
    expect(fs.readFileSync(path.join(liveLink(sitesDir), 'index.html'), 'utf8')).toContain('two')
    expect(seen[0]!.cacheDir).toBe(path.join(sitesDir, 'cache'))
  })

  // Five publishes and a rollback: about 4 s alone, more on a busy machine.
  it(
    'after a failed build, or a rollback, the next build starts from an empty folder',
    { timeout: 30_000 },
    async () => {
      const seen: BuildContext[] = []
      await publishSite({ sitesDir, build: recording(seen, 'one') })
      await expect(publishSite({ sitesDir, build: recording(seen, 'x', true) })).rejects.toBeInstanceOf(
        PublishError,
      )
      await publishSite({ sitesDir, build: recording(seen, 'two') })
      await publishSite({ sitesDir, build: recording(seen, 'three') })
      await rollback(sitesDir)
      await publishSite({ sitesDir, build: recording(seen, 'four') })
      expect(seen.map((context) => context.prefilled)).toEqual([false, true, false, true, false])
    },
  )

  it('a build that never writes in place gets a hardlink clone: unchanged files are shared, the old release stays', async () => {
    const seen: BuildContext[] = []
    const replace = (dir: string, file: string, text: string) => {
      fs.writeFileSync(path.join(dir, `${file}.tmp`), text)
      fs.renameSync(path.join(dir, `${file}.tmp`), path.join(dir, file))
    }
    const first = await publishSite({
      sitesDir,
      sharesFiles: true,
      build: async (outDir, context) => {
        seen.push(context)
        fs.mkdirSync(path.join(outDir, 'bip'), { recursive: true })
        replace(outDir, 'index.html', 'one')
        replace(outDir, 'bip/index.html', 'bip')
      },
    })
    const second = await publishSite({
      sitesDir,
      sharesFiles: true,
      build: async (outDir, context) => {
        seen.push(context)
        replace(outDir, 'index.html', 'two')
      },
    })
    const release = (id: string, file: string) => path.join(sitesDir, 'releases', id, file)
    expect(seen.map((context) => context.prefilled)).toEqual([false, true])
    expect(fs.statSync(release(second.releaseId, 'bip/index.html')).ino).toBe(
      fs.statSync(release(first.releaseId, 'bip/index.html')).ino,
    )
    expect(fs.readFileSync(release(first.releaseId, 'index.html'), 'utf8')).toBe('one')
    expect(fs.readFileSync(release(second.releaseId, 'index.html'), 'utf8')).toBe('two')
    // a build that writes in place (Astro's) never takes the clone: it starts from an empty folder
    await publishSite({ sitesDir, build: recording(seen, 'three') })
    expect(seen.at(-1)!.prefilled).toBe(false)
  })
})
