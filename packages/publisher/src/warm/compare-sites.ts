import fs from 'node:fs'
import path from 'node:path'

/**
 * How the warm renderer's output is proved against a cold build (the identity test and the soak bench): every file
 * of two built sites compared byte for byte, the sitemap's dates by the rule below.
 */

/** Every file below `dir`, relative (with `/`), sorted. */
export const filesOf = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()

/** The files of two folders that differ (in one only, or with other bytes). */
export const differences = (a: string, b: string): string[] => {
  const [left, right] = [filesOf(a), filesOf(b)]
  const [inLeft, inRight] = [new Set(left), new Set(right)]
  return [...new Set([...left, ...right])]
    .sort()
    .filter(
      (file) =>
        !inLeft.has(file) ||
        !inRight.has(file) ||
        !fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file))),
    )
}

/** A file of a site's sitemap (its index too, dated by its files' latest): its `<lastmod>` dates carry the site's history. */
const SITEMAP_FILE = /^sitemap(-[a-z0-9-]+)?\.xml$/
const lastmods = (xml: string) => [...xml.matchAll(/<lastmod>([^<]*)<\/lastmod>/g)].map((match) => match[1])

/**
 * The differences between a site built through a history of publishes and a fresh build at the same "now": the
 * sitemap's dates aside. A page's `lastmod` is the build in which it last changed (site/integrations/sitemap.ts),
 * which only a history knows: each must be the fresh build's, or one of the earlier builds' `dated`. Everything
 * else byte for byte.
 */
export const differencesThroughHistory = (built: string, fresh: string, dated: string[]): string[] =>
  differences(built, fresh).filter((file) => {
    if (!SITEMAP_FILE.test(file)) return true
    if (!fs.existsSync(path.join(built, file)) || !fs.existsSync(path.join(fresh, file))) return true
    const [ours, theirs] = [built, fresh].map((dir) => fs.readFileSync(path.join(dir, file), 'utf8'))
    const strip = (xml: string) => xml.replace(/<lastmod>[^<]*<\/lastmod>/g, '')
    if (strip(ours!) !== strip(theirs!)) return true
    const expected = lastmods(theirs!)
    return lastmods(ours!).some((date, index) => date !== expected[index] && !dated.includes(date!))
  })
