/**
 * The HTTP response of a feed endpoint. The `rss` package writes the clock's time as the channel's
 * `lastBuildDate`; it is left out (optional in RSS 2.0; the channel's `pubDate` is its newest item's date), so that a
 * feed's bytes change only with what it lists: an unchanged feed keeps its file and its HTTP validators
 * (`Last-Modified`, `ETag`) from publish to publish, and a reader polling it gets "304 Not Modified" until it
 * changes. Two builds of the same data give the same feed, whatever their clocks.
 */
export function feedResponse(xml: string): Response {
  return new Response(xml.replace(/\s*<lastBuildDate>[^<]*<\/lastBuildDate>/, ''), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  })
}
