import type { BipCategory, BipChange, BipDocument, Document, BipSettings } from '@ratusz/contract'
import { perBuild } from '../build/per-build'
import { loadGlobal, loadRecords } from '../store/records'
import { buildTree, type CategoryNode } from './tree'

/** The BIP's read access to the content store. */

export const loadBipSettings = (): Promise<BipSettings> => loadGlobal('bipSettings')

export const loadBipCategories = (): Promise<BipCategory[]> => loadRecords('bipCategories')

export async function loadBipTree(): Promise<Map<string, CategoryNode>> {
  return buildTree(await loadBipCategories())
}

/** `items` newest first by `time` (parsed once each, not in every comparison); `tie` orders equal times. */
const newestFirst = <T>(items: T[], time: (item: T) => string, tie: (a: T, b: T) => number = () => 0): T[] =>
  items
    .map((item) => ({ item, at: Date.parse(time(item)) }))
    .sort((a, b) => b.at - a.at || tie(a.item, b.item))
    .map(({ item }) => item)

/** Published documents, newest publication first (withdrawn ones included: they stay public in the archive). */
export async function loadBipDocuments(): Promise<BipDocument[]> {
  return newestFirst(await loadRecords('bipDocuments'), (document) => document.publishedAt)
}

/**
 * An entry of the register, and whether its document has a page on the site: a document unpublished later (or
 * left out of the build) keeps its entries in the register, shown without links to its pages.
 */
export type RegisterEntry = BipChange & { documentLive: boolean }

/**
 * The register of changes, newest first (a document's later version first at the same time). A record's entry is
 * made once per build and handed to every route that asks (the history, the register's pages, its feed): each
 * page key digests an entry once per build by the object (cache-key.ts), not once per route.
 */
export async function loadBipChanges(): Promise<RegisterEntry[]> {
  const live = new Set((await loadRecords('bipDocuments')).map((document) => String(document.id)))
  const made = perBuild('bip-register-entries', () => new WeakMap<BipChange, RegisterEntry>(), 'cache')
  const entryOf = (change: BipChange): RegisterEntry => {
    let entry = made.get(change)
    if (!entry) {
      entry = { ...change, documentLive: live.has(String(change.document)) }
      made.set(change, entry)
    }
    return entry
  }
  return newestFirst(
    (await loadRecords('bipChanges')).map(entryOf),
    (entry) => entry.changedAt,
    (a, b) => b.version - a.version,
  )
}

/** Public attachments by id (files marked not public are never in the store: the CMS does not hand them out). */
export async function loadBipFiles(): Promise<Map<string, Document>> {
  return new Map((await loadRecords('bipFiles')).map((file) => [String(file.id), file]))
}

/** The files of a version, in order, skipping any the public may not read. */
export function filesOf(ids: readonly (string | number)[], files: Map<string, Document>): Document[] {
  return ids.flatMap((id) => files.get(String(id)) ?? [])
}
