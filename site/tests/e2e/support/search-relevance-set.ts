/**
 * What residents search for on the demo gmina, and what they must find: for each query, a page whose title matches
 * `top` among the first three results; for queries that must find nothing, `top: null`. Titles are matched rather
 * than addresses: the demo's dates move with the day it is seeded.
 */
export type RelevanceCase = { query: string; top: RegExp | null }

export const relevanceSet: RelevanceCase[] = [
  // news, by their subject, in other forms than the title's
  { query: 'harmonogram odbioru odpadów', top: /^Harmonogram odbioru odpadów/ },
  { query: 'harmonogram śmieci', top: /^Harmonogram odbioru odpadów/ },
  { query: 'wywóz śmieci', top: /^Harmonogram odbioru odpadów/ },
  { query: 'kanalizacja', top: /^Kanalizacja w miejscowości/ },
  { query: 'przebudowa drogi', top: /^Przebudowa drogi gminnej/ },
  { query: 'dożynki', top: /^Dożynki gminne/i },
  { query: 'szczepienia', top: /^Akcja szczepień przeciw grypie/ },
  { query: 'plac zabaw', top: /^Nowy plac zabaw/ },
  { query: 'podatek od nieruchomości', top: /^Podatek od nieruchomości/ },
  { query: 'raport o stanie gminy', top: /^Raport o stanie gminy/ },
  { query: 'susza', top: /^Susza rolnicza/ },
  { query: 'wymiana pieców', top: /^Nabór wniosków o dofinansowanie wymiany pieców/ },
  { query: 'fundusz sołecki', top: /^Zebranie wiejskie w sprawie funduszu sołeckiego/ },
  { query: 'ferie zimowe', top: /^Ferie zimowe/ },
  { query: 'dzień dziecka', top: /^Gminny Dzień Dziecka/i },
  { query: 'mikołajki', top: /^Mikołajki/ },
  { query: 'święto konstytucji', top: /Konstytucji 3 Maja/i },
  { query: 'wszystkich świętych', top: /^Wszystkich Świętych/i },
  { query: 'turniej piłki nożnej', top: /^Turniej piłki nożnej/ },
  { query: 'rok szkolny', top: /^Rozpoczęcie roku szkolnego/ },
  // alerts
  { query: 'woda', top: /^Przerwa w dostawie wody/ },
  { query: 'wyłączenie prądu', top: /^Planowane wyłączenie prądu/ },
  { query: 'silny wiatr', top: /^Ostrzeżenie meteorologiczne: silny wiatr/ },
  { query: 'ostrzeżenie hydrologiczne', top: /^Ostrzeżenie hydrologiczne/ },
  { query: 'zamknięta droga', top: /^Zamknięta droga gminna/ },
  // events
  { query: 'krwiodawstwo', top: /^Akcja krwiodawstwa/ },
  { query: 'jarmark', top: /^Jarmark/ },
  { query: 'kino plenerowe', top: /^Kino plenerowe/ },
  { query: 'orkiestra dęta', top: /^Koncert orkiestry dętej/ },
  { query: 'gimnastyka dla seniorów', top: /^Gimnastyka dla seniorów/ },
  // the BIP
  { query: 'przetarg', top: /^Przetarg/ },
  { query: 'protokół sesji', top: /^Protokół z .* sesji/ },
  // nothing: no such word, only short words and stems, a word the demo does not have
  { query: 'xyzzy', top: null },
  { query: 'qwertyuiop', top: null },
  { query: 'zzzzz', top: null },
]
