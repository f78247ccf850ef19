import type { IssueArticle } from '../files/issue-pdfs'

/** The demo periodicals of Lipowa Wola and the topics their issues carry. */

type DemoPeriodical = {
  title: string
  description: string
  publisher: string
  frequency: 'bimonthly' | 'semiannual'
  issn?: string
  printRun: number
  coverStyle: 'green' | 'blue'
  color: [number, number, number]
  /** Months (1–12) in which a regular issue comes out, on the 10th. */
  months: number[]
  /** A special supplement: its month, subject and the issue it comes with (by month). */
  supplement?: { month: number; subject: (year: number) => string; withMonth: number }
}

export const demoPeriodicals: DemoPeriodical[] = [
  {
    title: 'Informator Lipowej Woli',
    description:
      'Bezpłatny dwumiesięcznik samorządowy: sprawy gminy, inwestycje, kultura i sport. Egzemplarze w sklepach, świetlicach i w urzędzie.',
    publisher: 'Urząd Gminy Lipowa Wola',
    frequency: 'bimonthly',
    issn: '2081-3872',
    printRun: 10600,
    coverStyle: 'green',
    color: [0.13, 0.4, 0.24],
    months: [1, 3, 5, 7, 9, 11],
    supplement: {
      month: 1,
      subject: (year) => `Harmonogram odbioru odpadów ${year}`,
      withMonth: 1,
    },
  },
  {
    title: 'Wieści z Brzozówki',
    description: 'Gazetka sołectwa Brzozówka, wydawana przez radę sołecką dwa razy w roku.',
    publisher: 'Rada Sołecka Brzozówki',
    frequency: 'semiannual',
    printRun: 400,
    coverStyle: 'blue',
    color: [0.12, 0.3, 0.55],
    months: [6, 12],
  },
]

const topics: ((year: number) => IssueArticle)[] = [
  (y) => ({
    title: 'Nowa świetlica wiejska otwarta',
    paragraphs: [
      `W ${y} roku mieszkańcy zyskali wyremontowaną świetlicę z kuchnią i salą dla 80 osób. Zajęcia dla dzieci, koło gospodyń wiejskich i zebrania sołeckie odbywają się tu już regularnie.`,
      'Remont sfinansowano z budżetu gminy i funduszu sołeckiego. Dziękujemy wszystkim, którzy pomogli przy pracach społecznych.',
    ],
  }),
  () => ({
    title: 'Żółta Łąka ma nowy chodnik',
    paragraphs: [
      'Zakończyła się budowa chodnika wzdłuż drogi gminnej w Żółtej Łące. Piesi, w tym dzieci idące do szkoły, mogą bezpiecznie dojść do przystanku.',
      'Przy okazji wymieniono oświetlenie uliczne na energooszczędne lampy LED.',
    ],
  }),
  () => ({
    title: 'Sesja Rady Gminy: najważniejsze uchwały',
    paragraphs: [
      'Radni przyjęli uchwały w sprawie dotacji na wymianę pieców, planu zagospodarowania oraz zmian w budżecie gminy.',
      'Pełne teksty uchwał są dostępne w Biuletynie Informacji Publicznej.',
    ],
  }),
  () => ({
    title: 'Gminny Ośrodek Kultury zaprasza',
    paragraphs: [
      'Warsztaty rękodzieła, zajęcia taneczne dla seniorów i próby zespołu „Lipowianki” – zapisy w sekretariacie GOK-u.',
      'Biblioteka wydłużyła godziny otwarcia: we wtorki i czwartki do 19:00.',
    ],
  }),
  () => ({
    title: 'Segregujemy odpady: przypomnienie',
    paragraphs: [
      'Szkło, papier, metale i tworzywa sztuczne oraz bioodpady wrzucamy do osobnych pojemników. Popiół odbierany jest od października do kwietnia.',
      'Punkt Selektywnej Zbiórki Odpadów Komunalnych przy ul. Polnej 8 czynny jest w środy i soboty.',
    ],
  }),
  () => ({
    title: 'Sukces młodych piłkarzy',
    paragraphs: [
      'Drużyna orlików LZS Lipowa Wola zajęła drugie miejsce w powiatowym turnieju halowym. Gratulujemy zawodnikom i trenerom!',
    ],
  }),
]

/** The articles of one regular issue: three topics, rotating with the issue's place in the archive. */
export const issueArticles = (year: number, sequence: number): IssueArticle[] =>
  [0, 1, 2].map((offset) => topics[(sequence + offset) % topics.length]!(year))

/** The articles of a supplement: its subject as one long article. */
export const supplementArticles = (subject: string): IssueArticle[] => [
  {
    title: subject,
    paragraphs: [
      'Odpady zmieszane odbierane są co dwa tygodnie, segregowane raz w miesiącu, bioodpady co tydzień od kwietnia do października.',
      'Pojemniki prosimy wystawiać przed posesję do godziny 6:00 w dniu odbioru. Zmiany terminów ogłaszamy na stronie gminy.',
    ],
  },
]
