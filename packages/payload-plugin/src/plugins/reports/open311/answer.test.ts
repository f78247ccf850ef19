import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { open311Error, resourceOf, toXml } from './answer'

describe('Open311 answers', () => {
  it('reads the resource and the format from the path’s extension (none is JSON)', () => {
    expect(resourceOf('requests.xml')).toEqual({ name: 'requests', format: 'xml' })
    expect(resourceOf('services.json')).toEqual({ name: 'services', format: 'json' })
    expect(resourceOf('discovery')).toEqual({ name: 'discovery', format: 'json' })
    expect(resourceOf('123.xml')).toEqual({ name: '123', format: 'xml' })
    expect(resourceOf('services.csv')).toBeNull()
    expect(resourceOf('../x.json')).toBeNull()
  })

  it('writes XML in the spec’s elements, text escaped, null as an empty element', () => {
    const xml = toXml(
      [{ service_code: 'a&b', description: '<b>', expected_datetime: null, metadata: false }],
      {
        root: 'services',
        item: 'service',
      },
    )
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true)
    expect(new XMLParser({ parseTagValue: false, ignoreDeclaration: true }).parse(xml)).toEqual({
      services: {
        service: { service_code: 'a&b', description: '<b>', expected_datetime: '', metadata: 'false' },
      },
    })
    expect(toXml([], { root: 'service_requests', item: 'request' })).toContain(
      '<service_requests></service_requests>',
    )
  })

  it('answers errors in the format asked for, with the status as their code', async () => {
    const xml = open311Error('xml', 403, 'A valid api_key is required.', { 'Retry-After': '5' })
    expect(xml.status).toBe(403)
    expect(xml.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(xml.headers.get('retry-after')).toBe('5')
    expect(await xml.text()).toContain('<errors>\n  <error>\n    <code>403</code>')
    const json = open311Error('json', 404, 'Not found')
    expect(await json.json()).toEqual([{ code: 404, description: 'Not found' }])
  })
})
