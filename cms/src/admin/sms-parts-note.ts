import { smsSegments } from '@ratusz/payload-plugin/sms-segments'
import { polishPlural } from './polish-plural'

/** A slug of a page as long as most are ("silny-wiatr-w-calej-gminie-do-polnocy"). */
const TYPICAL_SLUG = 'x'.repeat(40)
/** A short manage token: the subscription's id, a dot, 22 characters of HMAC. */
const MANAGE_TOKEN = `${'1'.repeat(6)}.${'x'.repeat(22)}`

const SECTIONS = { alerts: 'komunikaty', news: 'aktualnosci', events: 'wydarzenia' } as const
const HEADLINES = { alerts: 'Ostrzeżenie', news: 'Aktualność', events: 'Wydarzenie' } as const

/**
 * The SMS one recipient gets, as compose-sms.ts builds it, with a slug of a typical length (hence "about"): an
 * alert's headline and short text, or an article's (an event's) headline and title; its link; the manage link.
 */
export const sampleSms = (topic: keyof typeof SECTIONS, text: string, siteUrl: string): string => {
  const site = siteUrl.replace(/\/$/, '')
  return `${HEADLINES[topic]}: ${text} ${site}/${SECTIONS[topic]}/${TYPICAL_SLUG}/\nWypisz się: ${site}/api/public/z/${MANAGE_TOKEN}`
}

const partsWord = (parts: number) => polishPlural(parts, { one: 'część', few: 'części', many: 'części' })

/**
 * How many parts an SMS takes and why: "ok. 3 części na odbiorcę (polskie litery: 67 znaków na część)".
 * Polish letters make it UCS-2 (70 characters, 67 in each part of a longer one), else GSM-7 (160, 153).
 */
export const partsOf = (sms: string): { parts: number; why: string; note: string } => {
  const { parts, encoding } = smsSegments(sms)
  const perPart = encoding === 'UCS-2' ? (parts === 1 ? 70 : 67) : parts === 1 ? 160 : 153
  const why = `${encoding === 'UCS-2' ? 'polskie litery' : 'bez polskich liter'}: ${perPart} znaków na część`
  return { parts, why, note: `ok. ${parts} ${partsWord(parts)} na odbiorcę (${why})` }
}

/**
 * What the editor is told under an alert's short text when the CMS sends SMS: how many parts each recipient's
 * SMS will take, the short text with the headline, the alert's link and the manage link the CMS adds.
 */
export const smsPartsNote = (shortText: string, siteUrl: string): string =>
  `SMS z linkami: ${partsOf(sampleSms('alerts', shortText, siteUrl)).note}`

const złoty = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' })

/**
 * The SMS side of a notification next to its audience: "SMS: 12 odbiorców × ok. 3 części = 36 części (polskie
 * litery: 67 znaków na część), szacowany koszt 5,76 zł (0,16 zł za część)". Without a price, no cost.
 */
export const smsCostNote = (recipients: number, sms: string, pricePerPart?: number | null): string => {
  const { parts, why } = partsOf(sms)
  const total = recipients * parts
  const who = polishPlural(recipients, { one: 'odbiorca', few: 'odbiorcy', many: 'odbiorców' })
  const cost = pricePerPart
    ? `, szacowany koszt ${złoty.format(total * pricePerPart)} (${złoty.format(pricePerPart)} za część)`
    : ''
  return `SMS: ${recipients} ${who} × ok. ${parts} ${partsWord(parts)} = ${total} ${partsWord(total)} (${why})${cost}.`
}
