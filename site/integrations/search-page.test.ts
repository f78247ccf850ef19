import { describe, expect, it } from 'vitest'
import { readSearchPage } from './search-page'

const page = (body: string, header = '<header><img src="/herb.webp" alt=""> Menu Aktualności</header>') =>
  `<!DOCTYPE html><html lang="pl"><head><title>Gmina</title></head><body>${header}
      ${body}
      <footer>Stopka</footer></body></html>`

const article = `<main data-pagefind-body><h1>Przerwa w dostawie wody</h1><p>Woda wróci o&nbsp;16:00.</p>
      <nav data-pagefind-ignore>Poprzedni Następny</nav><script>var ukryte = 1</script></main>`

describe('a page read for the search index', () => {
  it('gives the text of its indexed body only, without ignored parts, scripts and styles', () => {
    expect(readSearchPage(page(article)).text.replace(/\s+/g, ' ').trim()).toBe(
      'Przerwa w dostawie wody Woda wróci o 16:00.',
    )
    expect(readSearchPage('<p>Strona bez treści do wyszukania</p>').text).toBe('')
  })

  it('gives Pagefind its html start tag and its body elements, as they are written', () => {
    const second = '<aside data-pagefind-body>Załącznik: <a href="/pliki/a.pdf">wniosek</a></aside>'
    expect(readSearchPage(page(`${article}<div>między</div>${second}`)).document).toBe(
      `<!DOCTYPE html><html lang="pl"><head></head><body>${article}${second}</body></html>`,
    )
  })

  it('gives the whole page when it has no body, or a Pagefind mark outside it', () => {
    const plain = page('<main><h1>Kontakt</h1></main>')
    expect(readSearchPage(plain).document).toBe(plain)
    const marked = page(article, '<header data-pagefind-filter="dział:BIP">Menu</header>')
    expect(readSearchPage(marked).document).toBe(marked)
  })

  it('gives the whole page when a body is not closed by its own end tag', () => {
    const unclosed = '<html lang="pl"><body><p data-pagefind-body>Treść<div>dalej</div></body></html>'
    expect(readSearchPage(unclosed).document).toBe(unclosed)
  })
})
