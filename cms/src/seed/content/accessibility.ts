/** The demo gmina's accessibility statement (template 2.0), reviewed on the day of the seed. */
export const demoAccessibilityStatement = (now: Date) => ({
  entityName: 'Urząd Gminy Lipowa Wola',
  publishedOn: '2019-09-23T10:00:00.000Z',
  updatedOn: '2025-02-10T10:00:00.000Z',
  status: 'czesciowo-zgodna',
  unavailableContent: [
    {
      content:
        'Skany uchwał i zarządzeń opublikowanych w BIP przed 23 września 2018 r. nie mają warstwy tekstowej.',
      reason: 'wylaczenie',
      explanation: 'Na wniosek przygotujemy treść dokumentu w dostępnej formie, np. jako tekst lub nagranie.',
    },
    {
      content: 'Część filmów z sesji rady gminy nie ma napisów dla osób niesłyszących.',
      reason: 'niezgodnosc',
      explanation: 'Napisy uzupełniamy do końca roku; protokoły sesji są dostępne w BIP jako tekst.',
    },
  ],
  preparedOn: '2020-09-21T10:00:00.000Z',
  reviewedOn: now.toISOString(),
  preparationMethod: 'samoocena',
  contact: {
    person: 'Anna Kowalczyk',
    email: 'dostepnosc@lipowawola.example.pl',
    phone: '+48 41 123 45 70',
  },
  architecturalAccessibility: [
    'Urząd Gminy Lipowa Wola mieści się w budynku przy ul. Rynek 1. Do głównego wejścia od strony Rynku prowadzi podjazd dla wózków; drzwi otwierają się automatycznie.',
    'Biuro obsługi interesanta i kasa są na parterze. Na pierwsze piętro (sala obrad rady gminy) prowadzi winda. Na parterze jest toaleta dostosowana do potrzeb osób z niepełnosprawnościami.',
    'Przed budynkiem są dwa oznaczone miejsca parkingowe dla osób z niepełnosprawnościami. Do budynku można wejść z psem asystującym i psem przewodnikiem. W biurze obsługi interesanta działa pętla indukcyjna.',
  ].join('\n\n'),
  communicationAccessibility: [
    'Osoby głuche, słabosłyszące i głuchoniewidome mogą skontaktować się z urzędem pisemnie, e-mailem (sekretariat@lipowawola.example.pl), faksem (+48 41 123 45 68), SMS-em lub przez ePUAP.',
    'Na wizytę z tłumaczem polskiego języka migowego (PJM), systemu językowo-migowego (SJM) lub sposobu komunikowania się osób głuchoniewidomych (SKOGN) trzeba umówić się co najmniej 3 dni robocze wcześniej. Urząd zapewnia też tłumacza PJM online przez stronę internetową urzędu.',
  ].join('\n\n'),
  notes:
    'W serwisie można powiększać tekst skrótami przeglądarki (Ctrl + plus) i przechodzić do treści łączem „Przejdź do treści”.',
})
