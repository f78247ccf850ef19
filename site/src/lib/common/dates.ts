import { WARSAW } from '@ratusz/warsaw-time'

/** Dates as residents read them: Polish, in Europe/Warsaw, whatever the build machine's time zone. */

const dateFormat = new Intl.DateTimeFormat('pl-PL', {
  timeZone: WARSAW,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

const timeFormat = new Intl.DateTimeFormat('pl-PL', {
  timeZone: WARSAW,
  hour: '2-digit',
  minute: '2-digit',
})

/** "14 czerwca 2025" */
export function formatDate(instant: string | Date): string {
  return dateFormat.format(new Date(instant))
}

/** "14 czerwca 2025 o 18:00" */
export function formatDateTime(instant: string | Date): string {
  return `${formatDate(instant)} o ${timeFormat.format(new Date(instant))}`
}

/** The value of a `<time datetime>` attribute: the UTC instant in ISO 8601. */
export function machineDate(instant: string | Date): string {
  return new Date(instant).toISOString()
}
