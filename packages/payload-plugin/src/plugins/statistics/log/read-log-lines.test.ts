import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { fileFingerprint } from './file-fingerprint'
import { readLogLines } from './read-log-lines'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-read-log-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, content)
  return file
}

const readAll = async (file: string, offset: number, stopAt?: string) => {
  const lines: string[] = []
  const outcome = await readLogLines(file, offset, (line) => {
    if (line === stopAt) return false
    lines.push(line)
    return true
  })
  return { lines, ...outcome }
}

describe('readLogLines', () => {
  it('hands over complete lines and leaves a line being written for later', async () => {
    const file = write('access.log', 'one\ntwo\nthr')
    expect(await readAll(file, 0)).toEqual({ lines: ['one', 'two'], offset: 8, stopped: false })
    fs.appendFileSync(file, 'ee\nfour\n')
    expect(await readAll(file, 8)).toEqual({ lines: ['three', 'four'], offset: 19, stopped: false })
  })

  it('stops at the line the reader refuses, pointing at its start', async () => {
    const file = write('stop.log', 'one\ntwo\nthree\n')
    expect(await readAll(file, 0, 'two')).toEqual({ lines: ['one'], offset: 4, stopped: true })
  })

  it('reads a gzip archive from an offset of its uncompressed text, its last line too', async () => {
    const text = Array.from({ length: 50_000 }, (_, n) => `line ${n}`).join('\n')
    const file = write('access.log.2.gz', gzipSync(text))
    const all = await readAll(file, 0)
    expect(all.lines).toHaveLength(50_000)
    expect(all.offset).toBe(text.length)
    const offset = text.indexOf('line 40000')
    const rest = await readAll(file, offset)
    expect(rest.lines[0]).toBe('line 40000')
    expect(rest.lines).toHaveLength(10_000)
  })
})

describe('fileFingerprint', () => {
  it('is the same for a log, its renamed copy and its gzipped archive, and none for an unfinished first line', async () => {
    const text = '1.2.3.4 - - [30/Nov/2026:10:00:00 +0100] "GET / HTTP/1.1" 200 5 "-" "x"\nsecond\n'
    const plain = await fileFingerprint(write('a.log', text))
    expect(plain).toMatch(/^[0-9a-f]{64}$/)
    expect(await fileFingerprint(write('a.log.1', text))).toBe(plain)
    expect(await fileFingerprint(write('a.log.2.gz', gzipSync(text)))).toBe(plain)
    expect(await fileFingerprint(write('b.log', text.replace('10:00:00', '10:00:01')))).not.toBe(plain)
    expect(await fileFingerprint(write('empty.log', ''))).toBeUndefined()
    expect(await fileFingerprint(write('partial.log', '1.2.3.4 - - [30/Nov'))).toBeUndefined()
  })
})
