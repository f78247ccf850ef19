import { describe, expect, it } from 'vitest'
import { barChartSvg } from './svg-chart'

describe('the statistics charts', () => {
  const svg = barChartSvg({
    id: 'wykres-ruch',
    title: 'Odsłony <w> miesiącach',
    description: 'Wykres słupkowy. styczeń 2026: serwis 1 200, BIP 30.',
    labels: ['styczeń 2026', 'luty 2026'],
    series: [
      { name: 'Serwis', values: [1200, 900] },
      { name: 'BIP', values: [30, 45] },
    ],
  })

  it('is an image with a title and a description that say what it shows', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="wykres-ruch-title wykres-ruch-desc"/)
    expect(svg).toContain('<title id="wykres-ruch-title">Odsłony &lt;w&gt; miesiącach</title>')
    expect(svg).toContain(
      '<desc id="wykres-ruch-desc">Wykres słupkowy. styczeń 2026: serwis 1 200, BIP 30.</desc>',
    )
  })

  it('tells series apart by pattern, not only colour, and names every bar', () => {
    expect(svg).toContain('fill="url(#wykres-ruch-p1)"')
    expect(svg).toContain('<title>luty 2026, BIP: 45</title>')
    expect(svg).toContain('>Serwis</text>')
    expect(svg).toContain('>BIP</text>')
  })
})
