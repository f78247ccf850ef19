import { z } from 'zod'
import { instant } from './common'

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value || null)

/** The three states of the ministry's template 2.0. */
export const accessibilityStatuses = ['zgodna', 'czesciowo-zgodna', 'niezgodna'] as const

/** Why content is inaccessible: a non-compliance, a statutory exemption, a disproportionate burden (art. 8). */
export const unavailableReasons = ['niezgodnosc', 'wylaczenie', 'nadmierne-obciazenie'] as const

/** How the statement was prepared: a self-assessment or an assessment by an outside body. */
export const preparationMethods = ['samoocena', 'zewnetrzny'] as const

/** The `accessibility-statement` global: every element of the template 2.0 statement (Deklaracja dostępności). */
export const accessibilityStatement = z.object({
  entityName: z.string().min(1),
  publishedOn: instant,
  updatedOn: instant,
  status: z.enum(accessibilityStatuses),
  unavailableContent: z
    .array(
      z.object({
        content: z.string().min(1),
        reason: z.enum(unavailableReasons),
        explanation: optionalText,
      }),
    )
    .nullish()
    .transform((value) => value ?? []),
  preparedOn: instant,
  reviewedOn: instant.nullish().transform((value) => value ?? null),
  preparationMethod: z.enum(preparationMethods),
  assessor: optionalText,
  assessmentUrl: z
    .url()
    .nullish()
    .or(z.literal(''))
    .transform((value) => value || null),
  contact: z.object({
    person: z.string().min(1),
    email: z.email(),
    phone: z.string().min(1),
  }),
  procedure: z.string().min(1),
  architecturalAccessibility: z.string().min(1),
  communicationAccessibility: z.string().min(1),
  mobileApps: z
    .array(z.object({ name: z.string().min(1), url: z.url() }))
    .nullish()
    .transform((value) => value ?? []),
  notes: optionalText,
  updatedAt: instant.nullish(),
})

export type AccessibilityStatement = z.infer<typeof accessibilityStatement>
export type AccessibilityStatus = (typeof accessibilityStatuses)[number]
