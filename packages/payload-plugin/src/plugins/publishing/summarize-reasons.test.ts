import { describe, expect, it } from 'vitest'
import { reasonLineText, summarizeReasons, type ReasonRecord } from './summarize-reasons'

const texts = (reason: string | null, records?: ReasonRecord[]) =>
  summarizeReasons(reason, records).map(reasonLineText)

describe('summarizeReasons', () => {
  it('gives each change a line of its own, repeats dropped, reasons that are no record first', () => {
    expect(
      texts(
        'Aktualność „Otwarcie świetlicy”: zmiana; Zmiana ustawień: Ustawienia serwisu; Aktualność „Otwarcie świetlicy”: zmiana',
      ),
    ).toEqual(['Zmiana ustawień: Ustawienia serwisu', 'Aktualność „Otwarcie świetlicy” — zmiana'])
  })

  it('names up to three records of a kind in one line and counts the rest', () => {
    expect(
      texts('Obraz „a.jpg”: zmiana; Obraz „b.jpg”: zmiana; Wydarzenie #7: usunięcie; Obraz „c.jpg”: zmiana'),
    ).toEqual(['Obraz „a.jpg”, „b.jpg” i „c.jpg” — zmiana', 'Wydarzenie #7 — usunięcie'])
    const many = ['a', 'b', 'c', 'd', 'e'].map((name) => `Obraz „${name}.jpg”: zmiana`).join('; ')
    expect(texts(many)).toEqual(['Obraz „a.jpg”, „b.jpg” i jeszcze 3 — zmiana'])
  })

  it('keeps a change and a deletion of the same kind apart', () => {
    expect(texts('Komunikat „Burza”: zmiana; Komunikat „Mróz”: usunięcie')).toEqual([
      'Komunikat „Burza” — zmiana',
      'Komunikat „Mróz” — usunięcie',
    ])
  })

  it('links the names of records it knows, and only those', () => {
    const records: ReasonRecord[] = [
      { reason: 'Aktualność „Dożynki”: zmiana', collection: 'news-articles', id: 12 },
      { reason: 'Aktualność „Zebranie”: zmiana', collection: 'news-articles', id: 14 },
    ]
    const [line] = summarizeReasons(
      'Aktualność „Dożynki”: zmiana; Aktualność „Festyn”: zmiana; Aktualność „Zebranie”: zmiana',
      records,
    )
    expect(line).toEqual([
      'Aktualność ',
      { name: '„Dożynki”', collection: 'news-articles', id: 12 },
      ', ',
      '„Festyn”',
      ' i ',
      { name: '„Zebranie”', collection: 'news-articles', id: 14 },
      ' — zmiana',
    ])
  })

  it('reads an empty log entry as no lines', () => {
    expect(texts(null)).toEqual([])
    expect(texts('')).toEqual([])
  })
})
