import { describe, expect, it } from 'vitest'
import { resolveOptions } from './options'
import { DEFAULT_DOCUMENT_MIME_TYPES } from './shared/document-types'

describe('resolveOptions', () => {
  it('fills every default', () => {
    expect(resolveOptions()).toEqual({
      documents: { maxFileSizeMB: 20, allowedMimeTypes: [...DEFAULT_DOCUMENT_MIME_TYPES] },
      media: { maxFileSizeMB: 10 },
      plugins: {
        publishing: true,
        settings: true,
        areas: true,
        news: true,
        events: true,
        bip: true,
        alerts: true,
        periodicals: true,
        notifications: true,
        reports: true,
        statistics: true,
      },
      notifications: {
        siteUrl: 'http://localhost:4321',
        quietHours: { from: '22:00', until: '07:00' },
        pendingHours: 48,
        erasedAfterDays: 30,
        emailsPerSecond: 20,
        maxAttempts: 6,
        minFillSeconds: 3,
        smsPerSecond: 5,
        maxCodeAttempts: 5,
        digests: { dailyAt: '07:00', weeklyAt: '07:00', weeklyDay: 'monday' },
      },
      reports: {
        pendingHours: 48,
        erasedAfterMonths: 12,
        maxPhotoMB: 10,
        maxPhotoPixels: 50_000_000,
        photoMaxSide: 2048,
        minFillSeconds: 3,
        open311WindowDays: 90,
        bounds: { west: 14.07, south: 49, east: 24.15, north: 54.84 },
      },
      publishing: { debounceSeconds: 0, queue: 'publish', previewCollections: ['articles', 'events'] },
      statistics: { cron: '0 20 * * * *', queue: 'default' },
      periodicals: {
        maxFileSizeMB: 40,
        warnFileSizeMB: 15,
        maxPages: 400,
        timeLimitSeconds: 120,
        queue: 'pdf',
      },
      uploads: { dir: 'uploads' },
      users: { secureCookies: false },
    })
  })

  it('keeps given values and fills the rest', () => {
    const options = resolveOptions({ documents: { maxFileSizeMB: 5 }, plugins: { news: false } })
    expect(options.documents).toEqual({
      maxFileSizeMB: 5,
      allowedMimeTypes: [...DEFAULT_DOCUMENT_MIME_TYPES],
    })
    expect(options.plugins).toEqual({
      publishing: true,
      settings: true,
      areas: true,
      news: false,
      events: true,
      bip: true,
      alerts: true,
      periodicals: true,
      notifications: true,
      reports: true,
      statistics: true,
    })
  })

  it('is idempotent on resolved options', () => {
    const once = resolveOptions({ documents: { allowedMimeTypes: ['application/pdf'] } })
    expect(resolveOptions(once)).toEqual(once)
  })

  it('throws one line per problem', () => {
    let error: unknown
    try {
      resolveOptions({
        documents: { maxFileSizeMB: -1, allowedMimeTypes: ['pdf'] },
        plugins: { news: 'yes' },
        extra: 1,
      })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(Error)
    const lines = (error as Error).message.split('\n')
    expect(lines[0]).toBe('Invalid Ratusz plugin options:')
    expect(lines).toContain('- documents.maxFileSizeMB: must be more than 0')
    expect(lines).toContain(
      '- documents.allowedMimeTypes.0: "pdf" is not a type uploads may have; known types: see UPLOAD_TYPES',
    )
    expect(lines.some((line) => line.startsWith('- plugins.news:'))).toBe(true)
    expect(lines.some((line) => line.includes('extra'))).toBe(true)
    expect(lines).toHaveLength(5)
  })

  it('refuses types a browser would run (HTML, SVG) as allowed upload types', () => {
    expect(() =>
      resolveOptions({ documents: { allowedMimeTypes: ['application/pdf', 'text/html'] } }),
    ).toThrow(
      '- documents.allowedMimeTypes.1: "text/html" is not a type uploads may have; known types: see UPLOAD_TYPES',
    )
    expect(() => resolveOptions({ documents: { allowedMimeTypes: ['image/svg+xml'] } })).toThrow(
      '"image/svg+xml" is not a type uploads may have',
    )
  })

  it('rejects an empty list of allowed types', () => {
    expect(() => resolveOptions({ documents: { allowedMimeTypes: [] } })).toThrow(
      '- documents.allowedMimeTypes: must list at least one MIME type',
    )
  })
})
