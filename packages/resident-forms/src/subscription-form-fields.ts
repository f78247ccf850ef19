/** The names of the subscription form's fields: the form posts them, the CMS reads them. */
export const SUBSCRIPTION_FIELDS = {
  channel: 'kanal',
  email: 'email',
  phone: 'telefon',
  /** The browser's push subscription (`PushSubscription.toJSON()`), filled in by the page's script. */
  push: 'push',
  areas: 'obszary',
  categories: 'tematy',
  groups: 'grupy',
  topics: 'rodzaje',
  frequency: 'czestotliwosc',
  consent: 'zgoda',
  /** Hidden from people, filled in by bots: a filled one refuses the post. */
  honeypot: 'strona_www',
  /** When the form was shown (a signed stamp from the CMS, or the time the page's script noted). */
  shownAt: 'pokazano',
} as const

/** Where the public endpoints of subscriptions live, on the site's own host (nginx proxies them to the CMS). */
export const SUBSCRIPTIONS_PATH = '/api/public/powiadomienia'
