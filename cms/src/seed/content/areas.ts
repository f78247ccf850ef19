type DemoArea = { name: string; kind: 'solectwo' | 'osiedle' | 'grupa'; description: string }

export const demoAreas: DemoArea[] = [
  { name: 'Brzozówka', kind: 'solectwo', description: 'Sołectwo na północy gminy, nad rzeką Lipówką.' },
  { name: 'Dębina', kind: 'solectwo', description: 'Sołectwo z remizą OSP i szkołą podstawową.' },
  { name: 'Kalinówka', kind: 'solectwo', description: 'Sołectwo rolnicze przy drodze powiatowej.' },
  { name: 'Olszyny', kind: 'solectwo', description: 'Najmniejsze sołectwo gminy, otoczone lasami.' },
  { name: 'Podgórze', kind: 'solectwo', description: 'Sołectwo u stóp wzgórza Łysica Mała.' },
  { name: 'Stara Wieś', kind: 'solectwo', description: 'Dawna osada młyńska z zabytkowym kościołem.' },
  { name: 'Wrzosów', kind: 'solectwo', description: 'Sołectwo z boiskiem Orlik i świetlicą wiejską.' },
  { name: 'Żabia Łąka', kind: 'solectwo', description: 'Sołectwo w dolinie Lipówki, narażone na wezbrania.' },
  {
    name: 'Osiedle Słoneczne',
    kind: 'osiedle',
    description: 'Osiedle domów jednorodzinnych w Lipowej Woli.',
  },
  { name: 'Osiedle Kolejowe', kind: 'osiedle', description: 'Osiedle przy dawnej stacji kolejowej.' },
  {
    name: 'Zagrożenie powodziowe',
    kind: 'grupa',
    description: 'Mieszkańcy posesji położonych na terenach zalewowych Lipówki.',
  },
  {
    name: 'Rolnicy',
    kind: 'grupa',
    description: 'Komunikaty dla gospodarstw rolnych: dopłaty, susza, szkody.',
  },
]
