/**
 * What RFC 5545 asks of the iCalendar text this site writes, checked line by line (a parser that accepts a file
 * forgives most of it), for the tests of every calendar: one message per broken rule, none for a valid file.
 *
 * - 3.1: content lines end with CRLF and are folded to at most 75 octets (a fold is CRLF and one space or tab);
 * - 3.8.7.1-3.8.7.3: DTSTAMP, CREATED and LAST-MODIFIED are UTC date-times (`20250110T100000Z`, no TZID);
 * - 3.3.5, 3.2.19, 3.8.2.2, 3.8.5.1: an event's DTSTART, DTEND and EXDATE are local times with the TZID of a
 *   VTIMEZONE in the file, or dates (`VALUE=DATE`), DTEND and EXDATE of the same type as DTSTART.
 */

/** An unfolded content line, with the component it belongs to (`component`, and `within`: which one of them). */
type ContentLine = {
  name: string
  params: Map<string, string>
  value: string
  component: string
  within: number
}

const MAX_OCTETS = 75
const UTC_DATE_TIME = /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3])[0-5]\d([0-5]\d|60)Z$/
const LOCAL_DATE_TIME = /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3])[0-5]\d([0-5]\d|60)$/
const DATE = /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/
const UTC_PROPERTIES: ReadonlySet<string> = new Set(['DTSTAMP', 'CREATED', 'LAST-MODIFIED'])
const EVENT_TIMES: ReadonlySet<string> = new Set(['DTSTART', 'DTEND', 'EXDATE'])

/** The unfolded content lines of a file, BEGIN and END lines left out. */
function contentLines(physical: readonly string[]): ContentLine[] {
  const unfolded: string[] = []
  for (const line of physical) {
    if (/^[ \t]/.test(line) && unfolded.length > 0) unfolded[unfolded.length - 1] += line.slice(1)
    else unfolded.push(line)
  }
  const open: { name: string; index: number }[] = []
  const lines: ContentLine[] = []
  let components = 0
  for (const line of unfolded) {
    // the name and parameters end at the first colon outside a quoted parameter value
    const head = /^((?:[^:"]|"[^"]*")*):/.exec(line)
    if (!head) continue
    const [name = '', ...params] = head[1]!.split(';')
    const value = line.slice(head[0].length)
    if (name === 'BEGIN') open.push({ name: value, index: (components += 1) })
    else if (name === 'END') open.pop()
    else
      lines.push({
        name: name.toUpperCase(),
        params: new Map(
          params.map((param) => [param.split('=')[0]!.toUpperCase(), param.split('=')[1] ?? '']),
        ),
        value,
        component: open.at(-1)?.name ?? '',
        within: open.at(-1)?.index ?? 0,
      })
  }
  return lines
}

/** What is wrong with an event's DTSTART, DTEND or EXDATE line (undefined when nothing). */
function eventTimeProblem(
  line: ContentLine,
  zones: ReadonlySet<string>,
  startIsDate: boolean,
): string | undefined {
  const values = line.name === 'EXDATE' ? line.value.split(',') : [line.value]
  const isDate = line.params.get('VALUE') === 'DATE'
  if (isDate) {
    if (line.params.has('TZID')) return 'a date with a TZID'
    if (!values.every((value) => DATE.test(value))) return 'VALUE=DATE but not a date'
  } else {
    const zone = line.params.get('TZID')
    if (!zone) return 'a date-time without TZID'
    if (!zones.has(zone)) return `TZID=${zone} without its VTIMEZONE`
    if (!values.every((value) => LOCAL_DATE_TIME.test(value))) return 'not a local date-time'
  }
  if (line.name !== 'DTSTART' && isDate !== startIsDate) return 'not of the same value type as DTSTART'
  return undefined
}

/** Every rule of RFC 5545 (see above) that `ics` breaks, as `PROPERTY value: problem`; empty when none. */
export function icsRuleViolations(ics: string): string[] {
  const problems: string[] = []
  if (!ics.endsWith('\r\n')) problems.push('the last line does not end with CRLF')
  if (/\r(?!\n)|(?<!\r)\n/.test(ics)) problems.push('a line break that is not CRLF')
  const physical = ics.split('\r\n').slice(0, ics.endsWith('\r\n') ? -1 : undefined)
  for (const line of physical) {
    const octets = Buffer.byteLength(line, 'utf8')
    if (octets > MAX_OCTETS) problems.push(`${line.slice(0, 30)}…: ${octets} octets, not folded at 75`)
  }
  const lines = contentLines(physical)
  const zones = new Set(
    lines.filter((line) => line.component === 'VTIMEZONE' && line.name === 'TZID').map((l) => l.value),
  )
  const dateStarts = new Set(
    lines
      .filter((line) => line.name === 'DTSTART' && line.params.get('VALUE') === 'DATE')
      .map((l) => l.within),
  )
  for (const line of lines) {
    const where = `${line.name} ${line.value}`
    if (UTC_PROPERTIES.has(line.name)) {
      if (line.params.size > 0 || !UTC_DATE_TIME.test(line.value))
        problems.push(`${where}: not a UTC date-time`)
    } else if (line.component === 'VEVENT' && EVENT_TIMES.has(line.name)) {
      const problem = eventTimeProblem(line, zones, dateStarts.has(line.within))
      if (problem) problems.push(`${where}: ${problem}`)
    }
  }
  return problems
}
