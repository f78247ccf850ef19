import { describe, expect, it } from 'vitest'
import { absoluteUrl, documentUrl, localFileName, mediaUrl } from './urls'

describe('urls', () => {
  it('keeps plain file names and makes others safe', () => {
    expect(mediaUrl('droga-800x450.jpg')).toBe('/media/droga-800x450.jpg')
    expect(documentUrl('Regulamin konkursu Żółta łąka.pdf')).toBe('/pliki/Regulamin-konkursu-Zolta-laka.pdf')
    expect(localFileName('../../etc/passwd')).toBe('etc-passwd')
  })

  it('makes absolute URLs against the site', () => {
    expect(absoluteUrl('/rss.xml', 'https://gmina.pl')).toBe('https://gmina.pl/rss.xml')
  })
})
