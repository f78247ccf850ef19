import { storeOverride } from '../store/override'
import { noteMemoRead, untracked } from './reads'

/**
 * The one place in the site's code that keeps state between calls: memos of the current build (the build's
 * "now", page keys, a CMS client), each made at its first use. Every other module is stateless
 * (lib/store/seam.test.ts enforces it), so a process that builds again (a warm publisher feeding new records to the store) starts a
 * new build with `startBuild()` and every page agrees on the new data and the new "now".
 */
const memos = new Map<string | symbol, unknown>()

/** Under this key the memos keep the store override they were made with. */
const OVERRIDE = Symbol('store override')

/**
 * What a memo is to the warm renderer's read tracking (reads.ts): a `value` the reader depends on (compared by
 * its JSON from build to build), or a `cache` of a pure function of what the reader passes in (a record's
 * digest), which is no dependency of its own.
 */
export type MemoKind = 'value' | 'cache'

/**
 * The value of `key` in this build: made by `make` at the first ask, the same one afterwards. A new store
 * override (lib/store/override.ts: the warm publisher's next build) forgets the memos of the previous one.
 */
export function perBuild<T>(key: string, make: () => T, kind: MemoKind = 'value'): T {
  const override = storeOverride()
  if (memos.get(OVERRIDE) !== override) {
    memos.clear()
    memos.set(OVERRIDE, override)
  }
  if (!memos.has(key)) memos.set(key, untracked(make))
  if (kind === 'value') noteMemoRead(key, () => perBuild(key, make, kind))
  return memos.get(key) as T
}

/** Forgets every memo of the previous build. */
export function startBuild(): void {
  memos.clear()
}
