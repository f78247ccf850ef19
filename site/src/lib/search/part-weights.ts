/**
 * How much a page's score counts by the part of the index it is in (site/integrations/search-parts.ts names the
 * parts after the sections' folders): current alerts, news and events rank above the BIP's records, whose many
 * formal documents (orders, resolutions) would otherwise outnumber them. The main part holds the alerts.
 */
const WEIGHTS: Record<string, number> = {
  glowna: 1.4,
  aktualnosci: 1.2,
  wydarzenia: 1.1,
  informator: 0.9,
  bip: 0.7,
}

/** The weight of a part of the index, by the section its name starts with (`bip-3` → the BIP's). */
export const partWeight = (part: string): number => WEIGHTS[part.split('-')[0]!] ?? 1
