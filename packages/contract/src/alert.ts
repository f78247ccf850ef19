import { z } from 'zod'
import { area } from './area'
import { id, instant, slug, timestamps } from './common'
import { document } from './document'
import { richText } from './rich-text'

/**
 * What an alert is about: weather warning, flood, another hazard, an outage of water, power or roads, an
 * official announcement, a reminder of an event.
 */
export const alertKinds = [
  'pogoda',
  'powodz',
  'zagrozenie',
  'woda',
  'prad',
  'drogi',
  'komunikat',
  'wydarzenie',
] as const

/** How serious an alert is, mildest first. */
export const alertSeverities = ['informacja', 'ostrzezenie', 'alarm'] as const

/** The longest short text: what one SMS carries. */
export const ALERT_SHORT_TEXT_MAX = 160

/** The longest full text, in characters of plain text. */
export const ALERT_BODY_MAX = 10_000

/** How long an alarm may last without the editor confirming a longer one, in hours. */
export const ALARM_MAX_HOURS = 72

/**
 * `alerts` as the public reads them: published only, relations populated (REST `depth=1`). No areas means the
 * whole gmina. No `validUntil` means valid until withdrawn (never for an alarm).
 */
export const alert = z
  .object({
    id,
    title: z.string().min(1),
    slug,
    kind: z.enum(alertKinds),
    severity: z.enum(alertSeverities),
    shortText: z.string().min(1).max(ALERT_SHORT_TEXT_MAX),
    body: richText.nullish(),
    attachments: z
      .array(document)
      .nullish()
      .transform((value) => value ?? []),
    areas: z
      .array(area)
      .nullish()
      .transform((value) => value ?? []),
    validFrom: instant,
    validUntil: instant.nullish().transform((value) => value ?? null),
    source: z
      .string()
      .nullish()
      .transform((value) => value?.trim() || null),
    publishedAt: instant,
    _status: z.literal('published').optional(),
    ...timestamps,
  })
  .refine(
    (value) => value.validUntil === null || Date.parse(value.validUntil) > Date.parse(value.validFrom),
    {
      message: 'validUntil must be after validFrom',
      path: ['validUntil'],
    },
  )
  .refine((value) => value.severity !== 'alarm' || value.validUntil !== null, {
    message: 'an alarm must have validUntil',
    path: ['validUntil'],
  })

export type Alert = z.infer<typeof alert>
export type AlertKind = (typeof alertKinds)[number]
export type AlertSeverity = (typeof alertSeverities)[number]
