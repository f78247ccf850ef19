/**
 * Whether a sending error means the address will never work: SMTP 5xx (no such mailbox, refused), an SMS
 * provider's invalid number, a push subscription the push service no longer knows (404, 410).
 */
export const isPermanentFailure = (error: unknown): boolean => {
  if ((error as { permanent?: unknown }).permanent === true) return true
  const code = (error as { responseCode?: unknown }).responseCode
  return typeof code === 'number' && code >= 500 && code < 600
}

/** Minutes to wait before the next attempt: 1, 2, 4, 8… capped at an hour. */
export const backoffMinutes = (attempts: number): number => Math.min(60, 2 ** Math.max(0, attempts - 1))
