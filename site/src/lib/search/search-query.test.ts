import { describe, expect, it } from 'vitest'
import { filtersOf, queryString, readQuery, resultsLabel, statusMessage } from './search-query'

describe('search query', () => {
  it('reads the BIP scope and the term from the address of the BIP search form', () => {
    const query = readQuery(new URLSearchParams('q=+uchwała+&zakres=bip'))
    expect(query).toEqual({ term: 'uchwała', scope: 'bip', year: '' })
    expect(filtersOf(query)).toEqual({ section: 'BIP' })
  })

  it('ignores unknown scopes and malformed years', () => {
    const query = readQuery(new URLSearchParams('q=droga&zakres=wszystko&rok=20x5'))
    expect(query).toEqual({ term: 'droga', scope: '', year: '' })
    expect(filtersOf(query)).toEqual({})
  })

  it('filters by year and writes the query back into the address', () => {
    const query = readQuery(new URLSearchParams('q=festyn&zakres=wydarzenia&rok=2025'))
    expect(filtersOf(query)).toEqual({ section: 'Wydarzenia', year: '2025' })
    expect(queryString(query)).toBe('?q=festyn&zakres=wydarzenia&rok=2025')
    expect(queryString({ term: '', scope: '', year: '' })).toBe('')
  })

  it('counts results in Polish', () => {
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 112, 122].map(resultsLabel)).toEqual([
      '1 wynik',
      '2 wyniki',
      '4 wyniki',
      '5 wyników',
      '11 wyników',
      '12 wyników',
      '14 wyników',
      '21 wyników',
      '22 wyniki',
      '25 wyników',
      '112 wyników',
      '122 wyniki',
    ])
  })

  it('says what was searched where', () => {
    expect(statusMessage({ term: 'drogi', scope: 'bip', year: '' }, 3)).toBe(
      'Znaleziono 3 wyniki dla „drogi” w dziale BIP.',
    )
    expect(statusMessage({ term: 'xyz', scope: '', year: '2024' }, 0)).toMatch(
      /^Nic nie znaleziono dla „xyz” z roku 2024\./,
    )
  })
})
