import { smsSegments } from '@ratusz/payload-plugin/sms-segments'
import { polishPlural } from './polish-plural'

/** A slug of an alert's page as long as most are ("silny-wiatr-w-calej-gminie-do-polnocy"). */
const TYPICAL_SLUG = 'x'.repeat(40)
/** A short manage token: the subscription's id, a dot, 22 characters of HMAC. */
const MANAGE_TOKEN = `${'1'.repeat(6)}.${'x'.repeat(22)}`

/**
 * What the editor is told under an alert's short text when the CMS sends SMS: how many parts each recipient's
 * SMS will take, the short text with the headline, the alert's link and the manage link the CMS adds (as
 * compose-sms.ts builds it; the slug's length is a typical one, hence "about").
 */
export const smsPartsNote = (shortText: string, siteUrl: string): string => {
  const site = siteUrl.replace(/\/$/, '')
  const sms = `Ostrzeżenie: ${shortText} ${site}/komunikaty/${TYPICAL_SLUG}/\nWypisz się: ${site}/api/public/z/${MANAGE_TOKEN}`
  const { parts, encoding } = smsSegments(sms)
  const perPart = encoding === 'UCS-2' ? 67 : 153
  return `SMS z linkami: ok. ${parts} ${polishPlural(parts, { one: 'część', few: 'części', many: 'części' })} na odbiorcę (${encoding === 'UCS-2' ? 'polskie litery' : 'bez polskich liter'}: ${parts === 1 ? (encoding === 'UCS-2' ? 70 : 160) : perPart} znaków na część)`
}
