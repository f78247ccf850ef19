import { describe, expect, it } from 'vitest'
import { copiesLabel, pagesLabel, pdfDownloadLabel } from './format'
import { issueUrl } from './urls'

describe('periodical texts and URLs', () => {
  it('uses the Polish plural forms of "strona"', () => {
    expect([1, 2, 4, 5, 12, 21, 22, 24, 25, 112].map(pagesLabel)).toEqual([
      '1 strona',
      '2 strony',
      '4 strony',
      '5 stron',
      '12 stron',
      '21 stron',
      '22 strony',
      '24 strony',
      '25 stron',
      '112 stron',
    ])
    expect(copiesLabel(10600)).toBe('10\u00a0600 egzemplarzy')
    expect(copiesLabel(3)).toBe('3 egzemplarze')
  })

  it('describes a download as format, size and pages', () => {
    expect(pdfDownloadLabel(4.2 * 1024 * 1024, 24)).toBe('PDF, 4,2 MB, 24 strony')
    expect(pdfDownloadLabel(850_000)).toBe('PDF, 830 kB')
  })

  it('puts the year and the number segment in the issue URL', () => {
    expect(issueUrl({ slug: 'informator' }, { year: 2022, urlSegment: '3-2022' })).toBe(
      '/informator/informator/2022/3-2022/',
    )
  })
})
