import { at, dayOn } from './calendar'
import { demoAreas } from './content/areas'
import { councilSessions, SESSION_MINUTES } from './content/council-sessions'
import { demoEventTemplates, type DemoEventTemplate } from './content/events'
import { demoSettings } from './content/settings'
import { planRecurringEvents } from './plan-recurring-events'
import type { PlannedEvent } from './planned-event'

const DAY = 86_400_000
const REGISTRATION_URL = 'https://lipowawola.example.pl/zapisy'
const CULTURE_EMAIL = 'kultura@lipowawola.example.pl'

const villages = demoAreas.filter((area) => area.kind === 'solectwo').map((area) => area.name)

/** "czerwiec 2026": the month that tells apart the titles of an event held more than once. */
const monthName = (date: Date) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', month: 'long', year: 'numeric' }).format(date)

/**
 * One-off events: each template once in the past and once ahead, in two different sołectwa, on the nearest day
 * of the week it is held on (looking back for the past one, ahead for the coming one).
 */
const planOneOff = (now: Date, template: DemoEventTemplate, index: number): PlannedEvent[] =>
  [-(6 + index * 8), 2 + index * 8].map((offset, side) => {
    const days = dayOn(now, offset, template.weekdays, side === 0 ? -1 : 1)
    const place = villages[(index + side * 3) % villages.length]!
    const start = template.allDay ? at(now, days, 0) : at(now, days, template.hour, template.minute)
    const end = template.allDay
      ? at(now, days + template.length - 1, 0)
      : new Date(start.getTime() + template.length * 60_000)
    return {
      title: `${template.title(place)} – ${monthName(start)}`,
      lead: template.lead(place),
      paragraphs: [template.lead(place), 'Szczegóły u organizatora i w urzędzie gminy.'],
      contactEmail: CULTURE_EMAIL,
      allDay: Boolean(template.allDay),
      start,
      end,
      place: { name: template.placeName(place), address: template.address(place) },
      organiser: template.organiser ?? { kind: 'gmina' },
      organiserPlace: place,
      imageSubject: template.image,
      categoryName: template.category,
      areaNames: template.local ? [place] : [],
      price: template.price ? { free: false, amount: template.price } : { free: true },
      registration: template.registration
        ? { url: REGISTRATION_URL, deadline: new Date(start.getTime() - 2 * DAY) }
        : undefined,
      // a past and a coming event cancelled, a coming one postponed
      ...(index === 2 && side === 0
        ? { status: 'cancelled', statusNote: 'Koncert odwołano z powodu choroby dyrygenta.' }
        : {}),
      ...(index === 1 && side === 1
        ? { status: 'cancelled', statusNote: 'Zebranie odwołane; nowy termin podamy wkrótce.' }
        : {}),
      ...(index === 9 && side === 1
        ? { status: 'postponed', statusNote: 'Z powodu prognozy burz seans przełożono o tydzień.' }
        : {}),
      draft: index === 19 && side === 1,
    }
  })

/** The council's sessions from about five months back to six months ahead, on the dates the BIP records. */
const planSessions = (now: Date): PlannedEvent[] =>
  councilSessions(at(now, -140, 0), at(now, 190, 0)).map((start) => ({
    title: `Sesja Rady Gminy Lipowa Wola – ${monthName(start)}`,
    lead: 'Zwyczajna sesja Rady Gminy; porządek obrad w BIP.',
    paragraphs: [
      'Zwyczajna sesja Rady Gminy; porządek obrad w BIP.',
      'Obrady są jawne: można je śledzić na sali obrad lub w transmisji w internecie.',
    ],
    contactEmail: demoSettings.contacts.email,
    allDay: false,
    start,
    end: new Date(start.getTime() + SESSION_MINUTES * 60_000),
    place: {
      name: 'Urząd Gminy, sala obrad',
      address: `${demoSettings.address.street}, ${demoSettings.address.city}`,
    },
    organiser: { kind: 'gmina' },
    categoryName: 'Komunikaty urzędu',
    areaNames: [],
    price: { free: true },
    draft: false,
  }))

/** Every demo event, relative to `now` (deterministic for a given `now`: the seed finds them again by title). */
export const planEvents = (now: Date): PlannedEvent[] => [
  ...demoEventTemplates.flatMap((template, index) => planOneOff(now, template, index)),
  ...planSessions(now),
  ...planRecurringEvents(now),
]
