import type { Section } from '@ratusz/contract'
import { wallClock } from '@ratusz/warsaw-time'

/**
 * The parts of the site search can be narrowed to: the `section` filter of the index and the `zakres` parameter.
 * Pages offer only those whose `section` is switched on (`sectionOn`).
 */
export const searchSections = [
  { scope: 'aktualnosci', label: 'Aktualności', list: '/aktualnosci/', section: 'news' },
  { scope: 'wydarzenia', label: 'Wydarzenia', list: '/wydarzenia/', section: 'events' },
  { scope: 'informator', label: 'Informator', list: '/informator/', section: 'periodicals' },
  { scope: 'bip', label: 'BIP', list: '/bip/', section: 'bip' },
  { scope: 'komunikaty', label: 'Komunikaty', list: '/komunikaty/', section: 'alerts' },
] as const satisfies readonly { scope: string; label: string; list: string; section: Section }[]

export type SearchSection = (typeof searchSections)[number]['label']

/** The year of an instant in Europe/Warsaw ("2025"), the value of the `year` filter. */
export function warsawYear(instant: string | Date): string {
  return String(wallClock(new Date(instant)).year)
}
