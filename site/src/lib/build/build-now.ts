import { perBuild } from './per-build'

/**
 * "Now" of a site build: the moment that decides which alerts are active. `RATUSZ_BUILD_NOW` (an ISO 8601
 * instant with a time zone, e.g. 2025-06-14T16:00:00Z) sets it, for tests and for replaying a build; otherwise
 * the real time when the build first asks. It is read once per build, so every page agrees.
 */

/** The build's "now" from an environment, or the real time; throws on an unreadable RATUSZ_BUILD_NOW. */
export function readBuildNow(env: Record<string, string | undefined> = process.env, real = new Date()): Date {
  const value = env.RATUSZ_BUILD_NOW?.trim()
  if (!value) return real
  const parsed = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? new Date(value) : new Date(Number.NaN)
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(
      `RATUSZ_BUILD_NOW: must be an ISO 8601 instant with a time zone, like 2025-06-14T16:00:00Z (got "${value}")`,
    )
  }
  return parsed
}

/** The build's "now", fixed at its first use. */
export function buildNow(): Date {
  return new Date(perBuild('build-now', () => readBuildNow()))
}
