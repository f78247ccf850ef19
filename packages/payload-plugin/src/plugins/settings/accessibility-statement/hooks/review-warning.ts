import type { FieldHook } from 'payload'
import { message } from '../../../../shared/i18n'
import { lastReviewedDay, reviewState } from '../review-deadline'

const polishDay = (day: string): string => day.split('-').reverse().join('.')

/**
 * Fills the virtual `reviewWarning` field each time the statement is read in the admin: the sentence an editor
 * sees above the form when the statement was not reviewed this year (see review-deadline.ts); empty otherwise.
 */
export const reviewWarning: FieldHook = ({ data, req }) => {
  const statement = (data ?? {}) as { updatedOn?: string | null; reviewedOn?: string | null }
  const state = reviewState(lastReviewedDay([statement.updatedOn, statement.reviewedOn]), new Date())
  if (state.state === 'current') return null
  const date = state.lastReviewed
    ? polishDay(state.lastReviewed)
    : message(req, (t) => t.accessibility.messages.never)
  return message(
    req,
    (t) =>
      state.state === 'due' ? t.accessibility.messages.reviewDue : t.accessibility.messages.reviewOverdue,
    { year: state.year, date },
  )
}
