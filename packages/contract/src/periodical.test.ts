import { describe, expect, it } from 'vitest'
import { newsletterIssue, periodical } from './index'

const at = '2024-03-15T10:00:00.000Z'

const validPeriodical = {
  id: 1,
  title: 'Informator Lipowej Woli',
  slug: 'informator-lipowej-woli',
  description: null,
  publisher: 'Urząd Gminy Lipowa Wola',
  frequency: 'bimonthly',
  issn: null,
  printRun: 10600,
  coverStyle: null,
  createdAt: at,
  updatedAt: at,
}

const validIssue = {
  id: 7,
  periodical: { ...validPeriodical },
  number: '3/2024',
  urlSegment: '3-2024',
  year: 2024,
  publishedOn: at,
  kind: 'regular',
  subject: null,
  parentIssue: null,
  cover: null,
  generatedCover: null,
  printRun: null,
  contents: [{ id: 'a1', title: 'Nowa świetlica', page: 3 }],
  url: '/api/newsletter-issues/file/informator-3-2024.pdf',
  filename: 'informator-3-2024.pdf',
  mimeType: 'application/pdf',
  filesize: 402_113,
  pageCount: 8,
  pdfTitle: 'Informator 3/2024',
  pdfLanguage: 'pl-PL',
  pages: [{ id: 'p1', page: 1, text: 'Zażółć gęślą jaźń' }],
  processing: { status: 'done', warnings: null },
  _status: 'published',
  createdAt: at,
  updatedAt: at,
}

describe('periodicals in the contract', () => {
  it('accepts a periodical and fills the cover style', () => {
    expect(periodical.parse(validPeriodical).coverStyle).toBe('green')
  })

  it('accepts an issue, reducing its periodical to the id and filling empty lists', () => {
    const parsed = newsletterIssue.parse(validIssue)
    expect(parsed.periodical).toBe(1)
    expect(parsed.processing?.warnings).toEqual([])
    expect(parsed.pages[0]?.text).toBe('Zażółć gęślą jaźń')
  })

  it('refuses an issue that is not a PDF or has a bad URL segment', () => {
    const result = newsletterIssue.safeParse({ ...validIssue, mimeType: 'image/jpeg', urlSegment: '3/2024' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'mimeType',
      'urlSegment',
    ])
  })
})
