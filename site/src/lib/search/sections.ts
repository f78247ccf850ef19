import { wallClock } from '@ratusz/warsaw-time'

/** The parts of the site search can be narrowed to: the `section` filter of the index and the `zakres` parameter. */
export const searchSections = [
  { scope: 'aktualnosci', label: 'Aktualności', list: '/aktualnosci/' },
  { scope: 'wydarzenia', label: 'Wydarzenia', list: '/wydarzenia/' },
  { scope: 'informator', label: 'Informator', list: '/informator/' },
  { scope: 'bip', label: 'BIP', list: '/bip/' },
  { scope: 'komunikaty', label: 'Komunikaty', list: '/komunikaty/' },
] as const

export type SearchSection = (typeof searchSections)[number]['label']

/** The year of an instant in Europe/Warsaw ("2025"), the value of the `year` filter. */
export function warsawYear(instant: string | Date): string {
  return String(wallClock(new Date(instant)).year)
}
