import { reasonLineText, summarizeReasons, type ReasonLine, type ReasonRecord } from '@ratusz/payload-plugin'
import { polishPlural } from './polish-plural'

/** How many lines of reasons a row of the publish log shows; the record shows them all. */
const LINES_IN_LIST = 3

type LogData = { reason?: unknown; records?: unknown }

const reasonsOf = (data: LogData | undefined): ReasonLine[] =>
  summarizeReasons(
    typeof data?.reason === 'string' ? data.reason : '',
    Array.isArray(data?.records) ? (data.records as ReasonRecord[]) : [],
  )

/** A line with each known record's name as a link to it in the admin. */
const Line = ({ line }: { line: ReasonLine }) => (
  <li>
    {line.map((part, index) =>
      typeof part === 'string' ? (
        part
      ) : (
        <a key={index} href={`/admin/collections/${part.collection}/${part.id}`}>
          {part.name}
        </a>
      ),
    )}
  </li>
)

const Lines = ({ lines }: { lines: ReasonLine[] }) => (
  <ul className="ratusz-reasons">
    {lines.map((line) => (
      <Line key={reasonLineText(line)} line={line} />
    ))}
  </ul>
)

/** "i 4 inne zmiany", "i 5 innych zmian" (never fewer than two). */
const otherChanges = (count: number): string =>
  `…i ${count} ${polishPlural(count, { one: 'inna zmiana', few: 'inne zmiany', many: 'innych zmian' })}`

/** The reasons of a publish in a row of the log: grouped and shortened (summarizeReasons), the rest counted. */
export const PublishReasonsCell = ({ rowData }: { rowData?: LogData }) => {
  const lines = reasonsOf(rowData)
  const shown = LINES_IN_LIST - 1
  return (
    <Lines
      lines={
        lines.length > LINES_IN_LIST
          ? [...lines.slice(0, shown), [otherChanges(lines.length - shown)]]
          : lines
      }
    />
  )
}

/** The reasons of a publish on its record: one line per kind of record and change, each record linked. */
export const PublishReasonsField = ({ data }: { data?: LogData }) => (
  <div className="field-type ratusz-reasons-field">
    <p className="field-label">Powód publikacji</p>
    <Lines lines={reasonsOf(data)} />
  </div>
)
