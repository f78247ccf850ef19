import type { Section, SiteSettings } from '@ratusz/contract'

type QuickLink = SiteSettings['quickLinks'][number]

/** The first URL segments of each section's pages (`src/section-pages/<section>/<segment>/`). */
export const SECTION_ROOTS: Record<Section, readonly string[]> = {
  news: ['aktualnosci'],
  events: ['wydarzenia'],
  periodicals: ['informator'],
  bip: ['bip'],
  alerts: ['komunikaty'],
  notifications: ['powiadomienia'],
  reports: ['zglos', 'zgloszenia'],
}

/** The section whose pages a path on the site belongs to (`/bip/kategoria/x/` → `bip`), if any. */
export function sectionOfPath(path: string): Section | undefined {
  const root = path.split(/[/?#]/)[1] ?? ''
  return (Object.keys(SECTION_ROOTS) as Section[]).find((section) => SECTION_ROOTS[section].includes(root))
}

/**
 * The quick links a resident can follow: every link to another site, and links on this site unless they lead
 * into a section that is switched off (its pages are not built, so the link would be broken).
 */
export function reachableQuickLinks(
  links: readonly QuickLink[],
  sectionOn: (section: Section) => boolean,
): QuickLink[] {
  return links.filter((link) => {
    if (!link.url.startsWith('/')) return true
    const section = sectionOfPath(link.url)
    return section === undefined || sectionOn(section)
  })
}

/** Whether a quick link leaves the site (it is shown with the other site's name). */
export function isExternal(link: QuickLink): boolean {
  return !link.url.startsWith('/')
}
