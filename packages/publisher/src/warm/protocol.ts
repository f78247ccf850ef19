import type { SkippedRecord } from '@ratusz/contract'

/** What starts a warm renderer (packages/publisher/src/warm/worker.ts), given as JSON in its argv. */
export type WarmStart = {
  /** The Astro project (the `site/` package). */
  siteDir: string
  /** Where its first, ordinary build writes the site. */
  outDir: string
  /** Astro's cacheDir for the renderer alone (content store, incremental manifest, search parts, sitemap dates). */
  cacheDir: string
  /** Variables of the renderer's builds (siteBuildEnv, RATUSZ_BUILD_NOW). */
  env: Record<string, string>
}

/** A request to the renderer: bring `outDir`, a copy of the last output, up to date with the CMS. */
export type WarmRequest = {
  type: 'render'
  id: number
  outDir: string
  /** Variables set for this render alone (e.g. RATUSZ_BUILD_NOW); others keep the start's. */
  env?: Record<string, string | undefined>
}

/**
 * A request to the renderer: render the page of a record that is not published (a draft, from the admin's
 * "Podgląd") as the site would show it, from the CMS's current records with this one in place of its published
 * version. Nothing is written and nothing is kept: the next render or preview starts from the CMS again.
 */
export type WarmPreviewRequest = {
  type: 'preview'
  id: number
  /** The CMS collection (REST slug) of the record, e.g. `articles`. */
  collection: string
  /** The record as the CMS's REST API gives it (depth 1), its draft version. */
  record: Record<string, unknown>
  /** The path of the record's page on the site, e.g. `/aktualnosci/remont-mostu/`. */
  pathname: string
}

/** The page of a previewed record. */
export type WarmPreviewed = { type: 'previewed'; id: number; html: string }

/** Every message the renderer takes. */
export type WarmMessage = WarmRequest | WarmPreviewRequest

/** Milliseconds of each step of a warm render. */
export type WarmSteps = {
  fetch: number
  paths: number
  render: number
  write: number
  /** Splicing the site-wide regions (the alerts banner) into the pages whose own content is unchanged. */
  splice: number
  /** Astro's incremental manifest written, then the integrations that work on the output (search index, sitemap). */
  index: number
  /** Of `index`, each integration's own time, by its name. */
  byIntegration?: Record<string, number>
}

export type WarmRendered = {
  type: 'rendered'
  id: number
  /** Files written again (their bytes changed), relative to outDir. */
  written: string[]
  /**
   * The new version of every path rendered or spliced (null: a path without a key), by file: with `deleted`, every
   * change to the versions since the last reply (or the first build's manifest). The renderer keeps its manifest in
   * memory; the publisher keeps these for the link check.
   */
  versions: Record<string, string | null>
  /** Paths rendered (their key changed, or they have none), files deleted (the site no longer has them). */
  rendered: number
  /**
   * Pages whose key changed only in a site-wide region (the alerts banner): the new region was spliced into their
   * files instead of rendering them (one of them, the probe, is rendered and counted in `rendered`).
   */
  spliced: number
  deleted: string[]
  /**
   * What the integrations after the pages (the sitemap, the search index) wrote and removed in outDir. With
   * `written` and `deleted`, every file the render changed: all others are the output's files as they were.
   */
  outputs: { written: string[]; deleted: string[] }
  /** Paths of the site in total. */
  paths: number
  /** Routes whose paths were listed again (something they read changed), and routes that kept their last list. */
  routes: { walked: number; kept: number }
  stepsMs: WarmSteps
  /** The renderer's resident memory after the render, in MiB. */
  rssMiB: number
}

/** The renderer cannot prove its output equals a cold build: the caller must build cold. */
export type WarmRefused = { type: 'refused'; id: number; reason: string }

export type WarmReply =
  | { type: 'ready'; skipped: SkippedRecord[]; buildMs: number }
  | { type: 'failed'; reason: string }
  | WarmRendered
  | WarmRefused
  | WarmPreviewed
