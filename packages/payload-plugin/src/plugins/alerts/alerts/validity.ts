/** How long an alarm may last without the editor confirming a longer one, in hours. */
export const ALARM_MAX_HOURS = 72

/** What is wrong with an alert's period of validity, as a key of `t.alerts.messages`; undefined when nothing. */
type ValidityProblem = 'validUntilBeforeFrom' | 'alarmNeedsEnd' | 'alarmTooLong'

type Validity = {
  severity?: unknown
  validFrom?: unknown
  validUntil?: unknown
  longAlarmConfirmed?: unknown
}

const time = (value: unknown): number | undefined => {
  if (value instanceof Date) return value.getTime()
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const parsed = Date.parse(value)
  return Number.isNaN(parsed) ? undefined : parsed
}

/**
 * The rules of validity: the end comes after the start; an alarm has an end, at most 72 hours after its start
 * unless the editor confirmed a longer one.
 */
export const validityProblem = ({
  severity,
  validFrom,
  validUntil,
  longAlarmConfirmed,
}: Validity): ValidityProblem | undefined => {
  const from = time(validFrom)
  const until = time(validUntil)
  if (until !== undefined && from !== undefined && until <= from) return 'validUntilBeforeFrom'
  if (severity !== 'alarm') return undefined
  if (until === undefined) return 'alarmNeedsEnd'
  if (from !== undefined && until - from > ALARM_MAX_HOURS * 3_600_000 && longAlarmConfirmed !== true) {
    return 'alarmTooLong'
  }
  return undefined
}
