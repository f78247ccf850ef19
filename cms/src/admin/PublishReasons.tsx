import { summarizeReasons } from '@ratusz/payload-plugin'
import { polishPlural } from './polish-plural'

/** How many lines of reasons a row of the publish log shows; the record shows them all. */
const LINES_IN_LIST = 3

const Lines = ({ lines }: { lines: string[] }) => (
  <ul className="ratusz-reasons">
    {lines.map((line) => (
      <li key={line}>{line}</li>
    ))}
  </ul>
)

/** "i 4 inne zmiany", "i 5 innych zmian" (never fewer than two). */
const otherChanges = (count: number): string =>
  `…i ${count} ${polishPlural(count, { one: 'inna zmiana', few: 'inne zmiany', many: 'innych zmian' })}`

/** The reasons of a publish in a row of the log: grouped and shortened (summarizeReasons), the rest counted. */
export const PublishReasonsCell = ({ cellData }: { cellData?: unknown }) => {
  const lines = summarizeReasons(typeof cellData === 'string' ? cellData : '')
  const shown = LINES_IN_LIST - 1
  return (
    <Lines
      lines={
        lines.length > LINES_IN_LIST ? [...lines.slice(0, shown), otherChanges(lines.length - shown)] : lines
      }
    />
  )
}

/** The reasons of a publish on its record: one line per kind of record and change. */
export const PublishReasonsField = ({ data }: { data?: { reason?: unknown } }) => (
  <div className="field-type ratusz-reasons-field">
    <p className="field-label">Powód publikacji</p>
    <Lines lines={summarizeReasons(typeof data?.reason === 'string' ? data.reason : '')} />
  </div>
)
