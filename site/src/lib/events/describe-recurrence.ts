import type { Event } from '@ratusz/contract'
import { eventWeekdays } from '@ratusz/contract'
import { wallClock } from '@ratusz/warsaw-time'
import { formatDate } from '../common/dates'

type Recurrence = NonNullable<Event['recurrence']>
type Weekday = (typeof eventWeekdays)[number]

/** Weekdays in the plural accusative, as in "we wtorki i czwartki". */
const WEEKDAYS_PLURAL: Record<Weekday, string> = {
  MO: 'poniedziałki',
  TU: 'wtorki',
  WE: 'środy',
  TH: 'czwartki',
  FR: 'piątki',
  SA: 'soboty',
  SU: 'niedziele',
}

/** Weekday codes by JavaScript's `getUTCDay()` (0 is Sunday). */
const BY_JS_DAY: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

/** Days of the month in the genitive ordinal, as in "pierwszego dnia miesiąca". */
const ORDINAL_UNITS = [
  '',
  'pierwszego',
  'drugiego',
  'trzeciego',
  'czwartego',
  'piątego',
  'szóstego',
  'siódmego',
  'ósmego',
  'dziewiątego',
]
const ORDINAL_TEENS = [
  'dziesiątego',
  'jedenastego',
  'dwunastego',
  'trzynastego',
  'czternastego',
  'piętnastego',
  'szesnastego',
  'siedemnastego',
  'osiemnastego',
  'dziewiętnastego',
]
const ORDINAL_TENS: Record<number, string> = { 2: 'dwudziestego', 3: 'trzydziestego' }

/** 1–31 as a genitive ordinal: 1 → "pierwszego", 23 → "dwudziestego trzeciego". */
export function dayOrdinal(day: number): string {
  if (day < 10) return ORDINAL_UNITS[day]!
  if (day < 20) return ORDINAL_TEENS[day - 10]!
  const tens = ORDINAL_TENS[Math.floor(day / 10)]!
  const units = day % 10
  return units === 0 ? tens : `${tens} ${ORDINAL_UNITS[units]}`
}

/** The noun forms after a number: one, a few (2–4, not 12–14), many. */
type Forms = { one: string; few: string; many: string }

const pluralOf = (count: number, forms: Forms): string => {
  if (count === 1) return forms.one
  const units = count % 10
  const tens = count % 100
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? forms.few : forms.many
}

/** 2, 3 and 4 as words ("co dwa tygodnie"); larger intervals as digits ("co 6 tygodni"). */
const SMALL_NUMBERS: Record<number, string> = { 2: 'dwa', 3: 'trzy', 4: 'cztery' }

const every = (interval: number, singular: string, forms: Forms): string =>
  interval <= 1 ? singular : `co ${SMALL_NUMBERS[interval] ?? interval} ${pluralOf(interval, forms)}`

/** "poniedziałki", "wtorki i czwartki", "poniedziałki, środy i piątki" */
const listWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} i ${words.at(-1)}`

/** The Warsaw weekday of an instant, as a BYDAY code. */
const weekdayOf = (instant: Date): Weekday => {
  const { year, month, day } = wallClock(instant)
  return BY_JS_DAY[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!
}

/** "we wtorki i czwartki": the days a weekly rule names, in week order, or the start's own weekday. */
const onWeekdays = (weekdays: readonly string[], start: Date): string => {
  const named = eventWeekdays.filter((day) => weekdays.includes(day))
  const days = (named.length > 0 ? named : [weekdayOf(start)]).map((day) => WEEKDAYS_PLURAL[day])
  return `${days[0] === WEEKDAYS_PLURAL.TU ? 'we' : 'w'} ${listWords(days)}`
}

const yearlyDay = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  day: 'numeric',
  month: 'long',
})

/** How often the rule repeats, with the days it names: "co tydzień we wtorki i czwartki". */
const howOften = (recurrence: Recurrence, start: Date): string | null => {
  const interval = Math.max(1, Math.floor(recurrence.interval ?? 1))
  switch (recurrence.frequency) {
    case 'daily':
      return interval <= 1 ? 'codziennie' : every(interval, '', { one: 'dzień', few: 'dni', many: 'dni' })
    case 'weekly':
      return `${every(interval, 'co tydzień', { one: 'tydzień', few: 'tygodnie', many: 'tygodni' })} ${onWeekdays(recurrence.weekdays, start)}`
    case 'monthly':
      return `${every(interval, 'co miesiąc', { one: 'miesiąc', few: 'miesiące', many: 'miesięcy' })}, ${dayOrdinal(wallClock(start).day)} dnia miesiąca`
    case 'yearly':
      return `${every(interval, 'co roku', { one: 'rok', few: 'lata', many: 'lat' })}, ${yearlyDay.format(start)}`
    default:
      return null
  }
}

/**
 * The repeat rule of an event in Polish, as a resident reads it: "co tydzień we wtorki i czwartki do 31 marca
 * 2027", "co dwa tygodnie w soboty, łącznie 6 razy", "co miesiąc, pierwszego dnia miesiąca". Null for an event
 * that does not repeat. The count wins over the end date, as in the RRULE the CMS makes (`buildRule`).
 */
export function describeRecurrence(recurrence: Event['recurrence'], start: Date | string): string | null {
  if (!recurrence?.frequency) return null
  const first = new Date(start)
  const rule = howOften(recurrence, first)
  if (!rule) return null
  if (recurrence.count && recurrence.count > 0) {
    return `${rule}, łącznie ${recurrence.count} ${pluralOf(recurrence.count, { one: 'raz', few: 'razy', many: 'razy' })}`
  }
  if (recurrence.until) return `${rule} do ${formatDate(recurrence.until)}`
  return rule
}
