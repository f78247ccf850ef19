/** A host without a leading `www.`, lower-case: `WWW.Gmina.pl` and `gmina.pl` are one site. */
export const bareHost = (host: string): string => {
  const lower = host.toLowerCase()
  return lower.startsWith('www.') ? lower.slice(4) : lower
}

/**
 * The domain a page was entered from: the host of an `http(s)` or app (`android-app://…`) referrer, without
 * `www.`, unless it is one of the site's own hosts (a click within the site). Undefined for none (`-`), own or
 * unreadable referrers. Only the host is kept: paths and queries of referrers can say too much.
 */
export const externalReferrerDomain = (
  referrer: string,
  ownHosts: ReadonlySet<string>,
): string | undefined => {
  if (referrer === '-' || referrer === '') return undefined
  const scheme = referrer.indexOf('://')
  if (scheme <= 0) return undefined
  const start = scheme + 3
  let end = referrer.length
  for (let index = start; index < referrer.length; index++) {
    const code = referrer.charCodeAt(index)
    // / : ? #
    if (code === 47 || code === 58 || code === 63 || code === 35) {
      end = index
      break
    }
  }
  const host = bareHost(referrer.slice(start, end))
  if (host === '' || host.includes('@') || ownHosts.has(host)) return undefined
  return host
}
