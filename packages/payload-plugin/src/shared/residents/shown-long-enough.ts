import { readShownAt } from './resident-token'

const DAY_MS = 24 * 3600 * 1000

/**
 * Whether a form was open at least `minSeconds` before it was sent. The stamp is either signed by the CMS (a
 * form it showed again) or the time the site's page noted in its script; a page without JavaScript sends none,
 * and then the CMS shows the form once more with a signed stamp, so a person sends it twice and a bot is caught.
 */
export const shownLongEnough = (
  secret: string,
  stamp: string | null,
  minSeconds: number,
  now = Date.now(),
) => {
  const value = (stamp ?? '').trim()
  const at = readShownAt(secret, value) ?? (/^\d{12,14}$/.test(value) ? Number(value) : null)
  if (at === null) return false
  const age = now - at
  return age >= minSeconds * 1000 && age <= DAY_MS
}
