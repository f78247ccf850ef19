import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deferKeptWrites, flushKeptWrites, readKeptJson, writeKeptJson } from './kept-json'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-kept-json-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('JSON a build keeps for the next one', () => {
  it('is handed back as written, without reading the file again', () => {
    const file = path.join(dir, 'dates.json')
    const value = { 'a/index.html': { version: 'v1', lastmod: '2026-12-01T10:00:00.000Z' } }
    writeKeptJson(file, value)
    expect(readKeptJson(file, {})).toBe(value)
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(value)
  })

  it('is read from the file once another writer replaced it', () => {
    const file = path.join(dir, 'searchable.json')
    writeKeptJson(file, { old: true })
    fs.writeFileSync(`${file}.other`, JSON.stringify({ other: true }))
    fs.renameSync(`${file}.other`, file)
    expect(readKeptJson(file, {})).toEqual({ other: true })
  })

  it('is the fallback when there is no file or it does not parse', () => {
    expect(readKeptJson(path.join(dir, 'none.json'), { none: 1 })).toEqual({ none: 1 })
    fs.writeFileSync(path.join(dir, 'bad.json'), '{')
    expect(readKeptJson(path.join(dir, 'bad.json'), [])).toEqual([])
  })

  it('while writes are deferred, is handed back as written and reaches the file only when flushed', () => {
    const file = path.join(dir, 'deferred.json')
    writeKeptJson(file, { first: true })
    deferKeptWrites()
    const value = { second: true }
    writeKeptJson(file, value)
    expect(readKeptJson(file, {})).toBe(value)
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ first: true })
    flushKeptWrites()
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(value)
    expect(readKeptJson(file, {})).toBe(value)
    writeKeptJson(file, { third: true })
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ third: true })
  })
})
