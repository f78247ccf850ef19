import { afterEach, describe, expect, it } from 'vitest'
import { buildNow, readBuildNow } from './build-now'
import { startBuild } from './per-build'

describe("the build's now", () => {
  const real = new Date('2025-06-14T12:00:00.000Z')

  it('is the real time unless RATUSZ_BUILD_NOW is set', () => {
    expect(readBuildNow({}, real)).toBe(real)
    expect(readBuildNow({ RATUSZ_BUILD_NOW: ' ' }, real)).toBe(real)
  })

  it('reads an ISO instant with a time zone', () => {
    expect(readBuildNow({ RATUSZ_BUILD_NOW: '2025-06-20T08:00:00Z' }, real).toISOString()).toBe(
      '2025-06-20T08:00:00.000Z',
    )
    expect(readBuildNow({ RATUSZ_BUILD_NOW: '2025-06-20T10:00:00+02:00' }, real).toISOString()).toBe(
      '2025-06-20T08:00:00.000Z',
    )
  })

  it('refuses a time without a zone or a wrong value, in one clear line', () => {
    expect(() => readBuildNow({ RATUSZ_BUILD_NOW: '2025-06-20T08:00:00' }, real)).toThrow(
      '\n  RATUSZ_BUILD_NOW: expected an ISO 8601 instant with a time zone, like 2025-06-14T16:00:00Z, got "2025-06-20T08:00:00"',
    )
    expect(() => readBuildNow({ RATUSZ_BUILD_NOW: 'jutro' }, real)).toThrow(
      '\n  RATUSZ_BUILD_NOW: expected an ISO 8601 instant with a time zone, like 2025-06-14T16:00:00Z, got "jutro"',
    )
  })
})

describe("a build's now", () => {
  afterEach(() => {
    delete process.env.RATUSZ_BUILD_NOW
    startBuild()
  })

  it('is fixed at its first use, for every page of the build, and read again by the next build', () => {
    startBuild()
    process.env.RATUSZ_BUILD_NOW = '2025-06-20T08:00:00Z'
    expect(buildNow().toISOString()).toBe('2025-06-20T08:00:00.000Z')
    process.env.RATUSZ_BUILD_NOW = '2025-06-21T08:00:00Z'
    expect(buildNow().toISOString()).toBe('2025-06-20T08:00:00.000Z')
    startBuild()
    expect(buildNow().toISOString()).toBe('2025-06-21T08:00:00.000Z')
  })
})
