import { wallClock } from '@ratusz/warsaw-time'
import { workdayAt } from '../calendar'
import { demoAreas } from './areas'
import { councilSessions } from './council-sessions'
import { demoSettings } from './settings'

/**
 * The demo BIP documents, generated from templates a gmina's BIP is made of: resolutions and orders, tenders
 * and job offers with deadlines, asset declarations with an exclusion notice, session records and the rest.
 * Deterministic for a given `now`, so the seed stays idempotent (documents are found again by title).
 */
export type PlannedBipDocument = {
  title: string
  category: string
  kind: 'dokument' | 'przetarg' | 'nabor'
  paragraphs: string[]
  producedBy: string
  producedAt: Date
  publishedAt: Date
  deadline?: Date
  exclusion?: { scope: string; legalBasis: string; decidedBy: string }
  /** Published changes after the first publication: days later and the note. */
  edits: { afterDays: number; note: string; paragraph: string }[]
  withdrawal?: { afterDays: number; reason: string }
  attachment?: 'public' | 'redacted'
}

const DAY = 86_400_000
const TENS = ['', 'X', 'XX', 'XXX']
const UNITS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']
/** A session's number as councils write it, 1–39 ("XXIV"). */
const romanNumeral = (n: number) => `${TENS[Math.floor(n / 10)]}${UNITS[n % 10]}`
const wojt = 'Marek Zieliński, Wójt Gminy Lipowa Wola'
const rada = 'Rada Gminy Lipowa Wola'
const pl = (date: Date) =>
  date.toLocaleDateString('pl-PL', {
    timeZone: 'Europe/Warsaw',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })

const resolutionTopics = [
  'uchwalenia budżetu gminy',
  'zmian w budżecie gminy',
  'określenia wysokości stawek podatku od nieruchomości',
  'przyjęcia programu współpracy z organizacjami pozarządowymi',
  'regulaminu utrzymania czystości i porządku',
  'nadania nazwy ulicy w miejscowości Żabia Łąka',
  'udzielenia pomocy finansowej Powiatowi',
  'przyjęcia gminnego programu profilaktyki i rozwiązywania problemów alkoholowych',
  'wyrażenia zgody na sprzedaż nieruchomości',
  'planu pracy Rady Gminy',
]
const orderTopics = [
  'powołania komisji przetargowej',
  'przedstawienia sprawozdania z wykonania budżetu',
  'ustalenia dni wolnych od pracy w urzędzie',
  'przeprowadzenia inwentaryzacji',
  'ogłoszenia otwartego konkursu ofert',
  'wprowadzenia regulaminu pracy zdalnej',
]
const tenders = [
  'Przebudowa drogi gminnej w miejscowości Żabia Łąka',
  'Dostawa oleju opałowego do szkół',
  'Odbiór i zagospodarowanie odpadów komunalnych',
  'Budowa oświetlenia ulicznego w Lipowej Woli',
  'Termomodernizacja świetlicy wiejskiej',
  'Zimowe utrzymanie dróg gminnych',
  'Remont dachu Szkoły Podstawowej',
  'Dowóz uczniów do szkół',
]
const jobs = [
  'inspektor ds. podatków',
  'podinspektor ds. zamówień publicznych',
  'referent ds. gospodarki odpadami',
  'inspektor ds. budownictwa',
]
const councillors = [
  'Jan Malinowski',
  'Ewa Dąbrowska',
  'Krzysztof Lewandowski',
  'Barbara Wójcik',
  'Stanisław Kamiński',
]

const office = demoSettings
const villages = demoAreas.filter((area) => area.kind === 'solectwo').map((area) => area.name)

/** The office hours the footer shows (site settings), as the BIP's "Godziny pracy" page states them. */
export const officeHoursParagraphs = [
  `${office.officeName} przyjmuje interesantów:`,
  ...office.officeHours.map((row) => `${row.days[0]!.toUpperCase()}${row.days.slice(1)}: ${row.hours}.`),
]

type Add = (doc: Omit<PlannedBipDocument, 'edits'> & { edits?: PlannedBipDocument['edits'] }) => void

const single: [string, string, string[]][] = [
  [
    'Dane teleadresowe',
    'Dane teleadresowe Urzędu Gminy Lipowa Wola',
    [
      `${office.officeName}, ${office.address.street}, ${office.address.postalCode} ${office.address.city}. Telefon ${office.contacts.phone}, faks ${office.contacts.fax}, e-mail ${office.contacts.email}.`,
    ],
  ],
  [
    'Wójt',
    'Wójt Gminy Lipowa Wola',
    ['Wójt Gminy: Marek Zieliński. Przyjęcia interesantów w poniedziałki w godzinach 10:00–16:00.'],
  ],
  [
    'Skład Rady',
    'Skład Rady Gminy Lipowa Wola kadencji 2024–2029',
    councillors.map((name, i) => `${i + 1}. ${name}`),
  ],
  [
    'Komisje',
    'Komisje stałe Rady Gminy',
    ['Komisja Rewizyjna, Komisja Skarg, Wniosków i Petycji, Komisja Budżetu i Rozwoju Gospodarczego.'],
  ],
  [
    'Struktura',
    'Struktura organizacyjna Urzędu Gminy',
    [
      'Referat Organizacyjny, Referat Finansowy, Referat Inwestycji i Gospodarki Komunalnej, Urząd Stanu Cywilnego.',
    ],
  ],
  [
    'Regulamin organizacyjny',
    'Regulamin organizacyjny Urzędu Gminy Lipowa Wola',
    ['Regulamin określa organizację i zasady funkcjonowania urzędu.'],
  ],
  ['Godziny pracy', 'Godziny pracy Urzędu Gminy', officeHoursParagraphs],
  [
    'Jednostki organizacyjne',
    'Wykaz jednostek organizacyjnych gminy',
    [
      'Gminny Ośrodek Pomocy Społecznej, Gminny Ośrodek Kultury, Szkoła Podstawowa w Lipowej Woli, Biblioteka Publiczna.',
    ],
  ],
  ['Sołectwa', 'Sołectwa Gminy Lipowa Wola i sołtysi', [`${villages.join(', ')}: sołtysi i rady sołeckie.`]],
  [
    'Ochrona danych osobowych',
    'Klauzula informacyjna RODO',
    [
      'Administratorem danych osobowych jest Wójt Gminy Lipowa Wola. Inspektor ochrony danych: iod@lipowawola.example.pl.',
    ],
  ],
  [
    'Planowanie przestrzenne',
    'Studium uwarunkowań i kierunków zagospodarowania przestrzennego',
    ['Studium obejmuje całą gminę; mapy w załącznikach.'],
  ],
  [
    'Ochrona środowiska',
    'Program ochrony środowiska Gminy Lipowa Wola',
    ['Program na lata 2025–2028 z perspektywą do 2032 r.'],
  ],
  [
    'Gospodarka odpadami',
    'Analiza stanu gospodarki odpadami komunalnymi',
    ['Analiza za poprzedni rok kalendarzowy.'],
  ],
  ['Petycje', 'Zbiorcza informacja o petycjach', ['Informacja o petycjach rozpatrzonych w roku poprzednim.']],
  [
    'Wybory',
    'Informacja o okręgach wyborczych i lokalach wyborczych',
    ['Wykaz obwodów głosowania wraz z siedzibami obwodowych komisji wyborczych.'],
  ],
  [
    'Organizacje pozarządowe',
    'Program współpracy z organizacjami pozarządowymi',
    ['Roczny program współpracy gminy z organizacjami pozarządowymi.'],
  ],
  [
    'Raport o stanie gminy',
    'Raport o stanie Gminy Lipowa Wola',
    ['Raport podsumowuje działalność wójta w roku poprzednim.'],
  ],
]

/** Every demo document, relative to `now`: three years of a rural gmina's BIP, about 320 documents. */
export const planBipDocuments = (now: Date): PlannedBipDocument[] => {
  const planned: PlannedBipDocument[] = []
  const add: Add = (doc) => planned.push({ edits: [], ...doc })
  // `hour` o'clock on the working day `daysAgo` days before `now`, or the next one: the office is closed at
  // the weekend and on holidays
  const at = (daysAgo: number, hour = 9) => workdayAt(now, -daysAgo, hour)

  single.forEach(([category, title, paragraphs], i) =>
    add({
      title,
      category,
      kind: 'dokument',
      paragraphs,
      producedBy: 'Referat Organizacyjny',
      producedAt: at(1000 - i),
      publishedAt: at(999 - i),
      edits:
        i % 3 === 0
          ? [{ afterDays: 200, note: 'Aktualizacja danych', paragraph: 'Dane zaktualizowano.' }]
          : [],
    }),
  )
  for (let n = 0; n < 60; n += 1) {
    const daysAgo = 1040 - n * 17
    add({
      title: `Zarządzenie nr ${(n % 40) + 1}/${at(daysAgo).getUTCFullYear()} Wójta Gminy Lipowa Wola w sprawie ${orderTopics[n % orderTopics.length]}`,
      category: 'Zarządzenia',
      kind: 'dokument',
      paragraphs: [
        `Na podstawie art. 30 ustawy o samorządzie gminnym zarządzam, co następuje: w sprawie ${orderTopics[n % orderTopics.length]}.`,
      ],
      producedBy: wojt,
      producedAt: at(daysAgo + 1),
      publishedAt: at(daysAgo),
      edits:
        n % 9 === 4
          ? [
              {
                afterDays: 2,
                note: 'Poprawiono omyłkę pisarską w podstawie prawnej',
                paragraph: 'Poprawiono omyłkę pisarską.',
              },
            ]
          : [],
      withdrawal: n % 20 === 10 ? { afterDays: 60, reason: 'Zarządzenie utraciło moc' } : undefined,
    })
  }
  for (let n = 0; n < 30; n += 1) {
    const daysAgo = 900 - n * 31
    const deadline = at(daysAgo - 21, 10)
    add({
      title: `Przetarg nieograniczony: ${tenders[n % tenders.length]} (ZP.271.${n + 1}.${at(daysAgo).getUTCFullYear()})`,
      category: 'Przetargi',
      kind: 'przetarg',
      paragraphs: [
        `Gmina Lipowa Wola ogłasza przetarg nieograniczony na zadanie: ${tenders[n % tenders.length]}.`,
        `Oferty należy składać przez platformę zakupową do dnia ${pl(deadline)}, godz. 10:00.`,
      ],
      producedBy: 'Referat Inwestycji i Gospodarki Komunalnej',
      producedAt: at(daysAgo + 1),
      publishedAt: at(daysAgo),
      deadline,
      edits:
        n % 4 === 1
          ? [
              {
                afterDays: 5,
                note: 'Zmiana treści SWZ i przedłużenie terminu składania ofert',
                paragraph: 'Zmieniono specyfikację warunków zamówienia.',
              },
            ]
          : [],
      attachment: 'public',
    })
  }
  for (let n = 0; n < 14; n += 1) {
    const daysAgo = 800 - n * 60
    const deadline = at(daysAgo - 30, 15)
    add({
      title: `Nabór na wolne stanowisko urzędnicze: ${jobs[n % jobs.length]} (${n + 1}/${at(daysAgo).getUTCFullYear()})`,
      category: 'Nabory na stanowiska',
      kind: 'nabor',
      paragraphs: [
        `Wójt Gminy Lipowa Wola ogłasza nabór na stanowisko: ${jobs[n % jobs.length]}.`,
        `Dokumenty należy składać do dnia ${pl(deadline)} w sekretariacie urzędu.`,
      ],
      producedBy: 'Sekretarz Gminy',
      producedAt: at(daysAgo + 1),
      publishedAt: at(daysAgo),
      deadline,
    })
  }
  for (let n = 0; n < 40; n += 1) {
    const daysAgo = 1000 - n * 25
    add({
      title: `Obwieszczenie Wójta Gminy Lipowa Wola nr ${n + 1}/${at(daysAgo).getUTCFullYear()} o wszczęciu postępowania`,
      category: 'Ogłoszenia i obwieszczenia',
      kind: 'dokument',
      paragraphs: [
        'Zawiadamia się strony o wszczęciu postępowania administracyjnego w sprawie wydania decyzji o środowiskowych uwarunkowaniach.',
      ],
      producedBy: 'Referat Inwestycji i Gospodarki Komunalnej',
      producedAt: at(daysAgo + 1),
      publishedAt: at(daysAgo),
    })
  }
  ;[0, 1, 2].forEach((back) =>
    councillors.forEach((name, i) => {
      const daysAgo = 900 - back * 365 + i
      add({
        title: `Oświadczenie majątkowe: ${name}, radny (za rok ${at(daysAgo).getUTCFullYear() - 1})`,
        category: 'Oświadczenia majątkowe',
        kind: 'dokument',
        paragraphs: [`Oświadczenie majątkowe złożone Przewodniczącemu Rady Gminy przez radnego: ${name}.`],
        producedBy: name,
        producedAt: at(daysAgo + 30),
        publishedAt: at(daysAgo),
        exclusion: {
          scope: 'Adres zamieszkania składającego oświadczenie oraz miejsce położenia nieruchomości',
          legalBasis: 'art. 24i ust. 1 ustawy z 8 marca 1990 r. o samorządzie gminnym',
          decidedBy: 'Jan Malinowski, Przewodniczący Rady Gminy',
        },
        attachment: 'redacted',
      })
    }),
  )
  // the last 24 sessions, on the dates the calendar of events shows: resolutions on the next working day,
  // votes and recording on the second, the protocol a week later
  let resolution = 0
  councilSessions(new Date(now.getTime() - 1100 * DAY), now)
    .slice(-24)
    .forEach((held, n) => {
      const session = romanNumeral(n + 1)
      const year = wallClock(held).year
      for (let adopted = 0; adopted < 3 + (n % 2); adopted += 1) {
        resolution += 1
        const topic = resolutionTopics[resolution % resolutionTopics.length]!
        const publishedAt = workdayAt(held, 1, 9)
        add({
          title: `Uchwała nr ${session}/${resolution}/${year} Rady Gminy Lipowa Wola w sprawie ${topic}`,
          category: 'Uchwały',
          kind: 'dokument',
          paragraphs: [
            `Na podstawie art. 18 ust. 2 ustawy o samorządzie gminnym ${rada} uchwala, co następuje: w sprawie ${topic}.`,
            'Uchwała wchodzi w życie po upływie 14 dni od dnia ogłoszenia.',
          ],
          producedBy: `Przewodniczący Rady Gminy, ${rada}`,
          producedAt: held,
          publishedAt,
          edits:
            resolution % 6 === 0
              ? [
                  {
                    afterDays: 6,
                    note: 'Dodano tekst jednolity',
                    paragraph: 'Dodano tekst jednolity uchwały.',
                  },
                ]
              : [],
          withdrawal:
            resolution % 15 === 7
              ? {
                  afterDays: 120,
                  reason: `Uchwała uchylona rozstrzygnięciem nadzorczym Wojewody z dnia ${pl(workdayAt(publishedAt, 27, 9))}`,
                }
              : undefined,
          attachment: resolution <= 12 ? 'public' : undefined,
        })
      }
      add({
        title: `Protokół z ${session} sesji Rady Gminy Lipowa Wola z dnia ${pl(held)}`,
        category: 'Sesje',
        kind: 'dokument',
        paragraphs: ['Protokół z przebiegu sesji wraz z listą obecności.'],
        producedBy: 'Biuro Rady Gminy',
        producedAt: workdayAt(held, 1, 12),
        publishedAt: workdayAt(held, 7, 9),
      })
      add({
        title: `Imienne wykazy głosowań radnych: ${session} sesja z dnia ${pl(held)}`,
        category: 'Imienne wykazy głosowań radnych',
        kind: 'dokument',
        paragraphs: councillors.map((c) => `${c}: za`),
        producedBy: 'Biuro Rady Gminy',
        producedAt: held,
        publishedAt: workdayAt(held, 2, 9),
      })
      add({
        title: `Nagranie obrad ${session} sesji Rady Gminy z dnia ${pl(held)}`,
        category: 'Nagrania obrad',
        kind: 'dokument',
        paragraphs: ['Nagranie obrad sesji jest dostępne w serwisie transmisji obrad gminy.'],
        producedBy: 'Biuro Rady Gminy',
        producedAt: held,
        publishedAt: workdayAt(held, 2, 9),
      })
    })
  for (let n = 0; n < 12; n += 1) {
    const daysAgo = 1000 - n * 85
    add({
      title: `Sprawozdanie Rb-27S z wykonania planu dochodów budżetowych (${n + 1})`,
      category: 'Budżet i finanse',
      kind: 'dokument',
      paragraphs: [
        'Kwartalne sprawozdanie z wykonania planu dochodów budżetowych jednostki samorządu terytorialnego.',
      ],
      producedBy: 'Skarbnik Gminy',
      producedAt: at(daysAgo + 5),
      publishedAt: at(daysAgo),
    })
    add({
      title: `Interpelacja radnego ${councillors[n % councillors.length]} w sprawie remontu drogi (${n + 1})`,
      category: 'Interpelacje i zapytania radnych',
      kind: 'dokument',
      paragraphs: ['Treść interpelacji oraz odpowiedź Wójta Gminy.'],
      producedBy: councillors[n % councillors.length]!,
      producedAt: at(daysAgo + 3),
      publishedAt: at(daysAgo),
    })
  }
  for (let n = 0; n < 6; n += 1) {
    const daysAgo = 1000 - n * 170
    add({
      title: `Stawki podatków i opłat lokalnych na rok ${at(daysAgo).getUTCFullYear() + 1} (${n + 1})`,
      category: 'Podatki i opłaty',
      kind: 'dokument',
      paragraphs: [
        'Informacja o stawkach podatku od nieruchomości, rolnego, leśnego i od środków transportowych.',
      ],
      producedBy: 'Referat Finansowy',
      producedAt: at(daysAgo + 2),
      publishedAt: at(daysAgo),
    })
  }
  // what the office has published by `now`: no document, change or withdrawal dated later
  const by = (doc: PlannedBipDocument, afterDays: number) =>
    doc.publishedAt.getTime() + afterDays * DAY <= now.getTime()
  return planned
    .filter((doc) => doc.publishedAt <= now)
    .map((doc) => ({
      ...doc,
      edits: doc.edits.filter((edit) => by(doc, edit.afterDays)),
      withdrawal: doc.withdrawal && by(doc, doc.withdrawal.afterDays) ? doc.withdrawal : undefined,
    }))
}
