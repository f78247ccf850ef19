/** Where the office's contact page lives; the main menu and the home page's quick links lead to it. */
export const CONTACT_PATH = '/kontakt/'

/** A `tel:` address for a phone number as an editor types it ("+48 41 123 45 67" → "tel:+48411234567"). */
export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}
