import { describe, expect, it } from 'vitest'
import { composeKey, findRegion, ownKey, regionClose, regionOpen, splitKey, withoutRegions } from './regions'

const page = (banner: string, body = '<main>Treść</main>') =>
  Buffer.from(`<body>${regionOpen('alerts')}${banner}${regionClose('alerts')}${body}</body>`)

describe('site-wide regions of a page', () => {
  it('keep their digests apart from the page’s own key', () => {
    const key = composeKey('own', { alerts: 'a1' })
    expect(key).toBe('own~alerts=a1')
    expect(splitKey(key)).toEqual({ own: 'own', regions: { alerts: 'a1' } })
    expect(ownKey(key)).toBe('own')
    expect(splitKey('plain')).toEqual({ own: 'plain', regions: {} })
  })

  it('are found once between their comments, or not trusted', () => {
    const html = page('<section>Burza</section>')
    const span = findRegion(html, 'alerts')
    expect(typeof span).toBe('object')
    if (typeof span === 'string') return
    expect(html.subarray(span.start, span.end).toString()).toBe('<section>Burza</section>')
    expect(findRegion(Buffer.from('<body></body>'), 'alerts')).toBe('no region "alerts"')
    expect(findRegion(Buffer.concat([html, html]), 'alerts')).toBe('region "alerts" more than once')
  })

  it('are left out of what a page shows of its own', () => {
    expect(withoutRegions(page('<section>Burza</section>')).equals(withoutRegions(page('')))).toBe(true)
    expect(withoutRegions(page('', '<main>Inna</main>')).equals(withoutRegions(page('')))).toBe(false)
    expect(withoutRegions(Buffer.from('<p>x</p>')).toString()).toBe('<p>x</p>')
  })
})
