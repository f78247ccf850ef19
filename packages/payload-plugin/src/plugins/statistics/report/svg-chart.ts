import { formatNumber, type ReportChart } from './sections'

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const WIDTH = 760
const HEIGHT = 360
const MARGIN = { top: 44, right: 16, bottom: 96, left: 70 }
const INK = '#1a1a1a'

/**
 * The fill of each series: solid, diagonal lines, dots, cross-hatching; readable in black and white and by
 * people who do not tell colours apart. The legend shows the same swatches.
 */
const patterns = (id: string) => `
  <pattern id="${id}-p1" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="${INK}" stroke-width="3"/>
  </pattern>
  <pattern id="${id}-p2" width="6" height="6" patternUnits="userSpaceOnUse">
    <rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1.6" fill="${INK}"/>
  </pattern>
  <pattern id="${id}-p3" width="8" height="8" patternUnits="userSpaceOnUse">
    <rect width="8" height="8" fill="#ffffff"/><path d="M0 0L8 8M8 0L0 8" stroke="${INK}" stroke-width="1.2"/>
  </pattern>`

const fillOf = (id: string, index: number) => (index % 4 === 0 ? '#2b4c7e' : `url(#${id}-p${index % 4})`)

/** A "nice" step of the value axis (1, 2, 2.5 or 5 times a power of ten) for about four lines up to `max`. */
const niceStep = (max: number): number => {
  if (max <= 4) return 1
  const rough = max / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  return [1, 2, 2.5, 5, 10].map((step) => step * power).find((step) => step >= rough)!
}

/**
 * A grouped bar chart as SVG, drawn on the server: one group per label, one bar per series, with value labels
 * where they fit, a legend with the series' patterns, and `<title>`/`<desc>` as its text alternative (the
 * table next to it holds every value). Fonts: DejaVu Sans or any sans-serif.
 */
export const barChartSvg = (chart: ReportChart): string => {
  const id = chart.id.replace(/[^a-z0-9-]/gi, '')
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const max = Math.max(0, ...chart.series.flatMap((one) => one.values))
  const step = niceStep(max)
  const top = Math.max(step, Math.ceil(max / step) * step)
  const groupWidth = plotWidth / Math.max(1, chart.labels.length)
  const barWidth = Math.min(48, (groupWidth * 0.8) / Math.max(1, chart.series.length))
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step)
  const bars = chart.labels.flatMap((label, group) => {
    const groupStart = MARGIN.left + group * groupWidth + (groupWidth - barWidth * chart.series.length) / 2
    return chart.series.map((one, index) => {
      const value = one.values[group] ?? 0
      const x = groupStart + index * barWidth
      const height = MARGIN.top + plotHeight - y(value)
      const text = formatNumber(value)
      const fits = text.length * 6.5 <= barWidth + 4
      return `<g><title>${escapeXml(`${label}, ${one.name}: ${text}`)}</title><rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${height.toFixed(1)}" fill="${fillOf(id, index)}" stroke="${INK}" stroke-width="1"/>${
        fits
          ? `<text x="${(x + barWidth / 2 - 1).toFixed(1)}" y="${(y(value) - 4).toFixed(1)}" text-anchor="middle" font-size="11">${escapeXml(text)}</text>`
          : ''
      }</g>`
    })
  })
  const labels = chart.labels.map((label, group) => {
    const x = MARGIN.left + group * groupWidth + groupWidth / 2
    const yLabel = MARGIN.top + plotHeight + 14
    return chart.labels.length > 6
      ? `<text x="${x.toFixed(1)}" y="${yLabel}" text-anchor="end" font-size="11" transform="rotate(-40 ${x.toFixed(1)} ${yLabel})">${escapeXml(label)}</text>`
      : `<text x="${x.toFixed(1)}" y="${yLabel + 2}" text-anchor="middle" font-size="12">${escapeXml(label)}</text>`
  })
  const axis = ticks.map(
    (tick) =>
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#bbbbbb" stroke-dasharray="3 3"/><text x="${MARGIN.left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" font-size="11">${escapeXml(formatNumber(tick))}</text>`,
  )
  const legend =
    chart.series.length > 1
      ? chart.series.map((one, index) => {
          const x = MARGIN.left + index * 170
          const yLegend = 20
          return `<rect x="${x}" y="${yLegend - 11}" width="18" height="14" fill="${fillOf(id, index)}" stroke="${INK}"/><text x="${x + 24}" y="${yLegend}" font-size="12">${escapeXml(one.name)}</text>`
        })
      : []
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="DejaVu Sans, Arial, sans-serif" fill="${INK}">
<title id="${id}-title">${escapeXml(chart.title)}</title>
<desc id="${id}-desc">${escapeXml(chart.description)}</desc>
<defs>${patterns(id)}</defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
${axis.join('\n')}
${bars.join('\n')}
<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + plotHeight}" y2="${MARGIN.top + plotHeight}" stroke="${INK}"/>
${labels.join('\n')}
${legend.join('\n')}
</svg>`
}
