import type { Payload } from 'payload'
import { fromWallClock, transliterate, wallClock } from '@ratusz/payload-plugin'
import { demoAreas } from './content/areas'
import { demoEventTemplates, type DemoEventTemplate } from './content/events'
import { demoBody } from './rich-text'
import { findOrCreate, type SeedTally } from './upsert'

type Id = number | string
type Doc = { id: Id }

const villages = demoAreas.filter((area) => area.kind === 'solectwo').map((area) => area.name)
const DAY = 86_400_000
const REGISTRATION_URL = 'https://lipowawola.example.pl/zapisy'

/** The instant of `hour:minute` Warsaw time, `days` after the Warsaw day of `now`. */
const at = (now: Date, days: number, hour: number, minute = 0): Date => {
  const day = wallClock(new Date(now.getTime() + days * DAY))
  return fromWallClock({ ...day, hour, minute, second: 0 })
}

const dayName = (date: Date) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', month: 'long', year: 'numeric' }).format(date)

type Planned = { data: Record<string, unknown>; draft?: boolean }

/** One-off events: each template once in the past and once ahead, in two different sołectwa. */
const planOneOff = (now: Date, template: DemoEventTemplate, index: number): Planned[] =>
  [-(6 + index * 8), 2 + index * 8].map((offset, side) => {
    const place = villages[(index + side * 3) % villages.length]!
    const start = template.allDay ? at(now, offset, 0) : at(now, offset, template.hour, template.minute)
    const end = template.allDay
      ? at(now, offset + template.length - 1, 0)
      : new Date(start.getTime() + template.length * 60_000)
    const title = `${template.title(place)} – ${dayName(start)}`
    return {
      data: {
        title,
        lead: template.lead(place),
        body: demoBody(
          [template.lead(place), 'Szczegóły u organizatora i w urzędzie gminy.'],
          'kultura@lipowawola.example.pl',
        ),
        allDay: Boolean(template.allDay),
        start: start.toISOString(),
        end: end.toISOString(),
        place: { name: template.placeName(place), address: template.address(place) },
        organiser: template.organiser ?? { kind: 'gmina' },
        organiserPlace: place,
        imageSubject: template.image,
        categoryName: template.category,
        areaNames: template.local ? [place] : [],
        price: template.price ? { free: false, amount: template.price } : { free: true },
        registration: template.registration
          ? { url: REGISTRATION_URL, deadline: new Date(start.getTime() - 2 * DAY).toISOString() }
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
      },
      draft: index === 19 && side === 1,
    }
  })

/** Repeating events: weekly classes across the DST changes, monthly council sessions, an open-ended choir. */
const planRecurring = (now: Date): Planned[] => {
  const base = (title: string, lead: string, placeName: string, categoryName: string) => ({
    title,
    lead,
    body: demoBody([lead], 'urzad@lipowawola.example.pl'),
    place: { name: placeName, address: 'Lipowa Wola' },
    organiser: { kind: 'gmina' },
    categoryName,
    areaNames: [] as string[],
    price: { free: true },
  })
  const weekly = at(now, -150, 10)
  const session = at(now, -140, 16)
  return [
    {
      data: {
        ...base(
          'Gimnastyka dla seniorów',
          'Zajęcia ruchowe dla seniorów w poniedziałki i środy.',
          'Gminny Ośrodek Kultury, sala taneczna',
          'Zdrowie i pomoc społeczna',
        ),
        start: weekly.toISOString(),
        end: new Date(weekly.getTime() + 60 * 60_000).toISOString(),
        recurrence: {
          frequency: 'weekly',
          interval: 1,
          weekdays: ['MO', 'WE'],
          until: at(now, 120, 12).toISOString(),
          exceptions: [{ date: at(now, -143, 12).toISOString() }],
        },
        areaNames: ['Osiedle Słoneczne'],
      },
    },
    {
      data: {
        ...base(
          'Sesja Rady Gminy Lipowa Wola',
          'Zwyczajna sesja Rady Gminy; porządek obrad w BIP.',
          'Urząd Gminy, sala obrad',
          'Komunikaty urzędu',
        ),
        start: session.toISOString(),
        end: new Date(session.getTime() + 3 * 60 * 60_000).toISOString(),
        recurrence: { frequency: 'monthly', interval: 1, count: 12 },
      },
    },
    {
      data: {
        ...base(
          'Próba chóru gminnego „Lipowianki”',
          'Chór zaprasza nowe głosy na cotygodniowe próby.',
          'Gminny Ośrodek Kultury, sala kameralna',
          'Kultura i sport',
        ),
        start: at(now, -120, 18).toISOString(),
        end: at(now, -120, 19, 30).toISOString(),
        recurrence: { frequency: 'weekly', interval: 1, weekdays: ['TH'] },
      },
    },
    {
      data: {
        ...base(
          'Zajęcia szachowe dla dzieci',
          'Nauka gry w szachy co dwa tygodnie w sobotę.',
          'Gminna Biblioteka Publiczna',
          'Oświata',
        ),
        start: at(now, -60, 11).toISOString(),
        end: at(now, -60, 13).toISOString(),
        recurrence: { frequency: 'weekly', interval: 2, count: 10 },
      },
    },
    {
      data: {
        ...base(
          'Punkt konsultacyjny dla rolników',
          'Pierwszy dzień miesiąca: pomoc przy wnioskach i ewidencji.',
          'Urząd Gminy, pokój 7',
          'Rolnictwo',
        ),
        start: at(now, -30, 8).toISOString(),
        end: at(now, -30, 12).toISOString(),
        recurrence: { frequency: 'monthly', interval: 1, until: at(now, 180, 12).toISOString() },
        areaNames: ['Rolnicy'],
        status: 'postponed',
        statusNote: 'Od przyszłego miesiąca dyżur w nowym miejscu: świetlica w Kalinówce.',
      },
    },
  ]
}

/** Seeds 45 demo events (idempotent: an event whose title exists is kept). */
export const seedEvents = async (payload: Payload, tally: SeedTally, now: Date): Promise<void> => {
  const idOf = async (collection: 'areas' | 'categories', name: string): Promise<Id | undefined> =>
    (await payload.find({ collection, where: { name: { equals: name } }, limit: 1, depth: 0 })).docs[0]?.id
  // the seed uploads the articles' photos as `<subject>.jpg` before the events
  const imageOf = async (subject: string): Promise<Id | undefined> =>
    (
      await payload.find({
        collection: 'media',
        where: { filename: { equals: `${transliterate(subject)}.jpg` } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]?.id
  const planned = [
    ...demoEventTemplates.flatMap((template, index) => planOneOff(now, template, index)),
    ...planRecurring(now),
  ]
  for (const { data, draft } of planned) {
    const { categoryName, areaNames, organiserPlace, imageSubject, ...fields } = data as Record<
      string,
      unknown
    > & {
      imageSubject?: string
      categoryName: string
      areaNames: string[]
      organiserPlace?: string
      organiser: { kind: string }
    }
    const organiserArea = await idOf('areas', organiserPlace ?? '')
    // an area organises only when it exists; otherwise the gmina does
    const organiser =
      (fields.organiser as { kind: string }).kind === 'area' && !organiserArea
        ? { kind: 'gmina' }
        : (fields.organiser as { kind: string })
    const areaIds = await Promise.all(areaNames.map((name) => idOf('areas', name)))
    await findOrCreate<Doc>(
      payload,
      tally,
      'events',
      { title: { equals: fields.title } },
      async () =>
        (await payload.create({
          collection: 'events',
          draft: Boolean(draft),
          data: {
            ...fields,
            organiser: organiser.kind === 'area' ? { kind: 'area', area: organiserArea } : organiser,
            categories: [await idOf('categories', categoryName)].filter(Boolean),
            areas: areaIds.filter(Boolean),
            image: imageSubject ? await imageOf(imageSubject) : undefined,
            _status: draft ? 'draft' : 'published',
          } as never,
        })) as Doc,
    )
  }
}
