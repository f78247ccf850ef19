import { z } from 'zod'
import { id, slug, timestamps } from './common'

export const periodicalFrequencies = [
  'weekly',
  'biweekly',
  'monthly',
  'bimonthly',
  'quarterly',
  'semiannual',
  'annual',
  'irregular',
] as const

export const coverStyles = ['green', 'blue', 'red', 'grey'] as const

/** `periodicals`: a newspaper or newsletter of the gmina. */
export const periodical = z.object({
  id,
  title: z.string().min(1),
  slug,
  description: z.string().nullish(),
  publisher: z.string().min(1),
  frequency: z.enum(periodicalFrequencies),
  issn: z.string().nullish(),
  printRun: z.number().int().positive().nullish(),
  coverStyle: z
    .enum(coverStyles)
    .nullish()
    .transform((value) => value ?? 'green'),
  ...timestamps,
})

export type Periodical = z.infer<typeof periodical>
