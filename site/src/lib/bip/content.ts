import type { BipCategory, BipChange, BipDocument, Document, BipSettings } from '@ratusz/contract'
import { loadGlobal, loadRecords } from '../store/records'
import { buildTree, type CategoryNode } from './tree'

/** The BIP's read access to the content store. */

export const loadBipSettings = (): Promise<BipSettings> => loadGlobal('bipSettings')

export const loadBipCategories = (): Promise<BipCategory[]> => loadRecords('bipCategories')

export async function loadBipTree(): Promise<Map<string, CategoryNode>> {
  return buildTree(await loadBipCategories())
}

/** Published documents, newest publication first (withdrawn ones included: they stay public in the archive). */
export async function loadBipDocuments(): Promise<BipDocument[]> {
  return (await loadRecords('bipDocuments')).sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
  )
}

/**
 * An entry of the register, and whether its document has a page on the site: a document unpublished later (or
 * left out of the build) keeps its entries in the register, shown without links to its pages.
 */
export type RegisterEntry = BipChange & { documentLive: boolean }

/** The register of changes, newest first. */
export async function loadBipChanges(): Promise<RegisterEntry[]> {
  const live = new Set((await loadBipDocuments()).map((document) => String(document.id)))
  return (await loadRecords('bipChanges'))
    .map((change) => ({ ...change, documentLive: live.has(String(change.document)) }))
    .sort((a, b) => Date.parse(b.changedAt) - Date.parse(a.changedAt) || b.version - a.version)
}

/** Public attachments by id (files marked not public are never in the store: the CMS does not hand them out). */
export async function loadBipFiles(): Promise<Map<string, Document>> {
  return new Map((await loadRecords('bipFiles')).map((file) => [String(file.id), file]))
}

/** The files of a version, in order, skipping any the public may not read. */
export function filesOf(ids: readonly (string | number)[], files: Map<string, Document>): Document[] {
  return ids.flatMap((id) => files.get(String(id)) ?? [])
}
