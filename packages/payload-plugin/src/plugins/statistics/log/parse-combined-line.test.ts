import { describe, expect, it } from 'vitest'
import { parseCombinedLine } from './parse-combined-line'

describe('parseCombinedLine', () => {
  it('reads a page view of a browser', () => {
    const line =
      '83.24.101.7 - - [30/Nov/2026:09:15:02 +0100] "GET /aktualnosci/nowy-chodnik-w-lipowej/ HTTP/2.0" 200 18234 "https://www.google.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"'
    expect(parseCombinedLine(line)).toEqual({
      ip: '83.24.101.7',
      time: '30/Nov/2026:09:15:02 +0100',
      method: 'GET',
      target: '/aktualnosci/nowy-chodnik-w-lipowej/',
      status: 200,
      referrer: 'https://www.google.com/',
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    })
  })

  it('reads IPv6, a user, a query, HEAD and escaped quotes', () => {
    const line =
      '2a01:110f:4ea:9b00::1 - jan [01/Dec/2026:00:00:01 +0000] "HEAD /bip/?q=\\x22uchwa\\xC5\\x82a\\x22 HTTP/1.1" 200 0 "-" "curl/8.5.0"'
    expect(parseCombinedLine(line)).toMatchObject({
      ip: '2a01:110f:4ea:9b00::1',
      method: 'HEAD',
      target: '/bip/?q=\\x22uchwa\\xC5\\x82a\\x22',
      status: 200,
      referrer: '-',
      userAgent: 'curl/8.5.0',
    })
  })

  it('reads the line of a request nginx could not parse (400, request "-" or garbage)', () => {
    expect(parseCombinedLine('45.9.1.2 - - [30/Nov/2026:03:00:00 +0000] "-" 400 0 "-" "-"')).toMatchObject({
      method: '-',
      target: '',
      status: 400,
    })
    expect(
      parseCombinedLine('45.9.1.2 - - [30/Nov/2026:03:00:00 +0000] "\\x16\\x03\\x01" 400 157 "-" "-"'),
    ).toMatchObject({ status: 400, target: '' })
  })

  it('refuses lines of other formats', () => {
    expect(parseCombinedLine('')).toBeUndefined()
    expect(parseCombinedLine('garbage')).toBeUndefined()
    expect(
      parseCombinedLine('1.2.3.4 - - [30/Nov/2026:03:00:00 +0000] "GET / HTTP/1.1" 200 5'),
    ).toBeUndefined()
    expect(
      parseCombinedLine('1.2.3.4 - - [30/Nov/2026:03:00:00 +0000] "GET / HTTP/1.1" OK 5 "-" "x"'),
    ).toBeUndefined()
    // the `common` format (no referrer and user agent)
    expect(
      parseCombinedLine('1.2.3.4 - - [30/Nov/2026:03:00:00 +0000] "GET / HTTP/1.1" 200 5 "x"'),
    ).toBeUndefined()
  })
})
