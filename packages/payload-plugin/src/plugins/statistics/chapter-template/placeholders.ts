/**
 * The placeholders of the annual report chapter's template, each with what it stands for (shown to the admin
 * under the fields, and in docs/statistics.md). A figure Ratusz does not hold for the year becomes "brak danych".
 */
export const CHAPTER_PLACEHOLDERS = {
  rok: 'rok raportu (albo okres, gdy wybrano zakres dat)',
  okres: 'okres słowami, np. „rok 2026”',
  odslony: 'odsłony stron serwisu i BIP',
  odwiedzajacy: 'suma dziennych liczb odwiedzających (nie liczba osób)',
  odslony_bip: 'odsłony stron BIP',
  odslony_informator: 'odsłony stron czasopisma (Informator)',
  pobrania_pdf: 'pobrania plików PDF',
  kanaly_rss: 'pobrania kanałów RSS/Atom',
  kalendarze: 'pobrania kalendarzy (iCal)',
  dni_z_danymi: 'liczba dni okresu z danymi o ruchu',
  aktualnosci: 'opublikowane aktualności',
  wydarzenia: 'wydarzenia z datą rozpoczęcia w okresie',
  komunikaty: 'opublikowane komunikaty i ostrzeżenia',
  numery_czasopisma: 'numery czasopism (bez dodatków)',
  dodatki: 'dodatki do czasopism',
  egzemplarze: 'wydrukowane egzemplarze czasopism',
  dokumenty_bip: 'nowe dokumenty opublikowane w BIP',
  zmiany_bip: 'wpisy w rejestrze zmian BIP',
  subskrybenci: 'subskrybenci powiadomień na koniec okresu (każdy raz)',
  subskrybenci_zmiana: 'zmiana liczby subskrybentów w okresie, np. „+12”',
  wyslane_powiadomienia: 'wysłane wiadomości z powiadomieniami',
  zgloszenia: 'zgłoszenia mieszkańców przyjęte w okresie',
  zgloszenia_zalatwione: 'zgłoszenia załatwione',
} as const

export type ChapterPlaceholder = keyof typeof CHAPTER_PLACEHOLDERS

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

/** The placeholders a text uses that are not in the list. */
export const unknownPlaceholders = (text: string): string[] =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].filter(
    (name) => !(name in CHAPTER_PLACEHOLDERS),
  )

/** The message for a text with unknown placeholders, in Polish. */
export const unknownPlaceholdersMessage = (unknown: string[]): string =>
  `Nieznane pole w szablonie: ${unknown.map((name) => `{{${name}}}`).join(', ')}. Dostępne pola: ${Object.keys(
    CHAPTER_PLACEHOLDERS,
  )
    .map((name) => `{{${name}}}`)
    .join(', ')}.`

/** A template with placeholders an admin wrote that does not fit the list. */
export class ChapterTemplateError extends Error {}

/** The text with each placeholder replaced by its value; throws ChapterTemplateError for an unknown one. */
export const fillPlaceholders = (text: string, values: Record<ChapterPlaceholder, string>): string => {
  const unknown = unknownPlaceholders(text)
  if (unknown.length > 0) throw new ChapterTemplateError(unknownPlaceholdersMessage(unknown))
  return text.replace(PLACEHOLDER, (_, name: string) => values[name as ChapterPlaceholder])
}
