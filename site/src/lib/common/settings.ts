import type { SiteSettings } from '@ratusz/contract'
import { loadGlobal } from '../store/records'

/** The gmina's settings (name, contact, coat of arms): every page's header and footer, every feed's channel. */
export const loadSettings = (): Promise<SiteSettings> => loadGlobal('settings')

/**
 * What the footer's contact region shows (`SiteFooter.astro`, a site-wide region): the office, its address,
 * phones, opening hours and online services. Its digest keys the region apart from each page's own key, so a
 * change here is spliced into every page instead of rendering it (docs/warm-publisher.md). A page that shows any
 * of it elsewhere must put it in its own key (or have none, as the home and contact pages).
 */
const CONTACT_FIELDS = ['officeName', 'address', 'contacts', 'officeHours', 'eServices', 'social'] as const
type ContactDetails = Pick<SiteSettings, (typeof CONTACT_FIELDS)[number]>

export const contactDetails = (settings: SiteSettings): ContactDetails =>
  Object.fromEntries(CONTACT_FIELDS.map((field) => [field, settings[field]])) as ContactDetails

/**
 * Whether a setting is shown outside the contact region: the office's name (in every header too) and every field
 * that is not a contact detail; not the time of the last save, which no page shows and which changes with any.
 */
const shownOutsideContact = (field: string) =>
  field === 'officeName' || (field !== 'updatedAt' && !(CONTACT_FIELDS as readonly string[]).includes(field))

/** The settings a page shows outside the contact region: the own part of every page's key. */
export const settingsOutsideContact = (settings: SiteSettings): Partial<SiteSettings> =>
  Object.fromEntries(Object.entries(settings).filter(([field]) => shownOutsideContact(field)))
