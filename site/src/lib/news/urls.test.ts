import { describe, expect, it } from 'vitest'
import { areaUrl, articleUrl, categoryUrl, feedUrls, newsUrl } from './urls'

describe('news urls', () => {
  it('puts page 1 of a list at its plain URL and later pages under strona/', () => {
    expect(newsUrl()).toBe('/aktualnosci/')
    expect(newsUrl(1)).toBe('/aktualnosci/')
    expect(newsUrl(2)).toBe('/aktualnosci/strona/2/')
    expect(categoryUrl('oswiata')).toBe('/aktualnosci/kategoria/oswiata/')
    expect(categoryUrl('oswiata', 3)).toBe('/aktualnosci/kategoria/oswiata/strona/3/')
  })

  it('builds record and feed URLs with trailing slashes', () => {
    expect(articleUrl('nowa-droga')).toBe('/aktualnosci/nowa-droga/')
    expect(areaUrl('zolta-laka')).toBe('/obszary/zolta-laka/')
    expect(feedUrls.category('oswiata')).toBe('/aktualnosci/kategoria/oswiata/rss.xml')
    expect(feedUrls.area('zolta-laka')).toBe('/obszary/zolta-laka/rss.xml')
  })
})
