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

/** What a BIP document is: a document, a tender (przetarg) or a recruitment (nabór). */
export const bipDocumentKinds = ['dokument', 'przetarg', 'nabor'] as const

const exclusionFields = ['scope', 'legalBasis', 'decidedBy'] as const

/**
 * What was excluded from publication, on what legal basis, and who decided (art. 8 ust. 5): all three or none.
 * A notice with only some of them is refused, naming each missing field, rather than silently dropped.
 */
const bipExclusion = z
  .object({ scope: optionalText, legalBasis: optionalText, decidedBy: optionalText })
  .nullish()
  .superRefine((value, context) => {
    const missing = exclusionFields.filter((field) => !value?.[field])
    if (missing.length === 0 || missing.length === exclusionFields.length) return
    for (const field of missing) {
      context.addIssue({
        code: 'custom',
        path: [field],
        message: 'an exclusion notice needs its scope, legal basis and decision-maker together',
      })
    }
  })
  .transform((value) => (value?.scope && value.legalBasis && value.decidedBy ? value : null))

/**
 * Withdrawal to the archive: the document stays public there. A withdrawn document without the date or the
 * reason of its withdrawal is refused (the CMS always sets both), rather than shown as current.
 */
const bipWithdrawal = z
  .object({ withdrawn: z.boolean().nullish(), reason: optionalText, withdrawnAt: instant.nullish() })
  .nullish()
  .superRefine((value, context) => {
    if (!value?.withdrawn) return
    if (!value.withdrawnAt) {
      context.addIssue({ code: 'custom', path: ['withdrawnAt'], message: 'a withdrawal needs its date' })
    }
    if (!value.reason) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'a withdrawal needs its reason' })
    }
  })
  .transform((value) =>
    value?.withdrawn && value.withdrawnAt && value.reason
      ? { reason: value.reason, withdrawnAt: value.withdrawnAt }
      : null,
  )

/** The content of a published version of a BIP document, as the register snapshots it. */
export const bipDocumentContent = z.object({
  title: z.string().min(1),
  category: relationId,
  kind: z.enum(bipDocumentKinds),
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
