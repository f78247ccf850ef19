import type { AlertKind, AlertSeverity } from '@ratusz/contract'

/** Names residents read for each severity and kind of alert. */
export const SEVERITY_LABELS: Record<AlertSeverity, string> = {
  alarm: 'Alarm',
  ostrzezenie: 'Ostrzeżenie',
  informacja: 'Informacja',
}

export const KIND_LABELS: Record<AlertKind, string> = {
  pogoda: 'Ostrzeżenie pogodowe',
  powodz: 'Zagrożenie powodziowe',
  zagrozenie: 'Zagrożenie',
  woda: 'Przerwa w dostawie wody',
  prad: 'Przerwa w dostawie prądu',
  drogi: 'Utrudnienia na drogach',
  komunikat: 'Komunikat urzędowy',
  wydarzenie: 'Przypomnienie o wydarzeniu',
}

/** "Zagrożenie powodziowe, Dębina", or "cała gmina" when the alert names no area. */
export function areaNames(areas: readonly { name: string }[]): string {
  return areas.length === 0 ? 'cała gmina' : areas.map((area) => area.name).join(', ')
}
