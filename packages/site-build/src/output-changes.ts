import fs from 'node:fs'
import path from 'node:path'

/**
 * The files the site's integrations write into or remove from a build's output after its pages (the sitemap, the
 * search index), noted for whoever watches that output. The warm renderer watches its output while it runs them,
 * so that the publisher learns every file a publish changed without walking 40,000 files to find out (see
 * BuildReport's `changed`). Nobody watches a cold build's output: noting is then a no-op.
 *
 * Files are paths below the output folder with `/` between segments. Kept on globalThis: the integrations run
 * from Astro's (Vite-loaded) copy of this module, the warm renderer reads Node's.
 */
export type OutputChanges = { written: Set<string>; deleted: Set<string> }

const WATCHED = Symbol.for('ratusz.site-build.output-changes')
const watched = ((globalThis as { [WATCHED]?: Map<string, OutputChanges> })[WATCHED] ??= new Map())

const keyOf = (outDir: string) => path.resolve(outDir)

/** Starts noting what the integrations change in `outDir` (anything noted before is forgotten). */
export function watchOutput(outDir: string): void {
  watched.set(keyOf(outDir), { written: new Set(), deleted: new Set() })
}

/** Stops watching `outDir`; what was noted since watchOutput, or undefined when it was not watched. */
export function stopWatchingOutput(outDir: string): OutputChanges | undefined {
  const changes = watched.get(keyOf(outDir))
  watched.delete(keyOf(outDir))
  return changes
}

const relativeFile = (outDir: string, file: string) =>
  path.relative(outDir, path.resolve(outDir, file)).split(path.sep).join('/')

/** Notes `file` (absolute, or below `outDir`) as written or as deleted, undoing the other note of it. */
const note = (outDir: string, file: string, kind: keyof OutputChanges) => {
  const changes = watched.get(keyOf(outDir))
  if (!changes) return
  const name = relativeFile(outDir, file)
  changes[kind === 'written' ? 'deleted' : 'written'].delete(name)
  changes[kind].add(name)
}

/** Notes that `file` (absolute, or below `outDir`) was written or replaced. */
export const noteWritten = (outDir: string, file: string): void => note(outDir, file, 'written')

/** Notes that `file` (absolute, or below `outDir`) was removed. */
export const noteDeleted = (outDir: string, file: string): void => note(outDir, file, 'deleted')

/**
 * Removes `target` (a file or a folder with everything in it) from the output, noting every file removed when
 * the output is watched.
 */
export function removeFromOutput(outDir: string, target: string): void {
  if (watched.has(keyOf(outDir))) {
    const stat = fs.lstatSync(target, { throwIfNoEntry: false })
    if (stat?.isDirectory()) {
      for (const entry of fs.readdirSync(target, { recursive: true, withFileTypes: true })) {
        if (!entry.isDirectory()) noteDeleted(outDir, path.join(entry.parentPath, entry.name))
      }
    } else if (stat) noteDeleted(outDir, target)
  }
  fs.rmSync(target, { recursive: true, force: true })
}
