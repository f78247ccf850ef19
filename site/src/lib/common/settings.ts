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
export const contactDetails = ({
  officeName,
  address,
  contacts,
  officeHours,
  eServices,
  social,
}: SiteSettings) => ({
  officeName,
  address,
  contacts,
  officeHours,
  eServices,
  social,
})

/**
 * The settings a page shows outside the contact region (the office's name is in its header too); not the time of
 * their last save, which no page shows and which changes with any of them.
 */
export const settingsOutsideContact = ({
  address: _address,
  contacts: _contacts,
  officeHours: _officeHours,
  eServices: _eServices,
  social: _social,
  updatedAt: _updatedAt,
  ...rest
}: SiteSettings) => rest
