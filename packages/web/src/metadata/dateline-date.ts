import { parseArticle } from '@marsad/core'
import type { TextBlock } from '../body/text-blocks.ts'
import type { Element } from '../dom.ts'
import { type DateBasis, isoDate } from './published-date.ts'

const DATELINE_WINDOW = 6
const LEAD_BLOCKS = 3
const MAX_DATE_LINE_CHARS = 80
const ABOVE_TITLE_BLOCKS = 3

// An Arabic dateline or date line near the title: the core reads dates as it does in scraped text (a labelled
// date, a place and a date before the lead, a full date at the top); a short line of its own with a numeric date
// (2017/02/25, 25-02-2017), which the core leaves to tables and forms, is read here.
export function datelineDate(
  blocks: readonly TextBlock[],
  body: readonly Element[],
  title: string | undefined,
): { value: string; basis: DateBasis } | undefined {
  const roots = new Set(body)
  const first = blocks.findIndex((block) => block.ancestors.some((element) => roots.has(element)))
  if (first < 0) return undefined
  const titleAt = title === undefined ? -1 : blocks.findIndex((block) => block.text === title)
  const from =
    titleAt >= 0 && titleAt <= first + LEAD_BLOCKS ? titleAt + 1 : Math.max(0, first - DATELINE_WINDOW)
  const near = blocks
    .slice(from, Math.max(from, first) + LEAD_BLOCKS)
    .filter((block) => block.text.length <= 600)
  if (near.length === 0) return undefined
  const article = parseArticle(near.map((block) => block.text).join('\n'))
  if (article.date && /^\d{4}-\d{2}-\d{2}$/.test(article.date.value))
    return { value: article.date.value, basis: 'dateline' }
  // Some pages put the date line just above the title, with the section's name.
  const above = titleAt > 0 ? blocks.slice(Math.max(0, titleAt - ABOVE_TITLE_BLOCKS), titleAt).reverse() : []
  for (const block of [...near, ...above]) {
    if (block.text.length > MAX_DATE_LINE_CHARS) continue
    const value = numericDate(block.text)
    if (value) return { value, basis: 'dateline' }
  }
  return undefined
}

function numericDate(text: string): string | undefined {
  const yearFirst = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/.exec(text)
  const dayFirst = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/.exec(text)
  const [year, month, day] = yearFirst
    ? [yearFirst[1], yearFirst[2], yearFirst[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : []
  if (year === undefined) return undefined
  return isoDate(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`)
}
