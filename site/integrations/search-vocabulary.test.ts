import { describe, expect, it } from 'vitest'
import { countWords, vocabularyJson } from './search-vocabulary'

describe('the vocabulary of the search index', () => {
  it('counts words of four letters or more, in lower case, the most frequent first', () => {
    const counts = new Map<string, number>()
    countWords('Woda, wody i WODA; wróci o 16:00.', counts)
    countWords('Wody nie ma.', counts)
    expect(JSON.parse(vocabularyJson(counts))).toEqual({ wody: 2, woda: 2, wróci: 1 })
    expect(Object.keys(JSON.parse(vocabularyJson(counts)))).toEqual(['woda', 'wody', 'wróci'])
  })
})
