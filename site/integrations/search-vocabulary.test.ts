import { describe, expect, it } from 'vitest'
import { countWords, indexedText, vocabularyJson } from './search-vocabulary'

describe('the vocabulary of the search index', () => {
  it('reads only the indexed body of a page, without ignored parts, scripts and styles', () => {
    const html = `<html><body><header>Menu Aktualności</header>
      <main data-pagefind-body><h1>Przerwa w dostawie wody</h1><p>Woda wróci o&nbsp;16:00.</p>
      <nav data-pagefind-ignore>Poprzedni Następny</nav><script>var ukryte = 1</script></main>
      <footer>Stopka</footer></body></html>`
    expect(indexedText(html).replace(/\s+/g, ' ').trim()).toBe('Przerwa w dostawie wody Woda wróci o 16:00.')
    expect(indexedText('<p>Strona bez treści do wyszukania</p>')).toBe('')
  })

  it('counts words of four letters or more, in lower case, the most frequent first', () => {
    const counts = new Map<string, number>()
    countWords('Woda, wody i WODA; wróci o 16:00.', counts)
    countWords('Wody nie ma.', counts)
    expect(JSON.parse(vocabularyJson(counts))).toEqual({ wody: 2, woda: 2, wróci: 1 })
    expect(Object.keys(JSON.parse(vocabularyJson(counts)))).toEqual(['woda', 'wody', 'wróci'])
  })
})
