import { describe, expect, it } from 'vitest'
import { readSiteBuildOptions, siteBuildEnv, type SiteBuildOptions } from './build-options'

describe('the options of a site build', () => {
  it('reach the build as they were given', () => {
    const options: SiteBuildOptions = {
      cmsUrl: 'http://127.0.0.1:3000',
      siteUrl: 'https://gmina.example',
      astroCacheDir: '/var/cache/ratusz/astro',
      prefilled: true,
      skippedRecordsFile: '/tmp/skipped.jsonl',
    }
    expect(readSiteBuildOptions(siteBuildEnv(options))).toEqual(options)
  })

  it('leave out what was not given, and the build reads the defaults of docs/configure.md', () => {
    expect(siteBuildEnv({ cmsUrl: 'http://cms', prefilled: false })).toEqual({ RATUSZ_CMS_URL: 'http://cms' })
    expect(readSiteBuildOptions({ RATUSZ_SITE_URL: '' })).toEqual({
      cmsUrl: 'http://localhost:3000',
      siteUrl: 'http://localhost:4321',
      astroCacheDir: undefined,
      prefilled: false,
      skippedRecordsFile: undefined,
    })
  })
  it('refuse a bad value with one line naming the variable', () => {
    expect(() => readSiteBuildOptions({ RATUSZ_SITE_URL: 'gmina.example' })).toThrow(
      /RATUSZ_SITE_URL: .*got "gmina\.example"/,
    )
  })
})
