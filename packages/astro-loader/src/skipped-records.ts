import fs from 'node:fs'
import type { LoaderContext } from 'astro/loaders'
import { readVariables } from '@ratusz/config'
import type { SkippedRecord } from '@ratusz/contract'
import { fieldPath, type ContractError } from './errors'

/** Logs a record left out of the build and appends it to the publisher's report, when there is one. */
export function reportSkipped(
  error: ContractError,
  keptPrevious: boolean,
  logger: LoaderContext['logger'],
): void {
  const [first] = error.issues
  const record: SkippedRecord = {
    collection: error.collection,
    id: error.recordId,
    field: first ? fieldPath(first.path) : '(record)',
    problem: first?.message ?? 'does not match the contract',
    keptPrevious,
  }
  logger.warn(
    `${error.message}\n  left out of this build${keptPrevious ? ' (its previous version stays)' : ''}`,
  )
  const file = readVariables(['RATUSZ_SKIPPED_RECORDS_FILE']).RATUSZ_SKIPPED_RECORDS_FILE
  if (file) fs.appendFileSync(file, `${JSON.stringify(record)}\n`)
}
