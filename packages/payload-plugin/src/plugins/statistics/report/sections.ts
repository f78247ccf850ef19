import { statisticsPl } from '../translations/pl'
import type { PeriodFigures } from './figures'
import { periodLabel } from './period'
import { MONTH_NAMES } from '../../../shared/month-names'

/** A cell: a number, a text, or null for "brak danych". */
export type Cell = string | number | null

export type ReportTable = { caption: string; columns: string[]; rows: Cell[][] }

export type ReportChart = {
  id: string
  title: string
  /** What the chart shows, in words (its text alternative); the table beside it holds every value. */
  description: string
  labels: string[]
  series: { name: string; values: number[] }[]
}

/**
 * One part of the statistics page and the chapter: a heading, a note, tables and a chart, or `missing` (why
 * there is no data) instead of them.
 */
export type ReportSection = {
  id: string
  heading: string
  note?: string
  missing?: string
  tables: ReportTable[]
  chart?: ReportChart
}

export const NO_DATA = 'brak danych'

const SECTION_NAMES = statisticsPl.statistics.sections

/** A number as Polish text: 198 875 (a non-breaking space between thousands). */
export const formatNumber = (value: number): string => new Intl.NumberFormat('pl-PL').format(value)

/** "2026-03" → "marzec 2026". */
export const monthName = (month: string): string =>
  `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`

const polishDay = (iso: string) => {
  const [y, m, d] = iso.split('-')
  return `${Number(d)}.${m}.${y}`
}

const channelName = (channel: string) =>
  (statisticsPl.statistics.historicFigures.channel as Record<string, string>)[channel] ?? channel
const measureName = (measure: string) =>
  (statisticsPl.statistics.historicFigures.measure as Record<string, string>)[measure] ?? measure

const describeSeries = (labels: string[], series: ReportChart['series']) =>
  labels
    .map(
      (label, index) =>
        `${label}: ${series.map((one) => `${one.name} ${formatNumber(one.values[index] ?? 0)}`).join(', ')}`,
    )
    .join('; ')

const trafficSections = (figures: PeriodFigures): ReportSection[] => {
  const { traffic } = figures
  const heading = 'Ruch w serwisie internetowym'
  if (!traffic)
    return [
      {
        id: 'ruch',
        heading,
        missing: `${NO_DATA}: za ten okres nie zaimportowano dzienników serwera WWW.`,
        tables: [],
      },
    ]
  const partial =
    traffic.daysWithData < traffic.daysInPeriod
      ? ` Dane obejmują ${traffic.daysWithData} z ${traffic.daysInPeriod} dni okresu (od ${polishDay(traffic.firstDay)} do ${polishDay(traffic.lastDay)}).`
      : ''
  const labels = traffic.months.map((month) => monthName(month.month))
  const series = (['site', 'bip', 'periodicals'] as const).map((section) => ({
    name: SECTION_NAMES[section],
    values: traffic.months.map((month) => month.sections[section].pageViews),
  }))
  return [
    {
      id: 'ruch',
      heading,
      note: `Liczone z dzienników serwera, bez ciasteczek i bez zapisywania adresów IP; boty pominięte. „Suma dziennych odwiedzających” dodaje liczby odwiedzających z każdego dnia: ta sama osoba w dwa dni liczy się dwa razy, więc nie jest to liczba osób.${partial}`,
      tables: [
        {
          caption: 'Ruch w liczbach',
          columns: ['Miara', 'Wartość'],
          rows: [
            ['Odsłony stron', traffic.pageViews],
            ['Suma dziennych odwiedzających', traffic.visitorsDailySum],
            ...(['site', 'bip', 'periodicals'] as const).map((section): Cell[] => [
              `Odsłony: ${SECTION_NAMES[section]}`,
              traffic.sections[section].pageViews,
            ]),
            ['Pobrania plików PDF', traffic.pdfDownloads],
            ['Pobrania kanałów RSS/Atom', traffic.feedFetches],
            ['Pobrania kalendarzy (iCal)', traffic.calendarFetches],
          ],
        },
        {
          caption: 'Odsłony stron w miesiącach',
          columns: [
            'Miesiąc',
            'Odsłony razem',
            ...series.map((one) => one.name),
            'Suma dziennych odwiedzających',
          ],
          rows: traffic.months.map((month, index) => [
            labels[index]!,
            month.pageViews,
            month.sections.site.pageViews,
            month.sections.bip.pageViews,
            month.sections.periodicals.pageViews,
            month.visitors,
          ]),
        },
      ],
      chart: {
        id: 'wykres-ruch',
        title: 'Odsłony stron w miesiącach według części serwisu',
        description: `Wykres słupkowy. ${describeSeries(labels, series)}.`,
        labels,
        series,
      },
    },
    {
      id: 'strony',
      heading: 'Najczęściej czytane strony',
      tables: [
        {
          caption: 'Najczęściej czytane strony',
          columns: ['Strona', 'Odsłony'],
          rows: traffic.topPages.map((page) => [page.path, page.pageViews]),
        },
        {
          caption: 'Wejścia z innych serwisów',
          columns: ['Serwis', 'Wejścia'],
          rows: traffic.topReferrers.map((entry) => [entry.domain, entry.entries]),
        },
      ],
    },
  ]
}

const contentSection = (figures: PeriodFigures): ReportSection => ({
  id: 'publikacje',
  heading: 'Publikacje',
  note: 'Wydarzenia liczone według daty rozpoczęcia w okresie; aktualności i komunikaty według daty publikacji.',
  tables: [
    {
      caption: 'Opublikowane w okresie',
      columns: ['Rodzaj', 'Liczba'],
      rows: [
        ['Aktualności', figures.content.articles],
        ['Wydarzenia', figures.content.events],
        ['Komunikaty i ostrzeżenia', figures.content.alerts],
      ],
    },
  ],
})

const periodicalSection = (figures: PeriodFigures): ReportSection => {
  const heading = 'Czasopismo gminy'
  if (!figures.periodicals)
    return { id: 'czasopismo', heading, missing: `${NO_DATA}: brak numerów z tego okresu.`, tables: [] }
  return {
    id: 'czasopismo',
    heading,
    tables: [
      {
        caption: 'Wydania w okresie',
        columns: ['Tytuł', 'Numery', 'Dodatki', 'Nakład numeru', 'Wydrukowane egzemplarze'],
        rows: figures.periodicals.map((periodical) => [
          periodical.title,
          periodical.regularIssues,
          periodical.supplements,
          periodical.printRun,
          periodical.copiesPrinted,
        ]),
      },
      ...figures.periodicals
        .filter((periodical) => periodical.issues.length > 0)
        .map((periodical): ReportTable => ({
          caption: `${periodical.title}: numery`,
          columns: ['Numer', 'Data wydania', 'Rodzaj', 'Nakład'],
          rows: periodical.issues.map((issue) => [
            issue.number,
            polishDay(issue.publishedOn),
            issue.kind === 'supplement' ? `dodatek${issue.subject ? `: ${issue.subject}` : ''}` : 'numer',
            issue.printRun,
          ]),
        })),
    ],
  }
}

const bipSection = (figures: PeriodFigures): ReportSection => {
  const heading = 'Biuletyn Informacji Publicznej'
  if (!figures.bip)
    return {
      id: 'bip',
      heading,
      missing: `${NO_DATA}: BIP nie był prowadzony w Ratuszu w tym okresie.`,
      tables: [],
    }
  return {
    id: 'bip',
    heading,
    tables: [
      {
        caption: 'BIP w okresie',
        columns: ['Miara', 'Liczba'],
        rows: [
          ['Nowe dokumenty opublikowane', figures.bip.documentsPublished],
          ['Wpisy w rejestrze zmian: publikacje', figures.bip.changes.publikacja ?? 0],
          ['Wpisy w rejestrze zmian: zmiany', figures.bip.changes.zmiana ?? 0],
          ['Wpisy w rejestrze zmian: wycofania', figures.bip.changes.wycofanie ?? 0],
          ['Wpisy w rejestrze zmian razem', figures.bip.changesTotal],
        ],
      },
    ],
  }
}

const notificationSection = (figures: PeriodFigures): ReportSection => {
  const heading = 'Powiadomienia dla mieszkańców'
  const { notifications } = figures
  if (!notifications)
    return {
      id: 'powiadomienia',
      heading,
      missing: `${NO_DATA}: nikt nie subskrybował powiadomień.`,
      tables: [],
    }
  const groups = notifications.groups.filter((row) => row.key !== 'everyone')
  const everyone = notifications.groups.find((row) => row.key === 'everyone')
  const labels = ['E-mail', 'SMS', 'Przeglądarka']
  const values = everyone ? [everyone.email, everyone.sms, everyone.push] : [0, 0, 0]
  return {
    id: 'powiadomienia',
    heading,
    note: `Subskrybenci w dniu ${polishDay(notifications.on)}; zmiana od ${polishDay(notifications.before)}. Subskrybent kilku grup liczy się w każdej z nich, w wierszu „Razem” raz.`,
    tables: [
      {
        caption: `Subskrybenci według grup i kanałów (${polishDay(notifications.on)})`,
        columns: ['Grupa', ...labels, 'Członkowie urzędowi', 'Razem', 'Zmiana w okresie'],
        rows: [...groups, ...(everyone ? [everyone] : [])].map((row) => [
          row.group,
          row.email,
          row.sms,
          row.push,
          row.official,
          row.total,
          row.change,
        ]),
      },
      {
        caption: 'Zapisy i wiadomości w okresie',
        columns: ['Miara', 'Liczba'],
        rows: [
          ['Nowe subskrypcje', notifications.started],
          ['Wypisania', notifications.ended],
          ['Wysłane wiadomości', notifications.sent],
          ['Wiadomości niedoręczone', notifications.failed],
        ],
      },
    ],
    chart: {
      id: 'wykres-subskrybenci',
      title: `Subskrybenci według kanałów (${polishDay(notifications.on)})`,
      description: `Wykres słupkowy. ${labels.map((label, index) => `${label}: ${formatNumber(values[index]!)}`).join('; ')}.`,
      labels,
      series: [{ name: 'Subskrybenci', values }],
    },
  }
}

const reportsSection = (figures: PeriodFigures): ReportSection => {
  const heading = 'Zgłoszenia mieszkańców'
  const { reports } = figures
  if (!reports)
    return {
      id: 'zgloszenia',
      heading,
      missing: `${NO_DATA}: zgłoszenia nie są przyjmowane w Ratuszu.`,
      tables: [],
    }
  return {
    id: 'zgloszenia',
    heading,
    tables: [
      {
        caption: 'Zgłoszenia według kategorii',
        columns: ['Kategoria', 'Przyjęte', 'Załatwione', 'Mediana czasu odpowiedzi (dni)'],
        rows: [
          ...reports.byCategory.map((row) => [
            row.category,
            row.received,
            row.handled,
            row.medianDaysToAnswer,
          ]),
          ['Razem', reports.received, reports.handled, null],
        ],
      },
      {
        caption: 'Zgłoszenia według stanu',
        columns: ['Stan', 'Liczba'],
        rows: reports.byStatus.map((row) => [row.status, row.count]),
      },
    ],
  }
}

const historicSection = (figures: PeriodFigures): ReportSection => ({
  id: 'dane-historyczne',
  heading: 'Dane wpisane ręcznie (lata wcześniejsze i inne kanały)',
  ...(figures.historic.length === 0 ? { missing: `${NO_DATA}: nie wpisano danych historycznych.` } : {}),
  tables:
    figures.historic.length === 0
      ? []
      : [
          {
            caption: 'Dane wpisane ręcznie',
            columns: ['Rok', 'Kanał', 'Miara', 'Wartość', 'Źródło'],
            rows: figures.historic.map((row) => [
              String(row.year),
              channelName(row.channel),
              measureName(row.measure),
              row.value,
              row.source,
            ]),
          },
        ],
})

/** The page's and the chapter's parts, in order, from the figures of a period. */
export const reportSections = (figures: PeriodFigures): ReportSection[] => [
  ...trafficSections(figures),
  contentSection(figures),
  periodicalSection(figures),
  bipSection(figures),
  notificationSection(figures),
  reportsSection(figures),
  historicSection(figures),
]

/** The period in words for headings: "rok 2026". */
export const sectionsTitle = (figures: PeriodFigures): string => `Statystyki: ${periodLabel(figures.period)}`
