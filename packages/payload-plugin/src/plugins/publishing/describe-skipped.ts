import { format, type Language } from '../../shared/i18n'
import { publishingEn } from './translations/en'
import { publishingPl } from './translations/pl'
import type { SkippedRecord } from '@ratusz/contract'

/** The publish log's warning about the records a successful publish left out: one line per record, or undefined. */
export const describeSkipped = (
  skipped: readonly SkippedRecord[] | undefined,
  language: Language = 'pl',
): string | undefined => {
  if (!skipped || skipped.length === 0) return undefined
  const texts = (language === 'en' ? publishingEn : publishingPl).publishing.skipped
  return skipped
    .map(
      (record) =>
        `${format(texts.record, { collection: record.collection, id: record.id, field: record.field, problem: record.problem })} ${record.keptPrevious ? texts.keptPrevious : texts.notShown}`,
    )
    .join('\n')
}
