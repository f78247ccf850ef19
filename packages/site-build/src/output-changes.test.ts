import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { noteDeleted, noteWritten, removeFromOutput, stopWatchingOutput, watchOutput } from './output-changes'

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-output-changes-'))
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }))

const write = (file: string) => {
  fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
  fs.writeFileSync(path.join(outDir, file), file)
}

describe('the files integrations change in a watched output', () => {
  it('are noted below the output, a folder removed as each of its files', () => {
    for (const file of ['pagefind/czesci/bip-3/a.pf_index', 'pagefind/czesci/bip-3/f/b.pf_fragment', 'x.xml'])
      write(file)
    watchOutput(`${outDir}${path.sep}`)
    removeFromOutput(outDir, path.join(outDir, 'pagefind/czesci/bip-3'))
    noteWritten(outDir, path.join(outDir, 'pagefind/czesci.json'))
    noteWritten(outDir, 'sitemap-0.xml')
    noteDeleted(outDir, 'sitemap-0.xml')
    noteWritten(outDir, 'x.xml')
    const changes = stopWatchingOutput(outDir)
    expect([...changes!.written].sort()).toEqual(['pagefind/czesci.json', 'x.xml'])
    expect([...changes!.deleted].sort()).toEqual([
      'pagefind/czesci/bip-3/a.pf_index',
      'pagefind/czesci/bip-3/f/b.pf_fragment',
      'sitemap-0.xml',
    ])
    expect(fs.existsSync(path.join(outDir, 'pagefind/czesci/bip-3'))).toBe(false)
  })

  it('are not noted, but still removed, when nobody watches the output (a cold build)', () => {
    write('old.xml')
    noteWritten(outDir, 'new.xml')
    removeFromOutput(outDir, path.join(outDir, 'old.xml'))
    expect(fs.existsSync(path.join(outDir, 'old.xml'))).toBe(false)
    expect(stopWatchingOutput(outDir)).toBeUndefined()
  })
})
