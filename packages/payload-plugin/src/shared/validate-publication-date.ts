import type { Validate } from 'payload'
import { message } from './i18n'

/** How far ahead of the server's clock a publication date may be (the editor's clock may run a little fast). */
const PUBLICATION_CLOCK_SKEW_MS = 5 * 60_000

/**
 * A publication date of a record being published must not lie in the future: publishing shows the record at once,
 * whatever the date says. Editors schedule a later publication with Payload's "Schedule publish" instead (its
 * job publishes the draft at the chosen time). Drafts are not validated, so a draft may hold any date.
 */
export const validatePublicationDate: Validate<Date | string | null | undefined> = (value, { data, req }) => {
  if (!value) return true
  const status = (data as { _status?: unknown } | undefined)?._status
  if (status === 'draft') return true
  const time = value instanceof Date ? value.getTime() : Date.parse(value)
  if (Number.isNaN(time) || time <= Date.now() + PUBLICATION_CLOCK_SKEW_MS) return true
  return message(req, (t) => t.messages.futurePublication)
}
