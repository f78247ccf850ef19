import { z } from 'zod'
import { id, instant, slug, timestamps } from './common'
import { media } from './media'

/** A regular issue or a special supplement. */
export const issueKinds = ['regular', 'supplement'] as const

/** Where the processing of an issue's PDF stands. */
export const issueProcessingStates = ['queued', 'running', 'done', 'failed'] as const

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? [])

/** A relation at depth 1 may come as the related record or, past the depth, as its id. */
const idOf = z.union([id, z.object({ id }).transform((value) => value.id)])

/** `newsletter-issues`: one issue (or special supplement) of a periodical, as its PDF and what was read from it. */
export const newsletterIssue = z.object({
  id,
  periodical: idOf,
  number: z.string().min(1),
  /** The number as a URL segment: "3/2022" → "3-2022". */
  urlSegment: slug,
  year: z.number().int(),
  publishedOn: instant,
  kind: z.enum(issueKinds),
  subject: z.string().nullish(),
  parentIssue: idOf.nullish(),
  cover: media.nullish(),
  generatedCover: media.nullish(),
  printRun: z.number().int().positive().nullish(),
  contents: list(z.object({ title: z.string().min(1), page: z.number().int().positive() })),
  /** The PDF itself. */
  url: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.literal('application/pdf'),
  filesize: z.number().int().positive(),
  pageCount: z.number().int().nonnegative().nullish(),
  pdfTitle: z.string().nullish(),
  pdfLanguage: z.string().nullish(),
  pages: list(z.object({ page: z.number().int().positive(), text: z.string().nullish() })),
  processing: z
    .object({
      status: z.enum(issueProcessingStates).nullish(),
      warnings: list(z.object({ code: z.string().nullish(), message: z.string().nullish() })),
    })
    .nullish(),
  _status: z.literal('published').optional(),
  ...timestamps,
})

export type NewsletterIssue = z.infer<typeof newsletterIssue>
