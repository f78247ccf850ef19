import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { keepValidators } from './keep-validators'

const dirs: string[] = []
const folder = (files: Record<string, string>, time: Date): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-validators-'))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
    fs.utimesSync(path.join(dir, name), time, time)
  }
  return dir
}
const mtime = (dir: string, file: string) => fs.statSync(path.join(dir, file)).mtime.toISOString()

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('keeping validators across releases', () => {
  const yesterday = new Date('2026-11-29T08:00:00Z')
  const today = new Date('2026-11-30T08:00:00Z')

  it("gives a rewritten but unchanged page its old time, and leaves changed, resized and new pages' times", async () => {
    const previous = folder(
      { 'index.html': 'strona', 'a/index.html': 'stara treść', 'b/index.html': 'krótka' },
      yesterday,
    )
    const built = folder(
      {
        'index.html': 'strona',
        'a/index.html': 'nowa treść!',
        'b/index.html': 'dłuższa treść',
        'c.html': 'nowa',
      },
      today,
    )
    const files = ['index.html', 'a/index.html', 'b/index.html', 'c.html']
    expect(await keepValidators(built, files, previous)).toBe(1)
    expect(mtime(built, 'index.html')).toBe(yesterday.toISOString())
    for (const file of files.slice(1)) expect(mtime(built, file), file).toBe(today.toISOString())
  })

  it('leaves the files a hardlink clone shares with the last release, and finds a rewritten one among thousands', async () => {
    const names = Array.from({ length: 2_500 }, (_, index) => `p${index}/index.html`)
    const previous = folder(Object.fromEntries(names.map((name) => [name, `strona ${name}`])), yesterday)
    const built = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-validators-'))
    dirs.push(built)
    for (const name of names) {
      fs.mkdirSync(path.dirname(path.join(built, name)), { recursive: true })
      fs.linkSync(path.join(previous, name), path.join(built, name))
    }
    // rewritten by the build (temp file + rename) with the same bytes, past the first chunk of lstats
    const rewritten = names[2_300]!
    fs.rmSync(path.join(built, rewritten))
    fs.writeFileSync(path.join(built, rewritten), `strona ${rewritten}`)
    expect(await keepValidators(built, names, previous)).toBe(1)
    expect(mtime(built, rewritten)).toBe(yesterday.toISOString())
    expect(mtime(built, names[0]!)).toBe(yesterday.toISOString())
  })

  it('does not read the files the build says differ', async () => {
    const previous = folder({ 'a.html': 'tel. 1', 'b.html': 'tel. 2' }, yesterday)
    const built = folder({ 'a.html': 'tel. 3', 'b.html': 'tel. 2' }, today)
    // b.html is said to differ (it does not): its bytes are not compared, so it keeps the build's time
    expect(await keepValidators(built, ['a.html', 'b.html'], previous, new Set(['b.html']))).toBe(0)
    expect(mtime(built, 'b.html')).toBe(today.toISOString())
    expect(await keepValidators(built, ['a.html', 'b.html'], previous)).toBe(1)
    expect(mtime(built, 'b.html')).toBe(yesterday.toISOString())
  })

  it('does nothing on the first release', async () => {
    const built = folder({ 'index.html': 'strona' }, today)
    expect(await keepValidators(built, ['index.html'], undefined)).toBe(0)
    expect(mtime(built, 'index.html')).toBe(today.toISOString())
  })
})
