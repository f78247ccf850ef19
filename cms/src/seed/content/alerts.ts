import type { DemoPdf } from '../files/pdfs'

const HOUR = 3_600_000

/** A demo alert; times are offsets from the seed's `now`, so a fresh demo always has active alerts. */
type DemoAlert = {
  title: string
  kind: 'pogoda' | 'powodz' | 'zagrozenie' | 'woda' | 'prad' | 'drogi' | 'komunikat' | 'wydarzenie'
  severity: 'informacja' | 'ostrzezenie' | 'alarm'
  shortText: string
  paragraphs: string[]
  /** Area names; none = the whole gmina. */
  areas: string[]
  source?: string
  fromHours: number
  untilHours?: number
  /** The key of a PDF in `demoAlertAttachments`. */
  attachment?: string
}

export const demoAlerts: DemoAlert[] = [
  {
    title: 'Ostrzeżenie hydrologiczne: wezbranie Lipówki',
    kind: 'powodz',
    severity: 'ostrzezenie',
    shortText:
      'Wezbranie Lipówki, możliwe podtopienia posesji nad rzeką. Zabezpiecz mienie, nie wjeżdżaj na zalane drogi. Worki z piaskiem: remiza OSP Dębina.',
    paragraphs: [
      'IMGW-PIB wydał ostrzeżenie hydrologiczne drugiego stopnia dla zlewni Lipówki. Poziom wody może przekroczyć stan ostrzegawczy.',
      'Mieszkańców posesji na terenach zalewowych prosimy o przeniesienie cennych rzeczy na wyższe kondygnacje i przestawienie samochodów w bezpieczne miejsce.',
      'Worki z piaskiem wydaje remiza OSP w Dębinie przez całą dobę. Zagrożenie zgłaszaj pod numerem 112.',
    ],
    areas: ['Zagrożenie powodziowe'],
    source: 'IMGW-PIB',
    fromHours: -1,
    untilHours: 40,
    attachment: 'ostrzezenie-imgw-lipowka',
  },
  {
    title: 'Ostrzeżenie meteorologiczne: silny wiatr',
    kind: 'pogoda',
    severity: 'ostrzezenie',
    shortText: 'Silny wiatr do 90 km/h. Zabezpiecz przedmioty na posesji, unikaj przebywania pod drzewami.',
    paragraphs: [
      'Prognozowany jest silny wiatr o średniej prędkości do 50 km/h, w porywach do 90 km/h, z południowego zachodu.',
    ],
    areas: [],
    source: 'IMGW-PIB',
    fromHours: -2,
    untilHours: 20,
  },
  {
    title: 'Przerwa w dostawie wody w Dębinie',
    kind: 'woda',
    severity: 'informacja',
    shortText: 'Brak wody w Dębinie z powodu awarii wodociągu. Beczkowóz stoi przy remizie OSP.',
    paragraphs: [
      'Z powodu awarii sieci wodociągowej przy ul. Szkolnej mieszkańcy Dębiny nie mają wody. Ekipa usuwa awarię.',
      'Beczkowóz z wodą pitną stoi przy remizie OSP. Po przywróceniu dostaw woda może być przez chwilę mętna.',
    ],
    areas: ['Dębina'],
    source: 'Gminny Zakład Gospodarki Komunalnej',
    fromHours: -1,
    untilHours: 6,
  },
  {
    title: 'Zamknięta droga gminna w Kalinówce',
    kind: 'drogi',
    severity: 'informacja',
    shortText: 'Droga gminna w Kalinówce zamknięta z powodu wymiany przepustu. Objazd drogą powiatową.',
    paragraphs: ['Trwa wymiana przepustu pod drogą gminną. Objazd prowadzi drogą powiatową przez Olszyny.'],
    areas: ['Kalinówka'],
    source: 'Urząd Gminy Lipowa Wola',
    fromHours: -10 * 24,
    untilHours: -8 * 24,
  },
  {
    title: 'Planowane wyłączenie prądu w Brzozówce',
    kind: 'prad',
    severity: 'informacja',
    shortText: 'Planowane wyłączenie prądu w Brzozówce na kilka godzin z powodu prac na sieci energetycznej.',
    paragraphs: ['PGE Dystrybucja wymienia słupy linii niskiego napięcia. Prąd wróci po zakończeniu prac.'],
    areas: ['Brzozówka'],
    source: 'PGE Dystrybucja',
    fromHours: 3 * 24,
    untilHours: 3 * 24 + 6,
  },
]

export const demoAlertAttachments: Record<string, DemoPdf> = {
  'ostrzezenie-imgw-lipowka': {
    title: 'Ostrzeżenie hydrologiczne IMGW-PIB: zlewnia Lipówki',
    paragraphs: [
      'Zjawisko: wezbranie z przekroczeniem stanów ostrzegawczych. Stopień zagrożenia: 2.',
      'Obszar: zlewnia Lipówki, gmina Lipowa Wola. Prawdopodobieństwo wystąpienia zjawiska: 80%.',
    ],
  },
}

/** The instant `hours` from `now`, on a whole quarter of an hour (as the admin's date picker sets times). */
export const demoInstant = (now: Date, hours: number): string => {
  const quarter = 15 * 60_000
  return new Date(Math.floor((now.getTime() + hours * HOUR) / quarter) * quarter).toISOString()
}
