import type { AccessibilityStatement, AccessibilityStatus } from '@ratusz/contract'
import { warsawDay } from '@ratusz/warsaw-time'

const ACT =
  'ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych'

/** The Ombudsman (Rzecznik Praw Obywatelskich), where a complaint goes once the procedure is exhausted. */
export const OMBUDSMAN_URL = 'https://bip.brpo.gov.pl/'

/** "2026-03-31": the day in Europe/Warsaw, as template 2.0 writes dates (text and `datetime`). */
export function statementDate(instant: string): string {
  return warsawDay(new Date(instant))
}

/** The sentence of the template for each status. */
export function statusSentence(status: AccessibilityStatus): string {
  if (status === 'zgodna') return `Strona internetowa jest zgodna z ${ACT}.`
  const degree = status === 'czesciowo-zgodna' ? 'częściowo zgodna' : 'niezgodna'
  return `Strona internetowa jest ${degree} z ${ACT} z powodu niezgodności lub wyłączeń wymienionych poniżej.`
}

export const ACT_NAME = ACT

type Reason = AccessibilityStatement['unavailableContent'][number]['reason']

/** Headings of the groups of inaccessible content, in the template's order. */
export const reasonHeadings: Record<Reason, string> = {
  niezgodnosc: 'Niezgodności z ustawą',
  wylaczenie: 'Wyłączenia',
  'nadmierne-obciazenie': 'Nadmierne obciążenie',
}

/** How the statement was prepared, in the template's words. */
export function preparationSentence(statement: AccessibilityStatement): string {
  if (statement.preparationMethod === 'zewnetrzny')
    return `Deklarację sporządzono na podstawie badania przeprowadzonego przez podmiot zewnętrzny${statement.assessor ? `: ${statement.assessor}` : ''}.`
  return 'Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny.'
}

/** A textarea's paragraphs: blocks separated by an empty line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
}
