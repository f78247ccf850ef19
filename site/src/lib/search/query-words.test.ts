import { describe, expect, it } from 'vitest'
import { queryWords } from './query-words'

describe('the words a search looks for', () => {
  it('leave out one- and two-letter words and Polish stopwords, in lower case, each once', () => {
    expect(queryWords('Wywóz śmieci w Dębinie')).toEqual(['wywóz', 'śmieci', 'dębinie'])
    expect(queryWords('dowód osobisty i paszport, dowód')).toEqual(['dowód', 'osobisty', 'paszport'])
    expect(queryWords('sesja rady gminy przez internet')).toEqual(['sesja', 'rady', 'gminy', 'internet'])
  })

  it('keep numbers of three digits or more (a year, a case number)', () => {
    expect(queryWords('budżet 2025 nr 12')).toEqual(['budżet', '2025'])
  })

  it('are none for a query of short words only', () => {
    expect(queryWords('w i z')).toEqual([])
    expect(queryWords('  ')).toEqual([])
  })
})
