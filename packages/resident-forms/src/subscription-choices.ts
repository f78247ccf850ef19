/** How a resident can be reached. Web Push is chosen on the form by the browser's permission prompt. */
export const SUBSCRIPTION_CHANNELS = ['email', 'sms', 'push'] as const
export type SubscriptionChannel = (typeof SUBSCRIPTION_CHANNELS)[number]

/** What a resident can receive. */
export const SUBSCRIPTION_TOPICS = ['alerts', 'news', 'events'] as const
export type SubscriptionTopic = (typeof SUBSCRIPTION_TOPICS)[number]

/** How often non-urgent messages come (alerts always come at once). */
export const SUBSCRIPTION_FREQUENCIES = ['immediately', 'daily', 'weekly'] as const
export type SubscriptionFrequency = (typeof SUBSCRIPTION_FREQUENCIES)[number]

/** Polish names of the choices, as the form and the admin show them. */
export const CHANNEL_NAMES: Record<SubscriptionChannel, string> = {
  email: 'E-mail',
  sms: 'SMS',
  push: 'Powiadomienia w przeglądarce',
}
export const TOPIC_NAMES: Record<SubscriptionTopic, string> = {
  alerts: 'Komunikaty i ostrzeżenia (np. pogodowe, powodziowe, awarie)',
  news: 'Aktualności',
  events: 'Wydarzenia',
}
export const FREQUENCY_NAMES: Record<SubscriptionFrequency, string> = {
  immediately: 'Od razu',
  daily: 'Raz dziennie (zestawienie)',
  weekly: 'Raz w tygodniu (zestawienie)',
}

/** One thing a resident can choose on the form: an area, a category or a group the gmina defined. */
export type Choice = { id: string | number; name: string; description?: string | null }

/** Everything the form offers, from the CMS. */
export type SubscriptionChoices = { areas: Choice[]; categories: Choice[]; groups: Choice[] }
