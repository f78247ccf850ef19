/** Where the office's contact page lives; the main menu and the home page's quick links lead to it. */
export const CONTACT_PATH = '/kontakt/'

/** A `tel:` address for a phone number as an editor types it ("+48 41 123 45 67" → "tel:+48411234567"). */
export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}

/** The gmina's e-services (E-BOI, ePUAP) it has addresses for, as links: the footer and the contact page list them. */
export function eServiceLinks(eServices: {
  eboi?: string | null
  epuap?: string | null
}): { href: string; label: string }[] {
  return [
    { href: eServices.eboi, label: 'E-BOI – elektroniczne biuro obsługi interesanta' },
    { href: eServices.epuap, label: 'Elektroniczna skrzynka podawcza (ePUAP)' },
  ].filter((link): link is { href: string; label: string } => Boolean(link.href))
}
