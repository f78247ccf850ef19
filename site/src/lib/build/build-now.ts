import { readConfig } from '@ratusz/config'
import { perBuild } from './per-build'

/**
 * "Now" of a site build: the moment that decides which alerts are active. `RATUSZ_BUILD_NOW` (an ISO 8601
 * instant with a time zone, e.g. 2025-06-14T16:00:00Z) sets it, for tests and for replaying a build; otherwise
 * the real time when the build first asks. It is read once per build, so every page agrees.
 */

/** The build's "now" from an environment, or the real time; throws on an unreadable RATUSZ_BUILD_NOW. */
export function readBuildNow(env: Record<string, string | undefined> = process.env, real = new Date()): Date {
  return readConfig('site', env).RATUSZ_BUILD_NOW ?? real
}

/** The build's "now", fixed at its first use. */
export function buildNow(): Date {
  return new Date(perBuild('build-now', () => readBuildNow()))
}
