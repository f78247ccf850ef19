import fs from 'node:fs'
import path from 'node:path'
import { repoDir } from './paths'

/**
 * What the production web server (nginx, `docker/`) says about headers and types, read from its own files, so
 * that `pnpm start`'s static server sends the same: one source for both.
 */
export const dockerDir = path.join(repoDir, 'docker')

const read = (name: string): string => fs.readFileSync(path.join(dockerDir, name), 'utf8')

/** The headers of `docker/security-headers.conf` (its uncommented `add_header Name "value" always;` lines). */
export const securityHeaders = (conf = read('security-headers.conf')): [string, string][] =>
  [...conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((match) => [
    match[1]!,
    match[2]!,
  ])

/**
 * The headers with the origin of the map's tile server (RATUSZ_MAP_TILE_URL) allowed as an image source in the
 * Content-Security-Policy, as a gmina with a map adds it to `img-src` in docker/security-headers.conf.
 */
export const withTileServer = (
  headers: [string, string][],
  tileUrl: string | undefined,
): [string, string][] => {
  if (!tileUrl) return headers
  const origin = new URL(tileUrl.replace(/[{}]/g, '')).origin
  return headers.map(([name, value]) => [
    name,
    name === 'Content-Security-Policy' ? value.replace(/\bimg-src ([^;]*)/, `img-src $1 ${origin}`) : value,
  ])
}

/** Extension (lower case, no dot) → MIME type of an upload, from the `types` block of `docker/upload-types.conf`. */
export const uploadTypes = (conf = read('upload-types.conf')): Map<string, string> => {
  const block = /types\s*\{([^}]*)\}/.exec(conf)?.[1]
  if (!block) throw new Error('docker/upload-types.conf has no types { } block')
  const types = new Map<string, string>()
  for (const line of block.split(';')) {
    const [mimeType, ...extensions] = line.trim().split(/\s+/)
    if (mimeType) for (const extension of extensions) types.set(extension, mimeType)
  }
  return types
}

/** The paths of uploads: the regex of the nginx location that includes `upload-types.conf`. */
export const uploadLocation = (conf = read('nginx.conf')): RegExp => {
  const match = /location ~ (\S+) \{\s*include \S*upload-types\.conf;/.exec(conf)
  if (!match) throw new Error('docker/nginx.conf has no location that includes upload-types.conf')
  return new RegExp(match[1]!)
}

/** The Cache-Control a location of `docker/nginx.conf` sends: the block opened by the line matching `opening`. */
const cacheControlIn = (conf: string, opening: RegExp): string => {
  const start = conf.search(opening)
  const block = start >= 0 ? conf.slice(start, conf.indexOf('}', conf.indexOf('{', start))) : ''
  const value = /add_header\s+Cache-Control\s+"([^"]*)"\s+always;/.exec(block)?.[1]
  if (!value) throw new Error(`docker/nginx.conf sends no Cache-Control in the location ${opening}`)
  return value
}

/**
 * How long browsers may keep what the site serves, as nginx says it: hashed build assets (`/_astro/`) for a
 * year, uploads (their names stay across releases) for a day, and everything else (pages, feeds, calendars)
 * revalidated on every visit.
 */
export const cacheControls = (
  conf = read('nginx.conf'),
): { assets: string; uploads: string; pages: string } => ({
  assets: cacheControlIn(conf, /location \/_astro\/ \{/),
  uploads: cacheControlIn(conf, /location ~ \S+ \{\s*include \S*upload-types\.conf;/),
  pages: cacheControlIn(conf, /location \/ \{/),
})

/** Types the site's text is served in with `charset=utf-8` (nginx's `charset utf-8` and `charset_types`). */
const TEXT_TYPES = ['text/plain', 'text/csv']

/**
 * The Content-Type of an upload at `pathname`, as nginx sends it: the type of its extension from the list, with
 * a charset for text, and application/octet-stream for anything else.
 */
export const uploadContentType = (pathname: string, types: Map<string, string>): string => {
  const name = pathname.slice(pathname.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  const type = (dot >= 0 && types.get(name.slice(dot + 1).toLowerCase())) || 'application/octet-stream'
  return TEXT_TYPES.includes(type) ? `${type}; charset=utf-8` : type
}
