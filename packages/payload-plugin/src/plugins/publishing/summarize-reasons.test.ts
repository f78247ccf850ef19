import { describe, expect, it } from 'vitest'
import { summarizeReasons } from './summarize-reasons'

describe('summarizeReasons', () => {
  it('gives each change a line of its own, repeats dropped, reasons that are no record first', () => {
    expect(
      summarizeReasons(
        'Aktualność „Otwarcie świetlicy”: zmiana; Zmiana ustawień: Ustawienia serwisu; Aktualność „Otwarcie świetlicy”: zmiana',
      ),
    ).toEqual(['Zmiana ustawień: Ustawienia serwisu', 'Aktualność „Otwarcie świetlicy” — zmiana'])
  })

  it('names up to three records of a kind in one line and counts the rest', () => {
    expect(
      summarizeReasons(
        'Obraz „a.jpg”: zmiana; Obraz „b.jpg”: zmiana; Wydarzenie #7: usunięcie; Obraz „c.jpg”: zmiana',
      ),
    ).toEqual(['Obraz „a.jpg”, „b.jpg” i „c.jpg” — zmiana', 'Wydarzenie #7 — usunięcie'])
    const many = ['a', 'b', 'c', 'd', 'e'].map((name) => `Obraz „${name}.jpg”: zmiana`).join('; ')
    expect(summarizeReasons(many)).toEqual(['Obraz „a.jpg”, „b.jpg” i jeszcze 3 — zmiana'])
  })

  it('keeps a change and a deletion of the same kind apart', () => {
    expect(summarizeReasons('Komunikat „Burza”: zmiana; Komunikat „Mróz”: usunięcie')).toEqual([
      'Komunikat „Burza” — zmiana',
      'Komunikat „Mróz” — usunięcie',
    ])
  })

  it('reads an empty log entry as no lines', () => {
    expect(summarizeReasons(null)).toEqual([])
    expect(summarizeReasons('')).toEqual([])
  })
})
