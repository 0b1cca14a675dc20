/** One line of the plot: a measure's value at each size, plotted relative to its value at its smallest size. */
export interface Curve {
  label: string
  points: readonly { size: number; value: number }[]
}

const WIDTH = 760
const HEIGHT = 440
const LEFT = 70
const RIGHT = 230
const TOP = 40
const BOTTOM = 60
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b']
const X_TICKS = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000]
const Y_TICKS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200]

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const sizeLabel = (size: number) => (size >= 1000 ? `${size / 1000}k` : String(size))

/**
 * The scaling plot as an SVG document: articles on a log x axis, each curve divided by its first value on a log y
 * axis, so that a line rising as fast as the dashed "proportional to size" guide doubles with the articles and a
 * flat one does not grow at all.
 */
export function scalingSvg(title: string, curves: readonly Curve[]): string {
  const normalised = curves
    .filter((curve) => curve.points.length > 0)
    .map((curve) => ({
      label: curve.label,
      points: curve.points.map((p) => ({ size: p.size, ratio: p.value / curve.points[0]!.value })),
    }))
  const sizes = normalised.flatMap((c) => c.points.map((p) => p.size))
  const ratios = normalised.flatMap((c) => c.points.map((p) => p.ratio))
  const xMin = Math.min(...sizes)
  const xMax = Math.max(...sizes)
  const yMin = Math.min(1, ...ratios) / 1.2
  const yMax = Math.max(xMax / xMin, ...ratios) * 1.2
  const plotWidth = WIDTH - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const x = (size: number) => LEFT + (Math.log(size / xMin) / Math.log(xMax / xMin)) * plotWidth
  const y = (ratio: number) =>
    TOP + plotHeight - (Math.log(ratio / yMin) / Math.log(yMax / yMin)) * plotHeight
  const f = (n: number) => n.toFixed(1)

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${LEFT}" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ]
  for (const tick of X_TICKS.filter((t) => t >= xMin && t <= xMax)) {
    parts.push(
      `<line x1="${f(x(tick))}" y1="${TOP}" x2="${f(x(tick))}" y2="${TOP + plotHeight}" stroke="#ddd"/>`,
      `<text x="${f(x(tick))}" y="${TOP + plotHeight + 18}" text-anchor="middle">${sizeLabel(tick)}</text>`,
    )
  }
  for (const tick of Y_TICKS.filter((t) => t >= yMin && t <= yMax)) {
    parts.push(
      `<line x1="${LEFT}" y1="${f(y(tick))}" x2="${LEFT + plotWidth}" y2="${f(y(tick))}" stroke="#ddd"/>`,
      `<text x="${LEFT - 8}" y="${f(y(tick) + 4)}" text-anchor="end">${tick}×</text>`,
    )
  }
  parts.push(
    `<rect x="${LEFT}" y="${TOP}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#333"/>`,
    `<text x="${LEFT + plotWidth / 2}" y="${HEIGHT - 15}" text-anchor="middle">articles (clustered, or already stored), log scale</text>`,
    `<text transform="translate(18 ${TOP + plotHeight / 2}) rotate(-90)" text-anchor="middle">relative to the smallest size, log scale</text>`,
  )
  const legend: string[] = []
  normalised.forEach((curve, i) => {
    const colour = COLOURS[i % COLOURS.length]!
    const start = curve.points[0]!.size
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${curve.points.map((p) => `${f(x(p.size))},${f(y(p.ratio))}`).join(' ')}"/>`,
      ...curve.points.map(
        (p) => `<circle cx="${f(x(p.size))}" cy="${f(y(p.ratio))}" r="3" fill="${colour}"/>`,
      ),
    )
    const top = TOP + 10 + i * 20
    legend.push(
      `<line x1="${WIDTH - RIGHT + 15}" y1="${top}" x2="${WIDTH - RIGHT + 35}" y2="${top}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${WIDTH - RIGHT + 40}" y="${top + 4}">${escapeXml(`${curve.label} (from ${sizeLabel(start)})`)}</text>`,
    )
  })
  // Parallel slopes on log-log axes mean the same growth, so one guide serves every curve.
  parts.push(
    `<line x1="${f(x(xMin))}" y1="${f(y(1))}" x2="${f(x(xMax))}" y2="${f(y(xMax / xMin))}" stroke="#555" stroke-dasharray="5 4"/>`,
    ...legend,
  )
  const guideTop = TOP + 10 + normalised.length * 20
  parts.push(
    `<line x1="${WIDTH - RIGHT + 15}" y1="${guideTop}" x2="${WIDTH - RIGHT + 35}" y2="${guideTop}" stroke="#555" stroke-dasharray="5 4"/>`,
    `<text x="${WIDTH - RIGHT + 40}" y="${guideTop + 4}">proportional to articles</text>`,
    '</svg>',
    '',
  )
  return parts.join('\n')
}
