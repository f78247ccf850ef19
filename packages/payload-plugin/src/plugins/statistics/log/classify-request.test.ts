import { describe, expect, it } from 'vitest'
import { classifyRequest, pathOf, sectionOf } from './classify-request'

describe('classifyRequest', () => {
  it.each([
    ['/', 'site'],
    ['/aktualnosci/nowy-chodnik/', 'site'],
    ['/kontakt', 'site'],
    ['/bip/', 'bip'],
    ['/bip/uchwaly/2026/', 'bip'],
    ['/informator/', 'periodicals'],
    ['/informator/wiesci-z-gminy/2026-11/', 'periodicals'],
    ['/deklaracja-dostepnosci/index.html', 'site'],
  ])('GET %s 200 is a page view of the %s', (target, section) => {
    expect(classifyRequest('GET', target, 200)).toMatchObject({ kind: 'page', section })
  })

  it.each([
    ['HEAD', '/', 200, 'HEAD'],
    ['GET', '/', 304, 'a revalidation'],
    ['GET', '/aktualnosci', 301, 'a redirect'],
    ['GET', '/nie-ma/', 404, 'not found'],
    ['POST', '/', 200, 'POST'],
    ['GET', '/_astro/index.Bx3kq.css', 200, 'a style sheet'],
    ['GET', '/_astro/page.D2f1.js', 200, 'a script'],
    ['GET', '/media/herb-gminy.webp', 200, 'an image'],
    ['GET', '/favicon.svg', 200, 'an icon'],
    ['GET', '/pagefind/pagefind.js', 200, 'the search script'],
    ['GET', '/pagefind/fragment/pl_3a1b2c', 200, 'a search fragment without extension'],
    ['GET', '/pagefind/index/pl_ab12.pf_index', 200, 'a search index part'],
    ['GET', '/komunikaty/aktywne.json', 200, 'the alerts JSON'],
    ['GET', '/sitemap-index.xml', 200, 'the sitemap'],
    ['GET', '/robots.txt', 200, 'robots.txt'],
    ['-', '', 400, 'a request nginx could not read'],
  ])('%s %s %i is not a page view (%s)', (method, target, status) => {
    expect(classifyRequest(method, target, status).kind).toBe('other')
  })

  it('counts feeds and calendars when fetched or revalidated, PDFs when sent whole', () => {
    expect(classifyRequest('GET', '/rss.xml', 200).kind).toBe('feed')
    expect(classifyRequest('GET', '/aktualnosci/rss.xml', 304).kind).toBe('feed')
    expect(classifyRequest('GET', '/bip/rejestr-zmian/rss.xml', 200)).toMatchObject({
      kind: 'feed',
      section: 'bip',
    })
    expect(classifyRequest('GET', '/wydarzenia/kalendarz.ics', 200).kind).toBe('calendar')
    expect(classifyRequest('GET', '/wydarzenia/dozynki-2026.ics', 304).kind).toBe('calendar')
    expect(classifyRequest('GET', '/bip/pliki/uchwala-xii-45-2026.pdf', 200)).toMatchObject({
      kind: 'pdf',
      section: 'bip',
    })
    expect(classifyRequest('GET', '/informator/pliki/wiesci-2026-11.PDF', 200).kind).toBe('pdf')
    expect(classifyRequest('GET', '/pliki/plan.pdf', 206).kind).toBe('other')
    expect(classifyRequest('GET', '/pliki/plan.pdf', 304).kind).toBe('other')
    expect(classifyRequest('HEAD', '/rss.xml', 200).kind).toBe('other')
  })

  it('keeps one path per page: decoded, without query, fragment or index.html', () => {
    expect(classifyRequest('GET', '/aktualno%C5%9Bci/%C5%BC%C5%82obek/?utm_source=fb', 200)).toMatchObject({
      kind: 'page',
      path: '/aktualności/żłobek/',
    })
    expect(pathOf('/szukaj/?q=Jan+Kowalski')).toBe('/szukaj/')
    expect(pathOf('/kontakt/index.html')).toBe('/kontakt/')
    expect(pathOf('/bad%E0%A4%A/')).toBe('/bad%E0%A4%A/')
    expect(sectionOf('/bipolarne/')).toBe('site')
    expect(sectionOf('/bip')).toBe('bip')
  })
})
