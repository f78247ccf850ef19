import { z } from 'zod'
import { area } from './area'
import { category } from './category'
import { id, instant, slug, timestamps } from './common'
import { document } from './document'
import { media } from './media'
import { richText } from './rich-text'

export const eventStatuses = ['planned', 'cancelled', 'postponed'] as const
export const eventFrequencies = ['daily', 'weekly', 'monthly', 'yearly'] as const
export const organiserKinds = ['gmina', 'area', 'organisation'] as const
/** The days a weekly rule may repeat on, as iCalendar's BYDAY names them. */
export const eventWeekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? [])

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || null)

/**
 * The repeat rule: structured fields and `rule`, the RRULE value the CMS makes from them (UNTIL in UTC).
 * `exceptions` are instants within the Warsaw days without an occurrence.
 */
const eventRecurrence = z.object({
  frequency: z.enum(eventFrequencies).nullish(),
  interval: z.number().int().positive().nullish(),
  weekdays: list(z.string()),
  until: instant.nullish(),
  count: z.number().int().positive().nullish(),
  exceptions: list(z.object({ date: instant })),
  rule: z.string().nullish(),
})

/** `events` as the public reads them: published only, relations populated (REST `depth=1`). */
export const event = z.object({
  id,
  title: z.string().min(1),
  slug,
  lead: z.string().min(1),
  body: richText.nullish(),
  image: media.nullish(),
  allDay: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  /** Start (of the first occurrence); for all-day events midnight in Warsaw of the first day. */
  start: instant,
  /** End; for all-day events midnight in Warsaw of the last day (inclusive). Null: no set end. */
  end: instant.nullish(),
  recurrence: eventRecurrence.nullish(),
  place: z.object({
    name: z.string().min(1),
    address: optionalText,
    latitude: z.number().nullish(),
    longitude: z.number().nullish(),
  }),
  organiser: z
    .object({
      kind: z.enum(organiserKinds),
      area: area.nullish(),
      name: optionalText,
      phone: optionalText,
      email: optionalText,
      website: optionalText,
    })
    .nullish(),
  categories: list(category),
  areas: list(area),
  price: z.object({ free: z.boolean().nullish(), amount: optionalText }).nullish(),
  registration: z.object({ url: optionalText, deadline: instant.nullish() }).nullish(),
  attachments: list(document),
  status: z.enum(eventStatuses),
  statusNote: optionalText,
  /** iCalendar SEQUENCE: grows when a published event's time, place or status changes. */
  sequence: z
    .number()
    .int()
    .nonnegative()
    .nullish()
    .transform((value) => value ?? 0),
  _status: z.literal('published').optional(),
  ...timestamps,
})

export type Event = z.infer<typeof event>
export type EventStatus = (typeof eventStatuses)[number]
