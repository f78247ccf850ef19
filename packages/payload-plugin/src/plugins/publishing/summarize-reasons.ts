/** How many titles of one kind and change a line names before it counts the rest. */
const NAMES_SHOWN = 3

/** A record's reason as describe-change.ts writes it: `Aktualność „Otwarcie świetlicy”: zmiana` (or `#12`). */
const RECORD_REASON = /^(.+?) („.*”|#\S+): (\S+)$/

/** The record a reason is about, where the admin can open it (a deleted record has none). */
export type ReasonRecord = { reason: string; collection: string; id: number | string }

/** A piece of a line: plain text, or a record's name that links to it in the admin. */
export type ReasonPart = string | { name: string; collection: string; id: number | string }

/** One line of the log, in pieces; `reasonLineText` joins them. */
export type ReasonLine = ReasonPart[]

type Group = { kind: string; change: string; names: ReasonPart[] }

const separated = (names: readonly ReasonPart[], last: string): ReasonPart[] =>
  names.flatMap((name, index) => (index === 0 ? [name] : [index === names.length - 1 ? last : ', ', name]))

const nameList = (names: readonly ReasonPart[]): ReasonPart[] => {
  if (names.length <= NAMES_SHOWN) return separated(names, ' i ')
  const shown = names.slice(0, NAMES_SHOWN - 1)
  return [...separated(shown, ', '), ` i jeszcze ${names.length - shown.length}`]
}

/** A line's text as it reads: "Obraz „a.jpg”, „b.jpg” i jeszcze 3 — zmiana". */
export const reasonLineText = (line: ReasonLine): string =>
  line.map((part) => (typeof part === 'string' ? part : part.name)).join('')

/**
 * The publish log's reasons as people read them: first the reasons that are no record's (a settings screen, the
 * clock, an administrator's request) as they are, then one line per kind of record and change, in the order they
 * first came ("Aktualność „Otwarcie świetlicy” — zmiana", "Obraz „a.jpg”, „b.jpg” i jeszcze 3 — zmiana");
 * repeats dropped. A name whose record is among `records` is a link to it.
 */
export const summarizeReasons = (
  reason: string | null | undefined,
  records: readonly ReasonRecord[] = [],
): ReasonLine[] => {
  const targets = new Map(records.map((record) => [record.reason, record]))
  const others: ReasonLine[] = []
  const groups = new Map<string, Group>()
  for (const part of new Set((reason ?? '').split('; ').map((text) => text.trim()))) {
    if (!part) continue
    const record = part.match(RECORD_REASON)
    if (!record) {
      others.push([part])
      continue
    }
    const [, kind, title, change] = record as unknown as [string, string, string, string]
    const target = targets.get(part)
    const name: ReasonPart = target ? { name: title, collection: target.collection, id: target.id } : title
    const key = `${kind}\n${change}`
    const group = groups.get(key)
    if (group) {
      group.names.push(name)
      continue
    }
    groups.set(key, { kind, change, names: [name] })
  }
  return [
    ...others,
    ...[...groups.values()].map((group): ReasonLine => [
      `${group.kind} `,
      ...nameList(group.names),
      ` — ${group.change}`,
    ]),
  ]
}
