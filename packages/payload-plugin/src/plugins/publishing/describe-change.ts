import type { SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'
import { format } from '../../shared/i18n'
import { publishingPl } from './translations/pl'

/** Longest title a reason quotes. */
const TITLE_MAX = 80

/** The Polish text of a label as collections and globals hold it (`{ pl, en }`, a plain string), else none. */
const polish = (label: unknown): string | undefined => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && typeof (label as { pl?: unknown }).pl === 'string')
    return (label as { pl: string }).pl
  return undefined
}

const shorten = (text: string): string =>
  text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1).trimEnd()}…` : text

/** A record as an editor knows it: `Aktualność „Otwarcie świetlicy”` (its kind and its title, else its number). */
export const describeRecord = (
  collection: Pick<SanitizedCollectionConfig, 'slug' | 'labels' | 'admin'>,
  doc: Record<string, unknown> & { id: number | string },
): string => {
  const kind = polish(collection.labels?.singular) ?? collection.slug
  const title = doc[collection.admin?.useAsTitle ?? 'id']
  const named = (typeof title === 'string' || typeof title === 'number') && String(title).trim()
  return named ? `${kind} „${shorten(String(title).trim())}”` : `${kind} #${doc.id}`
}

/** Why a publish was asked for, as the publish log shows it: "Aktualność „Otwarcie świetlicy”: zmiana". */
export const changeReason = (
  change: 'changed' | 'deleted',
  collection: Pick<SanitizedCollectionConfig, 'slug' | 'labels' | 'admin'>,
  doc: Record<string, unknown> & { id: number | string },
): string => format(publishingPl.publishing.reasons[change], { record: describeRecord(collection, doc) })

/** Why a publish was asked for after a settings screen was saved: "Zmiana ustawień: Ustawienia serwisu". */
export const settingsReason = (global: Pick<SanitizedGlobalConfig, 'slug' | 'label'>): string =>
  format(publishingPl.publishing.reasons.global, { global: polish(global.label) ?? global.slug })
