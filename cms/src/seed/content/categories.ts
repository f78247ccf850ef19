type DemoCategory = { name: string; description: string }

export const demoCategories: DemoCategory[] = [
  { name: 'Inwestycje', description: 'Drogi, kanalizacja, budynki i place zabaw.' },
  { name: 'Oświata', description: 'Szkoły, przedszkola i zajęcia dla dzieci.' },
  { name: 'Kultura i sport', description: 'Wydarzenia, dożynki, zawody i konkursy.' },
  { name: 'Komunikaty urzędu', description: 'Sprawy urzędowe, podatki, terminy.' },
  { name: 'Środowisko i odpady', description: 'Odbiór odpadów, ochrona powietrza, przyroda.' },
  { name: 'Zdrowie i pomoc społeczna', description: 'GOPS, profilaktyka, seniorzy.' },
  { name: 'Rolnictwo', description: 'Informacje dla rolników i kół gospodyń wiejskich.' },
]
