import type { BipCategory, BipChange, BipDocument, Document, BipSettings } from '@ratusz/contract'
import { getCollection, getEntry } from 'astro:content'
import { buildTree, type CategoryNode } from './tree'

/** The BIP's read access to the content store. */

export async function loadBipSettings(): Promise<BipSettings> {
  const entry = await getEntry('bipSettings', 'bip-settings')
  if (!entry) throw new Error('The CMS global "bip-settings" is missing from the content store.')
  return entry.data
}

export async function loadBipCategories(): Promise<BipCategory[]> {
  return (await getCollection('bipCategories')).map((entry) => entry.data)
}

export async function loadBipTree(): Promise<Map<string, CategoryNode>> {
  return buildTree(await loadBipCategories())
}

/** Published documents, newest publication first (withdrawn ones included: they stay public in the archive). */
export async function loadBipDocuments(): Promise<BipDocument[]> {
  return (await getCollection('bipDocuments'))
    .map((entry) => entry.data)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
}

/**
 * An entry of the register, and whether its document has a page on the site: a document unpublished later (or
 * left out of the build) keeps its entries in the register, shown without links to its pages.
 */
export type RegisterEntry = BipChange & { documentLive: boolean }

/** The register of changes, newest first. */
export async function loadBipChanges(): Promise<RegisterEntry[]> {
  const live = new Set((await loadBipDocuments()).map((document) => String(document.id)))
  return (await getCollection('bipChanges'))
    .map((entry) => ({ ...entry.data, documentLive: live.has(String(entry.data.document)) }))
    .sort((a, b) => Date.parse(b.changedAt) - Date.parse(a.changedAt) || b.version - a.version)
}

/** Public attachments by id (files marked not public are never in the store: the CMS does not hand them out). */
export async function loadBipFiles(): Promise<Map<string, Document>> {
  return new Map((await getCollection('bipFiles')).map((entry) => [String(entry.data.id), entry.data]))
}

/** The files of a version, in order, skipping any the public may not read. */
export function filesOf(ids: readonly (string | number)[], files: Map<string, Document>): Document[] {
  return ids.flatMap((id) => files.get(String(id)) ?? [])
}
