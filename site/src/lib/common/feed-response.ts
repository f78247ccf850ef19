/** The HTTP response of a feed endpoint. */
export function feedResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
