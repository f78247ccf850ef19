import fs from 'node:fs'
import type { LoaderContext } from 'astro/loaders'
import { fieldPath, type ContractError } from './errors'

/**
 * Where the loaders report the records they left out of a build: a file of JSON lines named by this variable (the
 * publisher sets it, reads it after the build and shows the records in the publish log; see
 * `packages/publisher/src/skipped-records.ts`, which reads the same format).
 */
export const SKIPPED_RECORDS_FILE_ENV = 'RATUSZ_SKIPPED_RECORDS_FILE'

/** One record a build left out because it breaks the contract. */
export type SkippedRecord = {
  collection: string
  id: string
  /** The first bad field, dotted (`body.root.children`), and what is wrong with it. */
  field: string
  problem: string
  /** Whether the site still shows the record's last good version from an earlier build. */
  keptPrevious: boolean
}

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
  const file = process.env[SKIPPED_RECORDS_FILE_ENV]
  if (file) fs.appendFileSync(file, `${JSON.stringify(record)}\n`)
}
