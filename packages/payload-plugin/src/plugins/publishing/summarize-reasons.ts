/** How many titles of one kind and change a line names before it counts the rest. */
const NAMES_SHOWN = 3

/** A record's reason as describe-change.ts writes it: `Aktualność „Otwarcie świetlicy”: zmiana` (or `#12`). */
const RECORD_REASON = /^(.+?) („.*”|#\S+): (\S+)$/

type Group = { kind: string; change: string; names: string[] }

const nameList = (names: readonly string[]): string => {
  if (names.length <= NAMES_SHOWN) {
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} i ${names.at(-1)}`
  }
  return `${names.slice(0, NAMES_SHOWN - 1).join(', ')} i jeszcze ${names.length - (NAMES_SHOWN - 1)}`
}

/**
 * The publish log's reasons as people read them: first the reasons that are no record's (a settings screen, the
 * clock, an administrator's request) as they are, then one line per kind of record and change, in the order they
 * first came ("Aktualność „Otwarcie świetlicy” — zmiana", "Obraz „a.jpg”, „b.jpg” i jeszcze 3 — zmiana");
 * repeats dropped.
 */
export const summarizeReasons = (reason: string | null | undefined): string[] => {
  const others: string[] = []
  const groups = new Map<string, Group>()
  for (const part of new Set((reason ?? '').split('; ').map((text) => text.trim()))) {
    if (!part) continue
    const record = part.match(RECORD_REASON)
    if (!record) {
      others.push(part)
      continue
    }
    const [, kind, name, change] = record as unknown as [string, string, string, string]
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
    ...[...groups.values()].map((group) => `${group.kind} ${nameList(group.names)} — ${group.change}`),
  ]
}
