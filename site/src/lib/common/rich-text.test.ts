import type { RichText, RichTextNode } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { renderRichText, safeHref } from './rich-text'

const doc = (...children: RichTextNode[]): RichText => ({ root: { type: 'root', children } })
const text = (value: string, format = 0): RichTextNode => ({ type: 'text', text: value, format })
const p = (...children: RichTextNode[]): RichTextNode => ({ type: 'paragraph', children })
const link = (url: unknown, ...children: RichTextNode[]): RichTextNode => ({
  type: 'link',
  fields: { url, linkType: 'custom' },
  children,
})

describe('renderRichText', () => {
  it('renders paragraphs, headings, lists, quotes and line breaks', () => {
    const html = renderRichText(
      doc(
        { type: 'heading', tag: 'h2', children: [text('Harmonogram')] },
        p(text('Pierwsza linia'), { type: 'linebreak' }, text('druga')),
        { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('etap 1')] }] },
        {
          type: 'list',
          listType: 'number',
          start: 3,
          children: [{ type: 'listitem', children: [text('trzy')] }],
        },
        { type: 'quote', children: [text('Cytat')] },
      ),
    )
    expect(html).toBe(
      '<h2>Harmonogram</h2><p>Pierwsza linia<br>druga</p><ul><li>etap 1</li></ul>' +
        '<ol start="3"><li>trzy</li></ol><blockquote><p>Cytat</p></blockquote>',
    )
  })

  it('renders bold, italic and underline, nested in a fixed order', () => {
    expect(renderRichText(doc(p(text('a', 1), text('b', 2), text('c', 8), text('d', 11))))).toBe(
      '<p><strong>a</strong><em>b</em><u>c</u><strong><em><u>d</u></em></strong></p>',
    )
  })

  it('demotes h1 and unknown heading tags to h2: the page title is the only h1', () => {
    expect(renderRichText(doc({ type: 'heading', tag: 'h1', children: [text('X')] }))).toBe('<h2>X</h2>')
    expect(renderRichText(doc({ type: 'heading', tag: 'script', children: [text('X')] }))).toBe('<h2>X</h2>')
  })

  it('escapes all text', () => {
    expect(renderRichText(doc(p(text('<script>alert("x")</script> & \'y\''))))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    )
  })

  it('skips unknown nodes with their children, and empty paragraphs', () => {
    const html = renderRichText(
      doc(
        { type: 'html', html: '<img src=x onerror=alert(1)>', children: [text('ukryte')] },
        { type: 'upload', value: { url: '/x' } },
        { type: 'block', fields: { blockType: 'iframe' } },
        p(),
        p(text('widoczne')),
      ),
    )
    expect(html).toBe('<p>widoczne</p>')
  })

  it('links only http(s), mailto, tel and relative targets; others keep their text only', () => {
    expect(renderRichText(doc(p(link('https://gmina.pl/?a=1&b="2"', text('strona')))))).toBe(
      '<p><a href="https://gmina.pl/?a=1&amp;b=&quot;2&quot;">strona</a></p>',
    )
    expect(renderRichText(doc(p(link('javascript:alert(1)', text('zły')))))).toBe('<p>zły</p>')
    expect(renderRichText(doc(p(link(' JaVa\tScRiPt:alert(1)', text('zły')))))).toBe('<p>zły</p>')
    expect(renderRichText(doc(p(link('data:text/html,<script>', text('zły')))))).toBe('<p>zły</p>')
    expect(renderRichText(doc(p(link('"><script>alert(1)</script>', text('zły')))))).toBe(
      '<p><a href="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">zły</a></p>',
    )
    // An entity stays literal text: the href is the relative "javascript&colon;…", never a javascript: URL.
    expect(renderRichText(doc(p(link('javascript&colon;alert(1)', text('x')))))).toBe(
      '<p><a href="javascript&amp;colon;alert(1)">x</a></p>',
    )
  })

  it('opens links marked "new tab" safely', () => {
    const node: RichTextNode = {
      type: 'link',
      fields: { url: 'https://x.pl', newTab: true },
      children: [text('x')],
    }
    expect(renderRichText(doc(p(node)))).toBe(
      '<p><a href="https://x.pl" target="_blank" rel="noopener noreferrer">x</a></p>',
    )
  })

  it('resolves internal links through the given function, and drops them without one', () => {
    const node: RichTextNode = {
      type: 'link',
      fields: { linkType: 'internal', doc: { relationTo: 'articles', value: { slug: 'droga' } } },
      children: [text('artykuł')],
    }
    expect(renderRichText(doc(p(node)))).toBe('<p>artykuł</p>')
    const html = renderRichText(doc(p(node)), {
      resolveInternalLink: (relationTo, value) =>
        relationTo === 'articles' ? `/aktualnosci/${(value as { slug: string }).slug}/` : undefined,
    })
    expect(html).toBe('<p><a href="/aktualnosci/droga/">artykuł</a></p>')
  })

  it('does not trust attributes or formats of the wrong type', () => {
    const html = renderRichText(
      doc(p({ type: 'text', text: 'x', format: '1" onclick="alert(1)' }), {
        type: 'list',
        listType: 'number',
        start: '2" onclick="x',
        children: [],
      }),
    )
    expect(html).toBe('<p>x</p><ol></ol>')
  })
})

describe('renderRichText on data past the contract', () => {
  it('renders a text nested 100,000 levels deep without overflowing the stack, leaving out its depths', () => {
    let node: RichTextNode = text('dno')
    for (let n = 0; n < 100_000; n++) node = { type: 'quote', children: [node] }
    const html = renderRichText(doc(node))
    expect(html.startsWith('<blockquote><p><blockquote><p>')).toBe(true)
    expect(html).not.toContain('dno')
  })

  it('keeps the text of a link to /\\evil, which browsers would follow to another host, without the link', () => {
    expect(renderRichText(doc(p(link('/\\evil', text('tutaj')))))).toBe('<p>tutaj</p>')
  })
})

describe('safeHref', () => {
  it.each([
    ['https://gmina.pl', 'https://gmina.pl'],
    ['mailto:urzad@gmina.pl', 'mailto:urzad@gmina.pl'],
    ['tel:+48221234567', 'tel:+48221234567'],
    ['/aktualnosci/', '/aktualnosci/'],
    ['#tresc', '#tresc'],
    ['plik.pdf', 'plik.pdf'],
    ['vbscript:msgbox', undefined],
    ['//evil.example/', undefined],
    ['/\\evil', undefined],
    ['\\/evil', undefined],
    ['', undefined],
    [42, undefined],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })
})
