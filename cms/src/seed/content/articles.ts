/**
 * The demo news: topics a rural gmina writes about every year, each published once a year over three years
 * in a different sołectwo, so the archive looks like a real one (66 articles) without a corpus to ship.
 */
export type DemoTopic = {
  /** Month (1–12) and day the topic is usually published. */
  month: number
  day: number
  title: (place: string, year: number) => string
  lead: (place: string, year: number) => string
  paragraphs: (place: string, year: number) => string[]
  categories: string[]
  /** Whether the article names a sołectwo (then it is tagged with that area). */
  local: boolean
  image?: string
  attachment?: string
}

export const demoTopics: DemoTopic[] = [
  {
    month: 1,
    day: 12,
    title: (_, y) => `Harmonogram odbioru odpadów na rok ${y}`,
    lead: (_, y) =>
      `Publikujemy harmonogram odbioru odpadów komunalnych i segregowanych na ${y} rok dla wszystkich sołectw.`,
    paragraphs: () => [
      'Odpady zmieszane odbierane są co dwa tygodnie, a odpady segregowane raz w miesiącu. Pojemniki prosimy wystawiać przed posesję do godziny 6:00 w dniu odbioru.',
      'Odpady wielkogabarytowe i zużyty sprzęt elektryczny można bezpłatnie oddać w Punkcie Selektywnej Zbiórki Odpadów Komunalnych przy ul. Polnej 8.',
      'Harmonogram w formacie PDF jest dostępny w załączniku. Wersję papierową można odebrać w sekretariacie urzędu.',
    ],
    categories: ['Środowisko i odpady', 'Komunikaty urzędu'],
    local: false,
    image: 'Odbiór odpadów',
    attachment: 'harmonogram',
  },
  {
    month: 2,
    day: 3,
    title: (p, y) => `Ferie zimowe ${y} w świetlicy w miejscowości ${p}`,
    lead: (p) =>
      `Gminny Ośrodek Kultury zaprasza dzieci na bezpłatne zajęcia feryjne w świetlicy wiejskiej w miejscowości ${p}.`,
    paragraphs: (p) => [
      `Przez dwa tygodnie ferii w świetlicy w miejscowości ${p} odbywać się będą warsztaty plastyczne, gry planszowe i zajęcia ruchowe.`,
      'Zajęcia trwają od poniedziałku do piątku w godzinach 10:00–14:00. Uczestnicy otrzymają ciepły posiłek.',
      'Zapisy przyjmuje instruktor świetlicy osobiście lub telefonicznie.',
    ],
    categories: ['Oświata', 'Kultura i sport'],
    local: true,
    image: 'Ferie w świetlicy',
  },
  {
    month: 2,
    day: 20,
    title: (_, y) => `Podatek od nieruchomości ${y}: terminy płatności`,
    lead: () =>
      'Przypominamy o terminach płatności podatku od nieruchomości, rolnego i leśnego oraz o numerach rachunków bankowych.',
    paragraphs: () => [
      'Raty podatku płatne są do 15 marca, 15 maja, 15 września i 15 listopada. Decyzje podatkowe są doręczane przez sołtysów oraz pocztą.',
      'Podatek można zapłacić przelewem na indywidualny rachunek bankowy podany w decyzji, a także w kasie urzędu.',
      'W razie pytań prosimy o kontakt z referatem finansowym, pokój nr 12.',
    ],
    categories: ['Komunikaty urzędu'],
    local: false,
  },
  {
    month: 3,
    day: 8,
    title: (_, y) => `Dzień Kobiet ${y} w Gminnym Ośrodku Kultury`,
    lead: () =>
      'Wójt Gminy i Gminny Ośrodek Kultury zapraszają wszystkie Panie na koncert z okazji Dnia Kobiet.',
    paragraphs: () => [
      'W programie występ zespołu ludowego „Lipowianki”, kiermasz rękodzieła kół gospodyń wiejskich oraz słodki poczęstunek.',
      'Wstęp wolny. Organizatorzy zapewniają transport dla mieszkanek sołectw oddalonych od Lipowej Woli.',
    ],
    categories: ['Kultura i sport'],
    local: false,
    image: 'Koncert w GOK',
  },
  {
    month: 3,
    day: 25,
    title: (p, y) => `Przebudowa drogi gminnej w miejscowości ${p} – umowa podpisana (${y})`,
    lead: (p) =>
      `Wójt Gminy podpisał umowę z wykonawcą przebudowy drogi gminnej w miejscowości ${p}. Prace potrwają do jesieni.`,
    paragraphs: (p) => [
      `Przebudowa obejmie odcinek o długości 1,2 km wraz z chodnikiem, zjazdami do posesji i odwodnieniem. Droga w miejscowości ${p} zyska nową nawierzchnię asfaltową.`,
      'Inwestycja jest współfinansowana z Rządowego Funduszu Rozwoju Dróg. W czasie prac wprowadzona zostanie tymczasowa organizacja ruchu.',
      'Przepraszamy za utrudnienia i prosimy o zachowanie ostrożności w rejonie prac.',
    ],
    categories: ['Inwestycje'],
    local: true,
    image: 'Przebudowa drogi',
  },
  {
    month: 4,
    day: 10,
    title: (p, y) => `Wiosenne sprzątanie sołectwa ${p} ${y}`,
    lead: (p) =>
      `Sołtys i rada sołecka zapraszają mieszkańców sołectwa ${p} do wspólnego sprzątania rowów i poboczy.`,
    paragraphs: () => [
      'Zbiórka w sobotę o godzinie 9:00 przy świetlicy wiejskiej. Rękawice i worki zapewnia urząd gminy.',
      'Zebrane odpady zostaną odebrane bezpłatnie w poniedziałek. Po akcji zapraszamy na ognisko.',
    ],
    categories: ['Środowisko i odpady'],
    local: true,
    image: 'Sprzątanie wsi',
  },
  {
    month: 4,
    day: 28,
    title: (_, y) => `Nabór wniosków o dofinansowanie wymiany pieców ${y}`,
    lead: () =>
      'Mieszkańcy mogą składać wnioski o dotację do wymiany starych pieców węglowych na ekologiczne źródła ciepła.',
    paragraphs: () => [
      'Dotacja wynosi do 70% kosztów kwalifikowanych, nie więcej niż 15 000 zł. Wnioski przyjmuje punkt konsultacyjny programu „Czyste Powietrze” w urzędzie.',
      'Do wniosku należy dołączyć zaświadczenie o dochodach oraz kopię dokumentu potwierdzającego tytuł prawny do budynku.',
      'Regulamin naboru oraz wzór wniosku znajdują się w załączniku.',
    ],
    categories: ['Środowisko i odpady', 'Komunikaty urzędu'],
    local: false,
    attachment: 'regulamin-piece',
  },
  {
    month: 5,
    day: 3,
    title: (_, y) => `Obchody Święta Konstytucji 3 Maja ${y}`,
    lead: () =>
      'Zapraszamy na gminne obchody rocznicy uchwalenia Konstytucji 3 Maja: mszę świętą, przemarsz i złożenie kwiatów.',
    paragraphs: () => [
      'Uroczystości rozpoczną się o godzinie 10:00 mszą świętą w kościele parafialnym. Następnie uczestnicy przejdą pod pomnik przy Rynku.',
      'W programie część artystyczna w wykonaniu uczniów Szkoły Podstawowej w Lipowej Woli.',
    ],
    categories: ['Kultura i sport'],
    local: false,
    image: 'Obchody 3 Maja',
  },
  {
    month: 5,
    day: 22,
    title: (p, y) => `Nowy plac zabaw w miejscowości ${p} (${y})`,
    lead: (p) =>
      `Dzieci z miejscowości ${p} mogą już korzystać z nowego, bezpiecznego placu zabaw przy świetlicy.`,
    paragraphs: (p) => [
      `Plac zabaw w miejscowości ${p} wyposażono w huśtawki, zjeżdżalnię, piaskownicę i bezpieczną nawierzchnię.`,
      'Inwestycję sfinansowano z funduszu sołeckiego oraz budżetu gminy. Regulamin korzystania z placu jest wywieszony przy wejściu.',
    ],
    categories: ['Inwestycje'],
    local: true,
    image: 'Plac zabaw',
  },
  {
    month: 6,
    day: 1,
    title: (_, y) => `Gminny Dzień Dziecka ${y}`,
    lead: () =>
      'Dmuchańce, pokazy strażackie i konkursy z nagrodami – zapraszamy rodziny na Gminny Dzień Dziecka na stadionie.',
    paragraphs: () => [
      'Impreza rozpocznie się o godzinie 14:00. Ochotnicze Straże Pożarne z terenu gminy przygotowały pokaz ratownictwa.',
      'Dla wszystkich dzieci przewidziano słodki poczęstunek. Wstęp wolny.',
    ],
    categories: ['Kultura i sport'],
    local: false,
    image: 'Dzień Dziecka',
  },
  {
    month: 6,
    day: 18,
    title: (_, y) => `Raport o stanie gminy za ${y - 1} rok`,
    lead: (_, y) =>
      `Rada Gminy rozpatrzy raport o stanie gminy za ${y - 1} rok. Mieszkańcy mogą zabrać głos w debacie.`,
    paragraphs: () => [
      'Raport przedstawia realizację polityk, programów i strategii, uchwał rady gminy oraz budżetu obywatelskiego.',
      'Mieszkaniec, który chce zabrać głos w debacie, składa pisemne zgłoszenie poparte podpisami co najmniej 20 osób.',
      'Raport jest dostępny w Biuletynie Informacji Publicznej oraz w załączniku.',
    ],
    categories: ['Komunikaty urzędu'],
    local: false,
    attachment: 'raport',
  },
  {
    month: 7,
    day: 7,
    title: (p, y) => `Turniej piłki nożnej o puchar sołtysa w miejscowości ${p} ${y}`,
    lead: (p) => `Na boisku w miejscowości ${p} rozegrano coroczny turniej piłkarski drużyn sołeckich.`,
    paragraphs: () => [
      'W turnieju wzięło udział osiem drużyn. Po zaciętym finale puchar sołtysa trafił do gospodarzy.',
      'Dziękujemy sędziom, kibicom i paniom z koła gospodyń wiejskich za przygotowanie poczęstunku.',
    ],
    categories: ['Kultura i sport'],
    local: true,
    image: 'Turniej piłkarski',
  },
  {
    month: 7,
    day: 24,
    title: (_, y) => `Susza rolnicza ${y}: jak zgłosić szkody`,
    lead: () =>
      'Rolnicy, których uprawy ucierpiały w wyniku suszy, mogą zgłaszać szkody za pomocą aplikacji ministerstwa.',
    paragraphs: () => [
      'Wnioski o oszacowanie szkód składa się przez aplikację do zgłaszania szkód suszowych. Pomocy w wypełnieniu udziela pracownik urzędu.',
      'Komisja gminna oszacuje szkody w uprawach, które nie są objęte systemem monitoringu suszy.',
    ],
    categories: ['Rolnictwo'],
    local: false,
  },
  {
    month: 8,
    day: 30,
    title: (_, y) => `Dożynki Gminne ${y}`,
    lead: (p) => `Zapraszamy na Dożynki Gminne. Gospodarzem tegorocznego święta plonów jest sołectwo ${p}.`,
    paragraphs: (p) => [
      `Uroczystości w miejscowości ${p} rozpoczną się mszą świętą dziękczynną, po której odbędzie się korowód dożynkowy.`,
      'W programie konkurs na najpiękniejszy wieniec, występy zespołów ludowych i zabawa taneczna.',
    ],
    categories: ['Kultura i sport', 'Rolnictwo'],
    local: true,
    image: 'Dożynki',
  },
  {
    month: 9,
    day: 2,
    title: (_, y) => `Rozpoczęcie roku szkolnego ${y}/${y + 1}`,
    lead: () =>
      'Uczniowie szkół prowadzonych przez gminę rozpoczęli nowy rok szkolny. Przypominamy o dowozach.',
    paragraphs: () => [
      'Dowóz uczniów do szkół odbywa się autobusami według rozkładu dostępnego w sekretariatach szkół.',
      'W wakacje w Szkole Podstawowej w Dębinie wyremontowano sale lekcyjne i zmodernizowano stołówkę.',
    ],
    categories: ['Oświata'],
    local: false,
    image: 'Szkoła',
  },
  {
    month: 9,
    day: 19,
    title: (p, y) => `Zebranie wiejskie w sprawie funduszu sołeckiego – ${p} ${y}`,
    lead: (p) =>
      `Sołtys zaprasza mieszkańców sołectwa ${p} na zebranie wiejskie w sprawie przeznaczenia funduszu sołeckiego.`,
    paragraphs: () => [
      'Na zebraniu mieszkańcy zdecydują, na co zostanie przeznaczony fundusz sołecki w przyszłym roku.',
      'Wnioski z propozycjami przedsięwzięć można składać u sołtysa do dnia zebrania.',
    ],
    categories: ['Komunikaty urzędu'],
    local: true,
  },
  {
    month: 10,
    day: 9,
    title: (p, y) => `Kanalizacja w miejscowości ${p}: etap ${y - 2023}`,
    lead: (p) =>
      `Trwa budowa sieci kanalizacji sanitarnej w miejscowości ${p}. Sprawdź, kiedy możesz podłączyć posesję.`,
    paragraphs: (p) => [
      `W miejscowości ${p} powstaje 3,5 km sieci kanalizacyjnej z przepompowniami. Po odbiorze sieci mieszkańcy otrzymają pisemne powiadomienia.`,
      'Przyłącza od granicy posesji do budynku mieszkańcy wykonują we własnym zakresie, zgodnie z warunkami technicznymi.',
      'Informacje o warunkach przyłączenia znajdują się w załączniku.',
    ],
    categories: ['Inwestycje', 'Środowisko i odpady'],
    local: true,
    image: 'Budowa kanalizacji',
    attachment: 'kanalizacja',
  },
  {
    month: 10,
    day: 28,
    title: (_, y) => `Wszystkich Świętych ${y}: organizacja ruchu przy cmentarzach`,
    lead: () =>
      'W dniach 31 października – 2 listopada wprowadzona zostanie zmiana organizacji ruchu przy cmentarzach.',
    paragraphs: () => [
      'Przy cmentarzu parafialnym w Lipowej Woli obowiązywać będzie ruch jednokierunkowy. Parking zostanie wyznaczony na placu targowym.',
      'Prosimy o korzystanie z bezpłatnego autobusu, który kursować będzie co 30 minut z Rynku.',
    ],
    categories: ['Komunikaty urzędu'],
    local: false,
  },
  {
    month: 11,
    day: 11,
    title: (_, y) => `Narodowe Święto Niepodległości ${y}`,
    lead: () => 'Zapraszamy na gminne obchody Narodowego Święta Niepodległości i Bieg Niepodległości.',
    paragraphs: () => [
      'Bieg na dystansie 5 km rozpocznie się o 11:11 na Rynku. Zapisy przyjmuje Gminny Ośrodek Sportu i Rekreacji.',
      'Po biegu odbędzie się wspólne śpiewanie pieśni patriotycznych w Gminnym Ośrodku Kultury.',
    ],
    categories: ['Kultura i sport'],
    local: false,
    image: 'Bieg Niepodległości',
  },
  {
    month: 11,
    day: 26,
    title: (p, y) => `Akcja szczepień przeciw grypie dla seniorów – ${p} ${y}`,
    lead: (p) =>
      `Ośrodek zdrowia organizuje bezpłatne szczepienia przeciw grypie dla seniorów z miejscowości ${p} i okolic.`,
    paragraphs: () => [
      'Szczepienia są bezpłatne dla osób po 65. roku życia. Zapisy przyjmuje rejestracja ośrodka zdrowia.',
      'Osobom z trudnościami w poruszaniu się gmina zapewnia transport – prosimy o kontakt z GOPS.',
    ],
    categories: ['Zdrowie i pomoc społeczna'],
    local: true,
  },
  {
    month: 12,
    day: 6,
    title: (_, y) => `Mikołajki w gminnych przedszkolach ${y}`,
    lead: () =>
      'Święty Mikołaj odwiedził przedszkolaków z gminnych placówek i przekazał paczki ufundowane przez sponsorów.',
    paragraphs: () => [
      'Dzieci przygotowały dla gościa piosenki i wierszyki. Paczki ufundowali lokalni przedsiębiorcy.',
      'Dziękujemy rodzicom i nauczycielom za pomoc w organizacji spotkań.',
    ],
    categories: ['Oświata'],
    local: false,
    image: 'Mikołajki',
  },
  {
    month: 12,
    day: 18,
    title: (_, y) => `Budżet gminy na rok ${y + 1} uchwalony`,
    lead: (_, y) =>
      `Rada Gminy uchwaliła budżet na ${y + 1} rok. Najwięcej środków przeznaczono na drogi i kanalizację.`,
    paragraphs: () => [
      'Dochody budżetu zaplanowano na 48,6 mln zł, a wydatki na 52,1 mln zł. Deficyt zostanie pokryty z nadwyżki z lat ubiegłych.',
      'Na inwestycje przeznaczono 14,3 mln zł, w tym przebudowę dróg gminnych i rozbudowę sieci kanalizacyjnej.',
    ],
    categories: ['Komunikaty urzędu', 'Inwestycje'],
    local: false,
  },
]

/** The attachments the demo articles carry, generated as real PDFs by the seed. */
export const demoAttachments: Record<string, { title: string; paragraphs: string[] }> = {
  harmonogram: {
    title: 'Harmonogram odbioru odpadów komunalnych',
    paragraphs: [
      'Odpady zmieszane: co drugi wtorek. Papier, szkło, metale i tworzywa sztuczne: pierwszy czwartek miesiąca.',
      'Bioodpady: od kwietnia do października co tydzień, od listopada do marca co dwa tygodnie.',
      'Punkt Selektywnej Zbiórki Odpadów Komunalnych: ul. Polna 8, czynny we wtorki i soboty.',
    ],
  },
  'regulamin-piece': {
    title: 'Regulamin naboru wniosków o dotację do wymiany źródeł ciepła',
    paragraphs: [
      '§ 1. Dotacja przysługuje właścicielom budynków mieszkalnych jednorodzinnych położonych na terenie gminy.',
      '§ 2. Wysokość dotacji wynosi do 70% kosztów kwalifikowanych, nie więcej niż 15 000 zł.',
      '§ 3. Wnioski składa się w sekretariacie urzędu gminy w terminie naboru ogłoszonym przez Wójta.',
    ],
  },
  raport: {
    title: 'Raport o stanie gminy Lipowa Wola',
    paragraphs: [
      'Gmina Lipowa Wola liczy 7 412 mieszkańców w czternastu sołectwach. W roku sprawozdawczym zrealizowano 23 zadania inwestycyjne.',
      'Wydatki majątkowe stanowiły 27% wydatków ogółem. Długość sieci kanalizacyjnej wzrosła o 6,8 km.',
    ],
  },
  kanalizacja: {
    title: 'Warunki przyłączenia do sieci kanalizacji sanitarnej',
    paragraphs: [
      'Przyłącze wykonuje właściciel nieruchomości na podstawie warunków technicznych wydanych przez Zakład Gospodarki Komunalnej.',
      'Przed zasypaniem przyłącze podlega odbiorowi technicznemu. Zgłoszenie odbioru przyjmuje ZGK, tel. 41 123 45 90.',
    ],
  },
}
