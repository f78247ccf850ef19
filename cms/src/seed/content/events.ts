import { WORKDAYS, type Weekday } from '../calendar'
import { demoSettings } from './settings'

/** The office's address, where the events held at the urząd take place. */
const officeAddress = `${demoSettings.address.street}, ${demoSettings.address.city}`

/**
 * The demo events of "Lipowa Wola": one-off events a rural gmina holds (each twice, once past and once coming,
 * in different sołectwa), each on a day of the week it would be held on.
 */
export type DemoEventTemplate = {
  title: (place: string) => string
  lead: (place: string) => string
  placeName: (place: string) => string
  address: (place: string) => string
  category: string
  /** The days of the week it is held on (a festyn at the weekend, a meeting on a working day). */
  weekdays: readonly Weekday[]
  hour: number
  minute?: number
  /** Length in minutes; for all-day events the number of days. */
  length: number
  allDay?: boolean
  /** Tagged with the sołectwo it happens in. */
  local: boolean
  organiser?: { kind: 'gmina' | 'area' | 'organisation'; name?: string; phone?: string; email?: string }
  price?: string
  registration?: boolean
  /** A photo of the demo articles (their image subject), shown with the event and shared with its link. */
  image?: string
}

export const demoEventTemplates: DemoEventTemplate[] = [
  {
    title: (p) => `Festyn rodzinny w miejscowości ${p}`,
    lead: (p) => `Gry, konkursy i poczęstunek dla całych rodzin na boisku w miejscowości ${p}.`,
    placeName: (p) => `Boisko sportowe, ${p}`,
    address: (p) => `ul. Sportowa 2, ${p}`,
    category: 'Kultura i sport',
    weekdays: ['SA', 'SU'],
    hour: 14,
    length: 300,
    local: true,
    organiser: { kind: 'area' },
  },
  {
    title: (p) => `Zebranie wiejskie sołectwa ${p}`,
    lead: (p) => `Sołtys zaprasza mieszkańców sołectwa ${p} na zebranie w sprawie funduszu sołeckiego.`,
    placeName: (p) => `Świetlica wiejska, ${p}`,
    address: (p) => `ul. Szkolna 5, ${p}`,
    category: 'Komunikaty urzędu',
    weekdays: WORKDAYS,
    hour: 18,
    length: 120,
    local: true,
    organiser: { kind: 'area' },
  },
  {
    title: () => 'Koncert orkiestry dętej OSP',
    lead: () => 'Orkiestra Dęta OSP Lipowa Wola zagra przeboje muzyki filmowej i marsze.',
    placeName: () => 'Gminny Ośrodek Kultury, sala widowiskowa',
    address: () => 'ul. Parkowa 1, Lipowa Wola',
    category: 'Kultura i sport',
    weekdays: ['SU'],
    hour: 17,
    length: 90,
    local: false,
    image: 'Koncert w GOK',
  },
  {
    title: (p) => `Turniej piłki nożnej o puchar sołtysa (${p})`,
    lead: () => 'Drużyny z sołectw zagrają o puchar sołtysa. Zapisy drużyn do czwartku przed turniejem.',
    placeName: (p) => `Orlik, ${p}`,
    address: (p) => `ul. Sportowa 1, ${p}`,
    category: 'Kultura i sport',
    weekdays: ['SA'],
    hour: 10,
    length: 360,
    local: true,
    registration: true,
  },
  {
    title: () => 'Warsztaty rękodzieła Koła Gospodyń Wiejskich',
    lead: () => 'Nauczymy się robić wianki, pisanki i ozdoby z bibuły. Materiały zapewnia organizator.',
    placeName: () => 'Remiza OSP w Brzozówce',
    address: () => 'ul. Strażacka 4, Brzozówka',
    category: 'Kultura i sport',
    weekdays: ['TU', 'WE', 'TH'],
    hour: 16,
    length: 180,
    local: false,
    organiser: {
      kind: 'organisation',
      name: 'Koło Gospodyń Wiejskich w Brzozówce',
      phone: '+48 600 100 200',
    },
    price: '15 zł (materiały)',
    registration: true,
  },
  {
    title: () => 'Spotkanie autorskie w bibliotece gminnej',
    lead: () => 'Lokalna pisarka opowie o swojej nowej książce o historii Lipowej Woli.',
    placeName: () => 'Gminna Biblioteka Publiczna',
    address: () => 'ul. Kościuszki 12, Lipowa Wola',
    category: 'Kultura i sport',
    weekdays: ['TU', 'WE', 'TH', 'FR'],
    hour: 18,
    length: 90,
    local: false,
    organiser: {
      kind: 'organisation',
      name: 'Gminna Biblioteka Publiczna',
      email: 'biblioteka@lipowawola.example.pl',
    },
  },
  {
    title: (p) => `Zbiórka elektrośmieci w miejscowości ${p}`,
    lead: (p) => `Zużyty sprzęt elektryczny można bezpłatnie oddać przy świetlicy w miejscowości ${p}.`,
    placeName: (p) => `Parking przy świetlicy, ${p}`,
    address: (p) => `ul. Szkolna 5, ${p}`,
    category: 'Środowisko i odpady',
    weekdays: ['SA'],
    hour: 9,
    length: 240,
    local: true,
  },
  {
    title: () => 'Bezpłatne badania dla seniorów',
    lead: () => 'Pomiar ciśnienia, cukru i konsultacje z pielęgniarką dla osób powyżej 60 lat.',
    placeName: () => 'Ośrodek Zdrowia w Lipowej Woli',
    address: () => 'ul. Zdrowa 3, Lipowa Wola',
    category: 'Zdrowie i pomoc społeczna',
    weekdays: ['TU', 'WE', 'TH'],
    hour: 9,
    length: 300,
    local: false,
    registration: true,
  },
  {
    title: () => 'Bieg po Lipowej Woli',
    lead: () => 'Bieg na 5 i 10 km ulicami gminy oraz bieg dla dzieci. Pakiet startowy z koszulką.',
    placeName: () => 'Stadion gminny',
    address: () => 'ul. Sportowa 10, Lipowa Wola',
    category: 'Kultura i sport',
    weekdays: ['SU'],
    hour: 10,
    length: 240,
    local: false,
    price: '30 zł, dzieci bezpłatnie',
    registration: true,
  },
  {
    title: (p) => `Kino plenerowe w miejscowości ${p}`,
    lead: () => 'Wieczorny seans komedii familijnej pod gołym niebem. Zabierz koc!',
    placeName: (p) => `Plac zabaw, ${p}`,
    address: (p) => `ul. Lipowa 1, ${p}`,
    category: 'Kultura i sport',
    weekdays: ['FR', 'SA'],
    hour: 20,
    minute: 30,
    length: 120,
    local: true,
  },
  {
    title: () => 'Jarmark Lipowowolski',
    lead: () => 'W sobotę i niedzielę stoiska z rękodziełem, miodem i serami, występy zespołów ludowych.',
    placeName: () => 'Rynek w Lipowej Woli',
    address: () => 'Rynek, Lipowa Wola',
    category: 'Kultura i sport',
    weekdays: ['SA'],
    hour: 0,
    length: 2,
    allDay: true,
    local: false,
  },
  {
    title: () => 'Konsultacje społeczne: plan zagospodarowania',
    lead: () => 'Przedstawimy projekt zmiany planu miejscowego i wysłuchamy uwag mieszkańców.',
    placeName: () => 'Urząd Gminy, sala obrad',
    address: () => officeAddress,
    category: 'Inwestycje',
    weekdays: ['MO', 'TU', 'WE', 'TH'],
    hour: 17,
    length: 120,
    local: false,
  },
  {
    title: () => 'Akcja krwiodawstwa',
    lead: () => 'Ambulans Regionalnego Centrum Krwiodawstwa przyjmie dawców. Zabierz dowód osobisty.',
    placeName: () => 'Parking przed urzędem gminy',
    address: () => officeAddress,
    category: 'Zdrowie i pomoc społeczna',
    weekdays: ['SA'],
    hour: 9,
    length: 240,
    local: false,
  },
  {
    title: () => 'Szkolenie z pierwszej pomocy',
    lead: () => 'Ratownicy OSP pokażą, jak udzielić pierwszej pomocy i użyć defibrylatora AED.',
    placeName: () => 'Remiza OSP w Dębinie',
    address: () => 'ul. Strażacka 1, Dębina',
    category: 'Zdrowie i pomoc społeczna',
    weekdays: ['TU', 'TH'],
    hour: 17,
    length: 180,
    local: false,
    registration: true,
  },
  {
    title: () => 'Rajd rowerowy doliną Lipówki',
    lead: () => 'Rodzinny rajd na 25 km z ogniskiem na mecie. Kask obowiązkowy.',
    placeName: () => 'Start: parking przy kościele w Starej Wsi',
    address: () => 'ul. Kościelna 2, Stara Wieś',
    category: 'Kultura i sport',
    weekdays: ['SU'],
    hour: 10,
    length: 300,
    local: false,
  },
  {
    title: () => 'Dyżur doradcy rolniczego',
    lead: () => 'Doradca ośrodka doradztwa rolniczego pomoże wypełnić wnioski o dopłaty.',
    placeName: () => 'Urząd Gminy, pokój 7',
    address: () => officeAddress,
    category: 'Rolnictwo',
    weekdays: ['TU', 'WE', 'TH'],
    hour: 9,
    length: 360,
    local: false,
  },
  {
    title: (p) => `Dzień Seniora w miejscowości ${p}`,
    lead: () => 'Spotkanie przy kawie, występy dzieci ze szkoły i porady dzielnicowego.',
    placeName: (p) => `Świetlica wiejska, ${p}`,
    address: (p) => `ul. Szkolna 5, ${p}`,
    category: 'Zdrowie i pomoc społeczna',
    weekdays: ['TH'],
    hour: 15,
    length: 150,
    local: true,
  },
  {
    title: () => 'Dzień otwarty w szkole podstawowej',
    lead: () => 'Przyszli uczniowie i ich rodzice poznają nauczycieli, sale i zajęcia dodatkowe.',
    placeName: () => 'Szkoła Podstawowa w Dębinie',
    address: () => 'ul. Szkolna 10, Dębina',
    category: 'Oświata',
    weekdays: ['SA'],
    hour: 10,
    length: 180,
    local: false,
  },
  {
    title: () => 'Kiermasz rękodzieła i smaków regionu',
    lead: () => 'Stoiska szkół, kół gospodyń i stowarzyszeń: rękodzieło, miody, sery i domowe wypieki.',
    placeName: () => 'Hala sportowa w Lipowej Woli',
    address: () => 'ul. Sportowa 10, Lipowa Wola',
    category: 'Kultura i sport',
    weekdays: ['SU'],
    hour: 0,
    length: 1,
    allDay: true,
    local: false,
  },
  {
    title: () => 'Spotkanie informacyjne o programie Czyste Powietrze',
    lead: () => 'Jak zdobyć dotację na wymianę pieca i ocieplenie domu: doradca odpowie na pytania.',
    placeName: () => 'Gminny Ośrodek Kultury, sala kameralna',
    address: () => 'ul. Parkowa 1, Lipowa Wola',
    category: 'Środowisko i odpady',
    weekdays: ['TU', 'WE', 'TH'],
    hour: 17,
    length: 120,
    local: false,
  },
]
