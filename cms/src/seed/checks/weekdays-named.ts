import type { Weekday } from '../calendar'

/** The forms of each day's name that follow "w", "we" or "co" ("w sobotę", "w soboty", "we wtorki"). */
const FORMS: [Weekday, string][] = [
  ['MO', 'poniedziałek|poniedziałki'],
  ['TU', 'wtorek|wtorki'],
  ['WE', 'środę|środy'],
  ['TH', 'czwartek|czwartki'],
  ['FR', 'piątek|piątki'],
  ['SA', 'sobotę|soboty'],
  ['SU', 'niedzielę|niedziele'],
]

const day = `(?:${FORMS.map(([, forms]) => forms).join('|')})`
const joiner = String.raw`(?:\s*,\s*|\s+(?:i|oraz|lub|albo)\s+)(?:we?\s+)?`
/** "w poniedziałki i środy", "we wtorek", "co czwartek", "w środę, czwartek lub piątek". */
const phrase = new RegExp(String.raw`(?<!\p{L})(?:we?|co)\s+${day}(?:${joiner}${day})*(?!\p{L})`, 'giu')
const forms = FORMS.map(
  ([weekday, alternatives]) => [weekday, new RegExp(`^(?:${alternatives})$`, 'iu')] as const,
)

/**
 * The days of the week a Polish text says something happens on ("w sobotę", "we wtorki", "w poniedziałki i
 * środy"); a day named otherwise ("od poniedziałku do piątku", "do czwartku") is not a day it happens on.
 */
export const weekdaysNamed = (text: string): Set<Weekday> => {
  const named = new Set<Weekday>()
  for (const [match] of text.matchAll(phrase)) {
    for (const word of match.split(/[\s,]+/)) {
      const found = forms.find(([, form]) => form.test(word))
      if (found) named.add(found[0])
    }
  }
  return named
}
