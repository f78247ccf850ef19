/** Who asked for an action in the publish log: the user's name, else their e-mail address. */
export const requesterName = (user: unknown): string => {
  const { name, email } = (user ?? {}) as { name?: unknown; email?: unknown }
  if (typeof name === 'string' && name.trim()) return name.trim()
  return typeof email === 'string' ? email : '?'
}
