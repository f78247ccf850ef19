/** The demo gmina's report categories: what residents report on /zglos/, who handles it and by when. */
export const demoReportCategories = [
  {
    name: 'Oświetlenie uliczne',
    description: 'Niedziałająca lub migająca latarnia, uszkodzony słup.',
    team: 'Referat Infrastruktury',
    deadlineDays: 7,
    open311Code: 'oswietlenie',
  },
  {
    name: 'Drogi i chodniki',
    description: 'Dziura w jezdni, zapadnięty chodnik, uszkodzony znak.',
    team: 'Referat Infrastruktury',
    deadlineDays: 14,
    open311Code: 'drogi',
  },
  {
    name: 'Odpady',
    description: 'Dzikie wysypisko, nieodebrane odpady, przepełniony kosz.',
    team: 'Referat Gospodarki Odpadami',
    deadlineDays: 7,
    open311Code: 'odpady',
  },
  {
    name: 'Zieleń',
    description: 'Powalone drzewo, zarośnięty skwer, niebezpieczne gałęzie.',
    team: 'Referat Ochrony Środowiska',
    deadlineDays: 14,
    open311Code: 'zielen',
  },
  {
    name: 'Wypadek lub zagrożenie',
    description: 'Zagrożenie, które nie wymaga natychmiastowej pomocy służb.',
    team: 'Zespół Zarządzania Kryzysowego',
    urgent: true,
    deadlineDays: 2,
    open311Code: 'zagrozenie',
  },
  { name: 'Inne', team: 'Sekretariat', deadlineDays: 30, open311Code: 'inne' },
]
