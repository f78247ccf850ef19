import { describe, expect, it } from 'vitest'
import { anyOf, combineResults } from './combine-results'

const found = (id: string, score: number, words: number[]) => ({ id, score, words, result: id })

describe('combined results of a query’s words', () => {
  it('hold the pages every word found, with all their matched positions', () => {
    const combined = combineResults([
      [found('a', 2, [1]), found('b', 5, [4]), found('c', 1, [9])],
      [found('b', 1, [7]), found('a', 1, [3])],
    ])
    expect(combined.map((page) => [page.id, page.score, page.locations])).toEqual([
      ['b', 6, [4, 7]],
      ['a', 3, [1, 3]],
    ])
  })

  it('follow the ranking given, then the summed scores', () => {
    const words = [[found('a', 9, [1]), found('b', 1, [2]), found('c', 5, [3])]]
    expect(combineResults(words, ['b', 'a']).map((page) => page.id)).toEqual(['b', 'a', 'c'])
  })

  it('are none when a word found nothing, or there are no words', () => {
    expect(combineResults([[found('a', 1, [1])], []])).toEqual([])
    expect(combineResults([])).toEqual([])
  })
})

describe('the pages of a word or its alternatives', () => {
  it('hold each page once, with its best score and every alternative’s positions', () => {
    const pages = anyOf([[found('a', 2, [1]), found('b', 1, [2])], [found('a', 3, [8])]])
    expect(pages.map((page) => [page.id, page.score, page.words])).toEqual([
      ['a', 3, [1, 8]],
      ['b', 1, [2]],
    ])
  })
})
