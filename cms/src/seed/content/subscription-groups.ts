/** The demo gmina's notification groups: residents join them on /powiadomienia/ whatever their village. */
export const demoSubscriptionGroups = [
  {
    name: 'Zagrożenie powodziowe',
    description: 'Dla mieszkających nad Lipówką: ostrzeżenia hydrologiczne i komunikaty sztabu kryzysowego.',
    alertKinds: ['powodz'],
  },
  {
    name: 'Drogi i komunikacja',
    description: 'Zamknięcia dróg, objazdy, zmiany rozkładów jazdy.',
    alertKinds: ['drogi'],
  },
  {
    name: 'Kultura i sport',
    description: 'Zaproszenia na wydarzenia ośrodka kultury i klubów sportowych.',
    alertKinds: [],
  },
]
