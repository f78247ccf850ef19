/** The typical BIP menu of a gmina (requirements: "Typical structure of a gmina's BIP"). */
type BipMenuItem = {
  name: string
  menu: 'podmiotowe' | 'przedmiotowe'
  children?: string[]
  about?: string
}

export const bipStructure: BipMenuItem[] = [
  { name: 'Dane teleadresowe', menu: 'podmiotowe' },
  { name: 'Wójt', menu: 'podmiotowe' },
  { name: 'Rada Gminy', menu: 'podmiotowe', children: ['Skład Rady', 'Komisje', 'Sesje'] },
  { name: 'Urząd', menu: 'podmiotowe', children: ['Struktura', 'Regulamin organizacyjny', 'Godziny pracy'] },
  { name: 'Jednostki organizacyjne', menu: 'podmiotowe' },
  { name: 'Sołectwa', menu: 'podmiotowe' },
  { name: 'Ochrona danych osobowych', menu: 'podmiotowe' },
  { name: 'Prawo lokalne', menu: 'przedmiotowe', children: ['Uchwały', 'Zarządzenia'] },
  { name: 'Budżet i finanse', menu: 'przedmiotowe' },
  { name: 'Podatki i opłaty', menu: 'przedmiotowe' },
  { name: 'Zamówienia publiczne', menu: 'przedmiotowe', children: ['Przetargi'] },
  { name: 'Ogłoszenia i obwieszczenia', menu: 'przedmiotowe' },
  { name: 'Nabory na stanowiska', menu: 'przedmiotowe' },
  { name: 'Oświadczenia majątkowe', menu: 'przedmiotowe' },
  { name: 'Planowanie przestrzenne', menu: 'przedmiotowe' },
  { name: 'Ochrona środowiska', menu: 'przedmiotowe' },
  { name: 'Gospodarka odpadami', menu: 'przedmiotowe' },
  { name: 'Petycje', menu: 'przedmiotowe' },
  { name: 'Interpelacje i zapytania radnych', menu: 'przedmiotowe' },
  { name: 'Wybory', menu: 'przedmiotowe' },
  { name: 'Organizacje pozarządowe', menu: 'przedmiotowe' },
  { name: 'Raport o stanie gminy', menu: 'przedmiotowe' },
  { name: 'Imienne wykazy głosowań radnych', menu: 'przedmiotowe' },
  { name: 'Nagrania obrad', menu: 'przedmiotowe' },
]

/** Redakcja BIP and the people who enter documents (bip-editor accounts of the demo). */
export const bipEditors = [
  {
    name: 'Anna Kowalczyk',
    position: 'redaktor BIP, sekretariat',
    phone: '+48 41 123 45 10',
    email: 'bip@lipowawola.example.pl',
  },
  {
    name: 'Tomasz Wiśniewski',
    position: 'informatyk urzędu',
    phone: '+48 41 123 45 18',
    email: 't.wisniewski@lipowawola.example.pl',
  },
]
