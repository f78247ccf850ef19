import { z } from 'zod'

/**
 * The kinds of value an environment variable holds, each read from a string with one message for any bad value
 * ("expected …"; the reader adds what it got). A blank variable counts as unset (see parse-config.ts).
 */
const expected = (what: string) => ({ error: `expected ${what}` })

/** Any text, e.g. a folder: absolute, or relative to the repository (to `site/` for the site's own). */
export const text = () => z.string()

export const positiveNumber = () =>
  z.coerce.number(expected('a positive number')).positive(expected('a positive number'))

export const wholeNumber = ({ min }: { min: number }) => {
  const message = expected(`a whole number of at least ${min}`)
  return z.coerce.number(message).int(message).min(min, message)
}

export const port = () => {
  const message = expected('a port number (1 to 65535)')
  return z.coerce.number(message).int(message).min(1, message).max(65535, message)
}

/** `true`/`1` or `false`/`0`. */
export const flag = () =>
  z
    .enum(['true', 'false', '1', '0'], expected('true or false (or 1 or 0)'))
    .transform((value) => ['true', '1'].includes(value))

export const httpUrl = () =>
  z
    .string()
    .trim()
    .pipe(z.url({ protocol: /^https?$/, ...expected('an http:// or https:// URL') }))

const isBareOrigin = (value: string): boolean => {
  const url = new URL(value)
  return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password
}

/** An http(s) origin: scheme, host and port, no path. */
export const origin = () =>
  httpUrl().refine(
    isBareOrigin,
    expected('an origin only: scheme, host and port, no path (e.g. https://cms.example-gmina.pl)'),
  )

/** A URL of one of the schemes given, e.g. `postgres` or `smtp`. */
export const urlOf = (schemes: readonly string[], what: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^(${schemes.join('|')})://`), expected(what))

export const email = () =>
  z
    .string()
    .trim()
    .pipe(z.email(expected('an e-mail address')))

/** Comma-separated names, e.g. `default,pdf`. */
export const list = () =>
  z.string().transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )

/** A comma-separated list whose every item is one of `choices`, e.g. `news,events`. */
export const listOf = <const T extends readonly [string, ...string[]]>(choices: T) =>
  list().pipe(
    z.array(
      z.enum(choices, {
        error: (issue) => `expected items from ${choices.join(', ')}; got "${String(issue.input)}"`,
      }),
    ),
  )

/** An ISO 8601 instant with a time zone, e.g. 2025-06-14T16:00:00Z. */
export const instant = () => {
  const message = expected('an ISO 8601 instant with a time zone, like 2025-06-14T16:00:00Z')
  return z
    .string()
    .trim()
    .regex(/(?:Z|[+-]\d{2}:?\d{2})$/i, message)
    .transform((value) => new Date(value))
    .refine((date) => !Number.isNaN(date.getTime()), message)
}

/** One of `choices`, e.g. `smsapi`. */
export const oneOf = <const T extends readonly [string, ...string[]]>(choices: T) =>
  z.enum(choices, expected(`one of ${choices.join(', ')}`))

const coordinates = (value: string) => value.split(',').map((part) => Number(part.trim()))
const isLatitude = (value: number) => Number.isFinite(value) && value >= -90 && value <= 90
const isLongitude = (value: number) => Number.isFinite(value) && value >= -180 && value <= 180

/** A point on the map as `latitude,longitude` in degrees (WGS84), e.g. `50.86,21.02`. */
export const mapPoint = () => {
  const message = expected('latitude,longitude in degrees, like 50.86,21.02')
  return z
    .string()
    .trim()
    .transform(coordinates)
    .refine((value) => value.length === 2 && isLatitude(value[0]!) && isLongitude(value[1]!), message)
    .transform(([lat, lon]) => ({ lat: lat!, lon: lon! }))
}

/** A box on the map as `south,west,north,east` in degrees (WGS84), e.g. `50.8,20.9,50.95,21.15`. */
export const mapBounds = () => {
  const message = expected('south,west,north,east in degrees, like 50.8,20.9,50.95,21.15')
  return z
    .string()
    .trim()
    .transform(coordinates)
    .refine(
      (value) =>
        value.length === 4 &&
        isLatitude(value[0]!) &&
        isLongitude(value[1]!) &&
        isLatitude(value[2]!) &&
        isLongitude(value[3]!) &&
        value[0]! < value[2]! &&
        value[1]! < value[3]!,
      message,
    )
    .transform(([south, west, north, east]) => ({ south: south!, west: west!, north: north!, east: east! }))
}

/** A tile server's address template with `{z}`, `{x}` and `{y}` (and optionally `{s}`, `{r}`), http(s). */
export const tileUrl = () =>
  z
    .string()
    .trim()
    .regex(
      /^https?:\/\/[^\s"'<>]+$/,
      expected('an http:// or https:// tile URL like https://tiles.example.pl/{z}/{x}/{y}.png'),
    )
    .refine(
      (value) => ['{z}', '{x}', '{y}'].every((part) => value.includes(part)),
      expected('a tile URL with {z}, {x} and {y}, like https://tiles.example.pl/{z}/{x}/{y}.png'),
    )
