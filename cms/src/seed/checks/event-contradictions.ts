import { wallClock, warsawDay } from '@ratusz/warsaw-time'
import { at, warsawWeekday, WEEKEND } from '../calendar'
import { occurrences, type EventToCheck } from './occurrences'
import { weekdaysNamed } from './weekdays-named'

const councilSession = /(?<!\p{L})sesj\p{L}* rady gminy/iu
const firstOfMonth = /(?<!\p{L})pierwsz\p{L}* (?:dzień|dnia) (?:każdego )?miesiąca/iu

/** The Warsaw days an occurrence starting at `start` and lasting `length` ms spans. */
const daysSpanned = (start: Date, length: number): Date[] => {
  const last = warsawDay(new Date(start.getTime() + length))
  const days: Date[] = []
  for (let day = at(start, 0, 12); warsawDay(day) <= last; day = at(day, 1, 12)) days.push(day)
  return days
}

/**
 * What an event says that its dates contradict: a day of the week its text names that its occurrences do not
 * fall on (or the reverse), a council session at the weekend, "pierwszy dzień miesiąca" on another day, a
 * cancelled day that is not one of its days. Empty when the event is consistent.
 */
export const eventContradictions = (event: EventToCheck): string[] => {
  const problems: string[] = []
  const { every, held, cancelled } = occurrences(event)
  const text = [event.title, ...event.texts].join('\n')
  const said = (start: Date) => `${event.title}: ${warsawDay(start)} (${warsawWeekday(start)})`

  for (const day of cancelled)
    if (!every.some((start) => warsawDay(start) === warsawDay(day)))
      problems.push(`${event.title}: cancelled on ${warsawDay(day)}, which is not one of its days`)

  const named = weekdaysNamed(text)
  if (named.size > 0) {
    for (const start of held)
      if (!named.has(warsawWeekday(start)))
        problems.push(`${said(start)}, but it says ${[...named].join(', ')}`)
    const length = event.end.getTime() - event.start.getTime()
    const spanned = new Set(held.flatMap((start) => daysSpanned(start, length)).map(warsawWeekday))
    for (const day of named)
      if (!spanned.has(day)) problems.push(`${event.title}: says ${day}, never held then`)
  }
  if (councilSession.test(text))
    for (const start of held)
      if (WEEKEND.includes(warsawWeekday(start)))
        problems.push(`${said(start)}: a council session at the weekend`)
  if (firstOfMonth.test(text))
    for (const start of held)
      if (wallClock(start).day !== 1) problems.push(`${said(start)}: not the first day of the month`)
  return problems
}
