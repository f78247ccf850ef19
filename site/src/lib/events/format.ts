import type { Occurrence } from './recurrence'
import { WARSAW, warsawDay } from '@ratusz/warsaw-time'

const longDay = new Intl.DateTimeFormat('pl-PL', {
  timeZone: WARSAW,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const time = new Intl.DateTimeFormat('pl-PL', { timeZone: WARSAW, hour: '2-digit', minute: '2-digit' })

/** "sobota, 14 czerwca 2025" */
export function formatDay(instant: Date): string {
  return longDay.format(instant)
}

/** "18:00" */
export function formatTime(instant: Date): string {
  return time.format(instant)
}

/**
 * When an occurrence takes place, as residents read it: "sobota, 14 czerwca 2025, 18:00–21:00",
 * "sobota, 14 czerwca 2025 (cały dzień)", or over days "sobota, 14 czerwca 2025 – niedziela, 15 czerwca 2025".
 */
export function formatWhen({ event, start, end }: Pick<Occurrence, 'event' | 'start' | 'end'>): string {
  if (event.allDay) {
    const last = new Date(end.getTime() - 1)
    return warsawDay(start) === warsawDay(last)
      ? `${formatDay(start)} (cały dzień)`
      : `${formatDay(start)} – ${formatDay(last)}`
  }
  if (end.getTime() <= start.getTime()) return `${formatDay(start)}, ${formatTime(start)}`
  if (warsawDay(start) === warsawDay(end))
    return `${formatDay(start)}, ${formatTime(start)}–${formatTime(end)}`
  return `${formatDay(start)}, ${formatTime(start)} – ${formatDay(end)}, ${formatTime(end)}`
}

/** Status words residents see next to a changed event. */
export const STATUS_LABELS = { planned: 'Planowane', cancelled: 'Odwołane', postponed: 'Przełożone' } as const
