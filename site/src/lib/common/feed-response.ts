import { buildNow } from '../build/build-now'

/**
 * The HTTP response of a feed endpoint. The feed's `lastBuildDate` is the build's "now" (the `rss` package writes
 * the clock's time): every feed of a build agrees, and a build at a given "now" always gives the same bytes.
 */
export function feedResponse(xml: string): Response {
  const built = `<lastBuildDate>${buildNow().toUTCString()}</lastBuildDate>`
  return new Response(xml.replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, built), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  })
}
