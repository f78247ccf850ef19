/**
 * The address a request came from. Next.js passes the client's address in `X-Forwarded-For`; behind the
 * reverse proxy of docs/deploy.md (the CMS listens on 127.0.0.1 only), the proxy adds the address it saw as
 * the last entry, so the last entry is the one no client can forge.
 */
export const clientAddress = (headers: Pick<Headers, 'get'> | undefined): string => {
  const forwarded = headers?.get('X-Forwarded-For')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last || 'unknown'
}
