import { z } from 'zod'
import { id, instant, relationId, timestamps } from './common'
import { richText } from './rich-text'

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || null)

/** How the BIP names a person whose name it does not have: never by their sign-in e-mail. */
export const BIP_ACTOR_FALLBACK = 'Redakcja BIP'

/**
 * Who entered or changed a document, as the site shows it. A sign-in e-mail is not public information: older
 * records that hold one (the CMS once fell back to it) read as the editorial office.
 */
export const bipActor = z
  .string()
  .min(1)
  .transform((value) => (/\S@\S/.test(value) ? BIP_ACTOR_FALLBACK : value))

/** What was excluded from publication, on what legal basis, and who decided (art. 8 ust. 5). */
export const bipExclusion = z
  .object({ scope: optionalText, legalBasis: optionalText, decidedBy: optionalText })
  .nullish()
  .transform((value) => (value?.scope && value.legalBasis && value.decidedBy ? value : null))

/** Withdrawal to the archive: the document stays public there. */
export const bipWithdrawal = z
  .object({ withdrawn: z.boolean().nullish(), reason: optionalText, withdrawnAt: instant.nullish() })
  .nullish()
  .transform((value) =>
    value?.withdrawn && value.withdrawnAt
      ? { reason: value.reason ?? '', withdrawnAt: value.withdrawnAt }
      : null,
  )

/** The content of a published version of a BIP document, as the register snapshots it. */
export const bipDocumentContent = z.object({
  title: z.string().min(1),
  category: relationId,
  kind: z.enum(['dokument', 'przetarg', 'nabor']),
  deadline: instant.nullish().transform((value) => value ?? null),
  body: richText,
  attachments: z.array(relationId).default([]),
  publisher: z.string().min(1),
  producedBy: z.string().min(1),
  producedAt: instant,
  enteredBy: bipActor,
  publishedAt: instant,
  exclusion: bipExclusion,
  withdrawal: bipWithdrawal,
})

/** `bip-documents` as the public reads them: published only, relations as ids (REST `depth=0`). */
export const bipDocument = bipDocumentContent.extend({
  id,
  permanentId: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().positive(),
  modifiedBy: bipActor.nullish().transform((value) => value ?? null),
  modifiedAt: instant.nullish().transform((value) => value ?? null),
  _status: z.literal('published').optional(),
  ...timestamps,
})

export type BipDocumentContent = z.infer<typeof bipDocumentContent>
export type BipDocument = z.infer<typeof bipDocument>
