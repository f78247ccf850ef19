import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { AstroSettings, PrerenderPath, Prerenderer, RouteData } from './capture'

/** Astro's own functions that name a path's output file (core/build/common.js). */
export type OutFiles = {
  getOutFolder: (settings: AstroSettings, pathname: string, route: RouteData) => URL
  getOutFile: (format: string, folder: URL, pathname: string, route: RouteData) => URL
}

/** A path of the site as the renderer tracks it: its output file (relative, `/`-separated) and version. */
export type SitePath = PrerenderPath & {
  file: string
  /** The file as Astro's incremental manifest names it (URL-encoded). */
  outputFile: string
  /** `<template hash>:<cache key>` as Astro's incremental manifest keeps it; undefined for a path without key. */
  version: string | undefined
}

/** A path Astro lists, with its output file (as `astro build` names it) and version. */
export function sitePath(
  settings: AstroSettings,
  outFiles: OutFiles,
  templateHash: (component: string) => string,
  found: PrerenderPath,
): SitePath {
  const encoded = encodeURI(found.pathname)
  const outFile = outFiles.getOutFile(
    settings.config.build.format,
    outFiles.getOutFolder(settings, encoded, found.route),
    encoded,
    found.route,
  )
  const file = outFile.href.slice(settings.config.outDir.href.length)
  const version =
    found.cacheKey === undefined ? undefined : `${templateHash(found.route.component)}:${found.cacheKey}`
  return { ...found, file: decodeURI(file), outputFile: file, version }
}

/** The URL Astro requests a path with (core/build/generate.js getUrlForPath, format "directory"). */
export function requestUrl(origin: string, settings: AstroSettings, pathname: string, route: RouteData): URL {
  const { base, trailingSlash, build } = settings.config
  if (build.format !== 'directory') throw new Error(`build.format "${build.format}" is not supported`)
  const join = (a: string, b: string) => `${a.replace(/\/+$/, '')}/${b.replace(/^\/+/, '')}`
  const ending = trailingSlash === 'never' ? '' : '/'
  let built: string
  if (pathname === '/' || pathname === '') built = (base + ending).replace(/\/{2,}$/, '/')
  else if (route.type === 'endpoint') {
    built = join(base, pathname.replace(/^\/+/, ''))
    if (trailingSlash === 'always' && !/\.[^/]+$/.test(pathname)) built = built.replace(/\/?$/, '/')
    else if (trailingSlash === 'never') built = built.replace(/\/+$/, '')
  } else built = join(base, pathname.replace(/^\/+/, '').replace(/\/+$/, '') + ending)
  return new URL(built, origin)
}

/** Renders one path with Astro's prerenderer: its bytes, or null when Astro would write no file. */
export async function renderPath(
  prerenderer: Prerenderer,
  origin: string,
  settings: AstroSettings,
  path_: SitePath,
): Promise<Buffer | null> {
  const request = new Request(requestUrl(origin, settings, path_.pathname, path_.route))
  const result = await prerenderer.render(request, { routeData: path_.route })
  const response = result instanceof Response ? result : result.response
  if (response.status >= 300 && response.status < 400) {
    throw new Error(`${path_.pathname} answers a redirect (not supported by the warm renderer)`)
  }
  if (!response.body) return null
  return Buffer.from(await response.arrayBuffer())
}

/**
 * Writes `bytes` as `file` under `dir` unless it already holds exactly them (then the file, its hardlinks and
 * its validators stay as they are). A file is replaced by a temp file renamed over it, never written in place:
 * the folder may share files with a live release. True when it wrote.
 */
export function writeIfChanged(dir: string, file: string, bytes: Buffer): boolean {
  const target = path.join(dir, file)
  try {
    if (fs.readFileSync(target).equals(bytes)) return false
  } catch {
    // not there yet
  }
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const temp = `${target}.warm-${process.pid}.tmp`
  fs.writeFileSync(temp, bytes)
  fs.renameSync(temp, target)
  return true
}

/** Deletes a file the site no longer has, and its folder once empty (e.g. `aktualnosci/<slug>/`). */
export function deleteFile(dir: string, file: string): void {
  const target = path.join(dir, file)
  fs.rmSync(target, { force: true })
  try {
    fs.rmdirSync(path.dirname(target))
  } catch {
    // other files are left in it
  }
}

export const dirUrl = (dir: string) => pathToFileURL(dir.endsWith(path.sep) ? dir : dir + path.sep)
export const urlPath = (url: URL) => fileURLToPath(url)
