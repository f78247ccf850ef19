import fs from 'node:fs'

/*
 * Files the integrations keep in the build cache and put into the site (the search index's bundles, the sitemap's
 * files): as hard links, so that a release shares the cache's file; a cached file is never changed in place, only
 * replaced, so a release that links to it keeps its own version.
 */

/** Whether `a` and `b` are the same file (inode): the site already holds the cache's very file. */
export const sameFile = (a: string, b: string): boolean => {
  const [left, right] = [fs.statSync(a, { throwIfNoEntry: false }), fs.statSync(b, { throwIfNoEntry: false })]
  return !!left && !!right && left.ino === right.ino && left.dev === right.dev
}

/** Makes `target` (which must not exist) a hard link to `source`, or a copy across file systems. */
export const linkOrCopy = (source: string, target: string): void => {
  try {
    fs.linkSync(source, target)
  } catch {
    fs.copyFileSync(source, target)
  }
}
