import { describe, expect, it } from 'vitest'
import { paginateList } from './pagination'
import { newsUrl } from '../news/urls'

describe('paginateList', () => {
  it('splits 23 items into pages of 10 with links', () => {
    const pages = paginateList(
      Array.from({ length: 23 }, (_, i) => i),
      10,
      newsUrl,
    )
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3])
    expect(pages[0]).toMatchObject({ page: 1, lastPage: 3, url: '/aktualnosci/', prevUrl: undefined })
    expect(pages[0]?.nextUrl).toBe('/aktualnosci/strona/2/')
    expect(pages[2]).toMatchObject({ prevUrl: '/aktualnosci/strona/2/', nextUrl: undefined })
  })

  it('keeps one empty page for an empty list', () => {
    expect(paginateList([], 10, newsUrl)).toEqual([
      {
        page: 1,
        lastPage: 1,
        items: [],
        total: 0,
        url: '/aktualnosci/',
        prevUrl: undefined,
        nextUrl: undefined,
      },
    ])
  })
})
