import { z } from 'zod'
import { REPORT_FIELDS as F } from './report-form-fields'
import { normalPolishPhone } from './subscription-values'

/** How a resident hears back about a report. */
export const REPORT_CHANNELS = ['email', 'sms'] as const
export type ReportChannel = (typeof REPORT_CHANNELS)[number]

/** What the report form holds, as the resident typed it (to show it again with errors). */
export type ReportValues = {
  category: string
  description: string
  area: string
  place: string
  lat: string
  lon: string
  channel: ReportChannel
  email: string
  phone: string
  consent: boolean
}

/** An empty form. */
export const EMPTY_REPORT: ReportValues = {
  category: '',
  description: '',
  area: '',
  place: '',
  lat: '',
  lon: '',
  channel: 'email',
  email: '',
  phone: '',
  consent: false,
}

/** Polish errors of the report form, by field name (`photos` for the files). */
export type ReportErrors = Partial<Record<keyof ReportValues | 'photos', string>>

/** A box on the map in degrees (WGS84): where a report's position may lie. */
export type MapBounds = { south: number; west: number; north: number; east: number }

/** Poland's box: the default where a report's position may lie (RATUSZ_MAP_BOUNDS narrows it to the gmina). */
export const POLAND_BOUNDS: MapBounds = { south: 49.0, west: 14.07, north: 54.84, east: 24.15 }

/** The longest description and place a report takes. */
export const REPORT_LIMITS = { description: 4000, place: 300 } as const

const id = z.string().regex(/^[\w-]{1,64}$/)
const coordinate = (min: number, max: number) =>
  z.union([
    z.literal(''),
    z
      .string()
      .regex(/^-?\d{1,3}(\.\d{1,8})?$/)
      .refine((v) => +v >= min && +v <= max),
  ])

const schema = z.object({
  category: id.or(z.literal('')).refine(Boolean, 'Wybierz, czego dotyczy zgłoszenie.'),
  description: z
    .string()
    .min(10, 'Opisz problem w kilku słowach (co najmniej 10 znaków).')
    .max(REPORT_LIMITS.description, `Opis może mieć najwyżej ${REPORT_LIMITS.description} znaków.`),
  area: id.or(z.literal('')),
  place: z
    .string()
    .min(3, 'Wpisz adres albo opisz miejsce, np. „przy przystanku koło szkoły”.')
    .max(REPORT_LIMITS.place, `Opis miejsca może mieć najwyżej ${REPORT_LIMITS.place} znaków.`),
  lat: coordinate(-90, 90),
  lon: coordinate(-180, 180),
  channel: z.enum(REPORT_CHANNELS, { error: 'Wybierz, jak mamy Cię informować: e-mailem albo SMS-em.' }),
  consent: z.literal(true, { error: 'Aby wysłać zgłoszenie, zaznacz zgodę na przetwarzanie danych.' }),
})

/** The form's values from a posted body (multipart or not), as typed, before any check. */
export const readReportForm = (body: { get: (name: string) => unknown }): ReportValues => {
  const text = (name: string) => {
    const value = body.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  return {
    category: text(F.category),
    description: text(F.description).replace(/\r\n/g, '\n'),
    area: text(F.area),
    place: text(F.place),
    lat: text(F.lat).replace(',', '.'),
    lon: text(F.lon).replace(',', '.'),
    channel: (text(F.channel) || 'email') as ReportChannel,
    email: text(F.email),
    phone: text(F.phone),
    consent: text(F.consent) === 'tak',
  }
}

/** An error of the position (both coordinates or none, numbers, inside `bounds`), or null when it is right. */
const positionError = (values: ReportValues, bounds: MapBounds): string | null => {
  if (!values.lat && !values.lon) return null
  const lat = Number(values.lat)
  const lon = Number(values.lon)
  if (!values.lat || !values.lon || !Number.isFinite(lat) || !Number.isFinite(lon))
    return 'Nieprawidłowe współrzędne miejsca.'
  if (lat < bounds.south || lat > bounds.north || lon < bounds.west || lon > bounds.east)
    return 'Zaznaczone na mapie miejsce leży poza gminą. Zaznacz je jeszcze raz albo opisz miejsce słowami.'
  return null
}

/**
 * Checks the values: `ok` with the contact normalised (lower-case e-mail, +48 phone), or Polish errors. A position
 * (latitude and longitude, both or neither) must lie inside `bounds` (the gmina's box; Poland by default).
 */
export const checkReport = (
  values: ReportValues,
  bounds: MapBounds = POLAND_BOUNDS,
): { ok: true; values: ReportValues; address: string } | { ok: false; errors: ReportErrors } => {
  const errors: ReportErrors = {}
  if (values.channel === 'email' && !z.email().safeParse(values.email).success)
    errors.email = 'Wpisz poprawny adres e-mail, np. jan.kowalski@example.pl.'
  if (values.channel === 'sms' && normalPolishPhone(values.phone) === null)
    errors.phone = 'Wpisz numer telefonu komórkowego: 9 cyfr, np. 600 123 456 (może być z +48).'
  const result = schema.safeParse(values)
  for (const issue of result.success ? [] : result.error.issues) {
    const field = String(issue.path[0]) as keyof ReportValues
    if (field === 'lat' || field === 'lon') errors.lat ??= 'Nieprawidłowe współrzędne miejsca.'
    else errors[field] ??= issue.message
  }
  const position = errors.lat ? null : positionError(values, bounds)
  if (position) errors.lat = position
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const address = values.channel === 'email' ? values.email.toLowerCase() : normalPolishPhone(values.phone)!
  return { ok: true, values, address }
}
