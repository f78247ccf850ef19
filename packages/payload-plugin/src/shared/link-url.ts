/**
 * Whether a link typed into a rich text may be published: an absolute http(s) address, a mailto: or tel: address,
 * or a path on the site starting with a single `/` (`//host` and `/\host` lead browsers to another host).
 */
export const isAllowedLinkUrl = (url: string): boolean => {
  const value = url.trim()
  if (value === '' || [...value].some((char) => char <= ' ' || char === '\u007f')) return false
  if (value.startsWith('/')) return !/^\/[/\\]/.test(value)
  if (/^mailto:[^@\s]+@[^@\s]+$/i.test(value)) return true
  if (/^tel:\+?[0-9().-]{3,}$/i.test(value)) return true
  try {
    const parsed = new URL(value)
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== ''
  } catch {
    return false
  }
}
