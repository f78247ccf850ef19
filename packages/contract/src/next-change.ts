import { z } from 'zod'

/**
 * The name of the file in which a section of the built site (events, alerts, the BIP) says when it goes stale by
 * the clock alone: the site writes one per section, the publisher reads them all and schedules a rebuild then.
 */
export const NEXT_CHANGE_FILE = 'nastepna-zmiana.json'

/** The content of a `nastepna-zmiana.json` file. */
export const nextChange = z.object({
  /** The earliest moment after the build at which the section changes with no edit; null when nothing is due. */
  staleAt: z.iso.datetime({ offset: true }).nullable(),
  /** The build's `now`. */
  builtAt: z.iso.datetime({ offset: true }),
})

export type NextChange = z.infer<typeof nextChange>

/** What a section writes to its `nastepna-zmiana.json`: it goes stale at `staleAt` (null: never by the clock). */
export const nextChangeOf = (staleAt: Date | null | undefined, builtAt: Date): NextChange => ({
  staleAt: staleAt?.toISOString() ?? null,
  builtAt: builtAt.toISOString(),
})
