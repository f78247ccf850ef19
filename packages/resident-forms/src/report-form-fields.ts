/** Where the public endpoints of residents' reports live, on the site's own host (nginx proxies them to the CMS). */
export const REPORTS_PATH = '/api/public/zgloszenia'

/** The names of the report form's fields: the form posts them, the CMS reads them. */
export const REPORT_FIELDS = {
  category: 'kategoria',
  description: 'opis',
  area: 'obszar',
  place: 'miejsce',
  lat: 'szerokosc',
  lon: 'dlugosc',
  photos: 'zdjecia',
  channel: 'kanal',
  email: 'email',
  phone: 'telefon',
  consent: 'zgoda',
  /** Hidden from people, filled in by bots: a filled one refuses the post. */
  honeypot: 'strona_www',
  /** When the form was shown (a signed stamp from the CMS, or the time the page's script noted). */
  shownAt: 'pokazano',
} as const

/** At most this many photos per report. */
export const MAX_REPORT_PHOTOS = 3

/** The text shown with every urgent category (an accident, a danger). */
export const URGENT_NOTE = 'W nagłych wypadkach dzwoń 112'

/** The Polish names of a report's states (the values are the contract's `reportStatuses`). */
export const REPORT_STATUS_NAMES = {
  new: 'Nowe',
  accepted: 'Przyjęte',
  'in-progress': 'W realizacji',
  forwarded: 'Przekazane innej instytucji',
  resolved: 'Załatwione',
  rejected: 'Odrzucone',
} as const
