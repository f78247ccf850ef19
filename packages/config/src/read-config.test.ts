import { describe, expect, it } from 'vitest'
import { readConfig, readVariables } from './read-config'

const problems = (read: () => unknown): string[] => {
  try {
    read()
  } catch (error) {
    return (error as Error).message.split('\n').slice(1)
  }
  throw new Error('no problem reported')
}

describe('readConfig', () => {
  it('gives the defaults of an empty environment, typed', () => {
    expect(readConfig('scripts', {})).toEqual({
      RATUSZ_SQLITE_FILE: 'data/ratusz.db',
      RATUSZ_UPLOADS_DIR: 'data/uploads',
      RATUSZ_LOGS_DIR: 'data/logs',
      RATUSZ_CMS_URL: 'http://localhost:3000',
      RATUSZ_SITE_URL: 'http://localhost:4321',
      RATUSZ_SITES_DIR: 'data/site',
      RATUSZ_KEEP_RELEASES: 5,
      RATUSZ_WARM_PUBLISH: true,
      RATUSZ_CMS_PORT: 3000,
      RATUSZ_SITE_PORT: 4321,
    })
  })

  it('reads each kind of value', () => {
    const site = readConfig('site', {
      RATUSZ_BUILD_NOW: '2025-06-20T10:00:00+02:00',
      RATUSZ_PREFILLED_OUT_DIR: '1',
      RATUSZ_FULL_SYNC: 'true',
      RATUSZ_SKIP_CMS_SYNC: '0',
      RATUSZ_CMS_URL: ' https://cms.gmina.pl/ ',
    })
    expect(site.RATUSZ_BUILD_NOW?.toISOString()).toBe('2025-06-20T08:00:00.000Z')
    expect([site.RATUSZ_PREFILLED_OUT_DIR, site.RATUSZ_FULL_SYNC, site.RATUSZ_SKIP_CMS_SYNC]).toEqual([
      true,
      true,
      false,
    ])
    expect(site.RATUSZ_CMS_URL).toBe('https://cms.gmina.pl/')
    const cms = readConfig('cms', {
      PAYLOAD_SECRET: 'x'.repeat(32),
      RATUSZ_MAX_IMAGE_MB: '2.5',
      RATUSZ_JOBS_QUEUES: 'default, pdf,',
      RATUSZ_JOBS_AUTORUN: 'false',
    })
    expect([cms.RATUSZ_MAX_IMAGE_MB, cms.RATUSZ_JOBS_QUEUES, cms.RATUSZ_JOBS_AUTORUN]).toEqual([
      2.5,
      ['default', 'pdf'],
      false,
    ])
  })

  it('takes a blank variable as unset', () => {
    const config = readVariables(['RATUSZ_SITE_URL', 'RATUSZ_ADMIN_EMAIL'], {
      RATUSZ_SITE_URL: '',
      RATUSZ_ADMIN_EMAIL: '  ',
    })
    expect(config).toEqual({ RATUSZ_SITE_URL: 'http://localhost:4321', RATUSZ_ADMIN_EMAIL: undefined })
  })

  it('says what is wrong with each variable, one line each, with the value unless it is secret', () => {
    expect(
      problems(() =>
        readConfig('cms', {
          PAYLOAD_SECRET: 'short',
          DATABASE_URL: 'mysql://root:hunter2@db/ratusz',
          RATUSZ_MAX_IMAGE_MB: 'abc',
          RATUSZ_KEEP_RELEASES: '1.5',
          RATUSZ_SITE_URL: 'ftp://gmina.pl',
          RATUSZ_ADMIN_URL: 'https://cms.gmina.pl/admin',
          RATUSZ_JOBS_AUTORUN: 'yes',
          RATUSZ_API_PORT: '70000',
        }),
      ),
    ).toEqual([
      '  DATABASE_URL: expected a postgres:// connection URL',
      '  PAYLOAD_SECRET: expected at least 32 characters (e.g. `openssl rand -hex 32`)',
      '  RATUSZ_MAX_IMAGE_MB: expected a positive number, got "abc"',
      '  RATUSZ_SITE_URL: expected an http:// or https:// URL, got "ftp://gmina.pl"',
      '  RATUSZ_ADMIN_URL: expected an origin only: scheme, host and port, no path (e.g. https://cms.example-gmina.pl), got "https://cms.gmina.pl/admin"',
      '  RATUSZ_KEEP_RELEASES: expected a whole number of at least 2, got "1.5"',
      '  RATUSZ_JOBS_AUTORUN: expected true or false (or 1 or 0), got "yes"',
      '  RATUSZ_API_PORT: expected a port number (1 to 65535), got "70000"',
    ])
  })

  it('names a required variable that is missing, and the reader in the first line', () => {
    expect(() => readConfig('cms', {})).toThrow(
      'Invalid CMS configuration in the environment:\n  PAYLOAD_SECRET: required, but unset',
    )
  })

  it('refuses an instant without a time zone', () => {
    expect(problems(() => readConfig('site', { RATUSZ_BUILD_NOW: '2025-06-20T08:00:00' }))).toEqual([
      '  RATUSZ_BUILD_NOW: expected an ISO 8601 instant with a time zone, like 2025-06-14T16:00:00Z, got "2025-06-20T08:00:00"',
    ])
  })
})
