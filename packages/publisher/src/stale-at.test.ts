import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { nextChangeOf } from '@ratusz/contract'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readStaleAt } from './stale-at'

let dir: string

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-stale-at-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), content)
}

const now = new Date('2026-05-01T10:00:00.000Z')

describe('readStaleAt', () => {
  it("takes the earliest future moment of the sections' files, as the site writes them", () => {
    write(
      'wydarzenia/nastepna-zmiana.json',
      JSON.stringify(nextChangeOf(new Date('2026-05-03T08:00:00Z'), now)),
    )
    write(
      'komunikaty/nastepna-zmiana.json',
      JSON.stringify(nextChangeOf(new Date('2026-05-02T18:00:00Z'), now)),
    )
    write('bip/nastepna-zmiana.json', JSON.stringify(nextChangeOf(null, now)))
    expect(readStaleAt(dir, now)?.toISOString()).toBe('2026-05-02T18:00:00.000Z')
  })

  it('ignores past moments, malformed files and files of other names', () => {
    write(
      'wydarzenia/nastepna-zmiana.json',
      JSON.stringify(nextChangeOf(new Date('2026-04-30T08:00:00Z'), now)),
    )
    write('komunikaty/nastepna-zmiana.json', '{ not json')
    write('bip/nastepna-zmiana.json', JSON.stringify({ staleAt: 'tomorrow', builtAt: now.toISOString() }))
    write('inne/zmiana.json', JSON.stringify(nextChangeOf(new Date('2026-05-02T08:00:00Z'), now)))
    expect(readStaleAt(dir, now)).toBeUndefined()
  })
})
