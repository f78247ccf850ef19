import { buildRule, expandRule } from '@ratusz/recurrence'
import { fromWallClock, wallClock, warsawDay } from '@ratusz/warsaw-time'
import { at, dayOn, isDayOff, isPublicHoliday } from './calendar'
import { demoSettings } from './content/settings'
import { recurrenceData, type PlannedEvent } from './planned-event'

const OFFICE_EMAIL = 'urzad@lipowawola.example.pl'
const officeAddress = `${demoSettings.address.street}, ${demoSettings.address.city}`

/** How far ahead of the seed a series has its days off cancelled (an open-ended one goes on for ever). */
export const DAYS_OFF_AHEAD = 730

/** The first day of the month `months` after the month of `instant`, at `hour` Warsaw time. */
const firstOfMonth = (instant: Date, months: number, hour: number): Date => {
  const { year, month } = wallClock(instant)
  const first = new Date(Date.UTC(year, month - 1 + months, 1))
  return fromWallClock({
    year: first.getUTCFullYear(),
    month: first.getUTCMonth() + 1,
    day: 1,
    hour,
    minute: 0,
    second: 0,
  })
}

/** The series with its occurrences on the days `off` picks cancelled, up to `DAYS_OFF_AHEAD` days ahead. */
const cancelledOn = (now: Date, event: PlannedEvent, off: (day: Date) => boolean): PlannedEvent => {
  const recurrence = event.recurrence!
  const rule = buildRule(recurrenceData(recurrence))!
  const days = expandRule(event.start, rule, { until: at(now, DAYS_OFF_AHEAD, 0), max: 1000 }).filter(off)
  const exceptions = [...(recurrence.exceptions ?? []), ...days]
  const unique = exceptions.filter(
    (day, index) => exceptions.findIndex((other) => warsawDay(other) === warsawDay(day)) === index,
  )
  return { ...event, recurrence: { ...recurrence, exceptions: unique } }
}

const base = (
  title: string,
  lead: string,
  placeName: string,
  categoryName: string,
  address: string,
): Omit<PlannedEvent, 'start' | 'end'> => ({
  title,
  lead,
  paragraphs: [lead],
  contactEmail: OFFICE_EMAIL,
  allDay: false,
  place: { name: placeName, address },
  organiser: { kind: 'gmina' },
  categoryName,
  areaNames: [],
  price: { free: true },
  draft: false,
})

/** The farmers' consultations on the first of every month; on a first that is a day off there are none. */
const farmersConsultations = (now: Date): PlannedEvent => {
  let months = 0
  while (isDayOff(firstOfMonth(at(now, -30, 0), months, 8))) months += 1
  const start = firstOfMonth(at(now, -30, 0), months, 8)
  const event: PlannedEvent = {
    ...base(
      'Punkt konsultacyjny dla rolników',
      'Pierwszego dnia każdego miesiąca pomagamy przy wnioskach i ewidencji; gdy wypada on w dzień wolny od pracy, punkt jest nieczynny.',
      'Urząd Gminy, pokój 7',
      'Rolnictwo',
      officeAddress,
    ),
    start,
    end: at(start, 0, 12),
    recurrence: { frequency: 'monthly', until: at(now, 180, 12) },
    areaNames: ['Rolnicy'],
  }
  return cancelledOn(now, event, isDayOff)
}

/**
 * Repeating events: weekly classes across the DST changes, an open-ended choir, fortnightly chess, the council
 * chair's weekly duty and the farmers' monthly consultations, each starting on a day its rule names, none held
 * on a public holiday.
 */
export const planRecurringEvents = (now: Date): PlannedEvent[] => {
  const gymnastics = dayOn(now, -150, ['MO'], 1)
  const choir = dayOn(now, -120, ['TH'], 1)
  const chess = dayOn(now, -60, ['SA'], 1)
  const chair = dayOn(now, -90, ['MO'], 1)
  const weekly: PlannedEvent[] = [
    {
      ...base(
        'Gimnastyka dla seniorów',
        'Zajęcia ruchowe dla seniorów w poniedziałki i środy.',
        'Gminny Ośrodek Kultury, sala taneczna',
        'Zdrowie i pomoc społeczna',
        'ul. Parkowa 1, Lipowa Wola',
      ),
      start: at(now, gymnastics, 10),
      end: at(now, gymnastics, 11),
      recurrence: {
        frequency: 'weekly',
        weekdays: ['MO', 'WE'],
        until: at(now, 120, 12),
        exceptions: [at(now, gymnastics + 7, 10)],
      },
      areaNames: ['Osiedle Słoneczne'],
    },
    {
      ...base(
        'Dyżur przewodniczącego Rady Gminy',
        'Przewodniczący Rady Gminy przyjmuje mieszkańców w poniedziałki w godzinach 14:00–16:00.',
        'Urząd Gminy, pokój 3 (biuro rady)',
        'Komunikaty urzędu',
        officeAddress,
      ),
      start: at(now, chair, 14),
      end: at(now, chair, 16),
      recurrence: { frequency: 'weekly', weekdays: ['MO'], until: at(now, 150, 12) },
    },
    {
      ...base(
        'Próba chóru gminnego „Lipowianki”',
        'Chór zaprasza nowe głosy na cotygodniowe próby w czwartki o 18:00.',
        'Gminny Ośrodek Kultury, sala kameralna',
        'Kultura i sport',
        'ul. Parkowa 1, Lipowa Wola',
      ),
      start: at(now, choir, 18),
      end: at(now, choir, 19, 30),
      recurrence: { frequency: 'weekly', weekdays: ['TH'] },
    },
    {
      ...base(
        'Zajęcia szachowe dla dzieci',
        'Nauka gry w szachy co dwa tygodnie w sobotę.',
        'Gminna Biblioteka Publiczna',
        'Oświata',
        'ul. Kościuszki 12, Lipowa Wola',
      ),
      start: at(now, chess, 11),
      end: at(now, chess, 13),
      recurrence: { frequency: 'weekly', interval: 2, weekdays: ['SA'], count: 10 },
    },
  ]
  return [...weekly.map((event) => cancelledOn(now, event, isPublicHoliday)), farmersConsultations(now)]
}
