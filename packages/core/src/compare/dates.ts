import type { DateView } from '../cluster/extraction-view.ts'
import { parseTime } from '../cluster/extraction-view.ts'
import type { Difference, DifferenceValue } from '../model/coverage.ts'
import { normalize } from '../normalize/normalize.ts'
import { tokenize } from '../normalize/tokenize.ts'
import type { FactGroup } from './differences.ts'
import type { SentenceSpace } from './sentence-space.ts'

interface DateMention extends DifferenceValue {
  date: DateView
  /** Dates the news cycle (see `newsCycle`): they pair with their counterparts but are never reported. */
  cycle: boolean
  /** Content terms of the words next to the date: what it dates. */
  context: Set<number>
}

/** One thing a shared fact dates, with at most one mention per article. */
type Referent = Map<number, DateMention>

/** Words on each side of a date read as its context. */
const CONTEXT_WORDS = 3

/**
 * Dates on which the sentences of one shared fact disagree. A sentence may date several things (when a statement was
 * made, since when a project has run), so each article's dates are first paired with what they refer to, and only
 * mentions of one referent are compared: a date pairs with one it agrees with, else with one dated by the same
 * neighbouring words, else, when each side has a single date left beyond the news cycle, with that one.
 */
export function dateDifferences(space: SentenceSpace, fact: FactGroup, subject: string): Difference[] {
  const referents: Referent[] = []
  const done = new Set<number>()
  for (const [article, index] of fact) {
    if (done.has(article)) continue
    done.add(article)
    pair(referents, article, mentionsIn(space, article, index))
  }
  const result: Difference[] = []
  for (const referent of referents) {
    const values = [...referent.values()]
    if (values.length < 2 || values.some((value) => value.cycle)) continue
    if (values.every((p, i) => values.slice(i + 1).every((q) => sameDate(p.date, q.date)))) continue
    result.push({
      kind: 'date',
      subject,
      values: values.map(({ date: _date, cycle: _cycle, context: _context, ...value }) => value),
    })
  }
  return result
}

function pair(referents: Referent[], article: number, mentions: DateMention[]): void {
  const open = referents.filter((referent) => !referent.has(article))
  const take = (referent: Referent, mention: DateMention): void => {
    referent.set(article, mention)
    open.splice(open.indexOf(referent), 1)
    mentions.splice(mentions.indexOf(mention), 1)
  }
  for (const mention of [...mentions]) {
    const agreeing = open.find((referent) =>
      [...referent.values()].every((v) => sameDate(v.date, mention.date)),
    )
    if (agreeing !== undefined) take(agreeing, mention)
  }
  const byContext: { referent: Referent; mention: DateMention; overlap: number }[] = []
  for (const mention of mentions) {
    for (const referent of open) {
      const overlap = contextOverlap(referent, mention)
      if (overlap > 0) byContext.push({ referent, mention, overlap })
    }
  }
  byContext.sort((a, b) => b.overlap - a.overlap)
  for (const { referent, mention } of byContext) {
    if (open.includes(referent) && mentions.includes(mention)) take(referent, mention)
  }
  const loose = mentions.filter((mention) => !mention.cycle)
  const dated = open.filter((referent) => ![...referent.values()].some((value) => value.cycle))
  if (loose.length === 1 && dated.length === 1) take(dated[0]!, loose[0]!)
  for (const mention of mentions) referents.push(new Map([[article, mention]]))
}

function contextOverlap(referent: Referent, mention: DateMention): number {
  let overlap = 0
  for (const term of mention.context) {
    if ([...referent.values()].some((value) => value.context.has(term))) overlap++
  }
  return overlap
}

function mentionsIn(space: SentenceSpace, article: number, index: number): DateMention[] {
  const source = space.articles[article]!
  const sentence = source.sentences[index]!
  const published = parseTime(source.publishedAt)
  const words = tokenize(sentence.text).filter((token) => token.kind === 'word')
  return space.extractions[article]!.dates.flatMap((date) => {
    if (date.start < sentence.start || date.start >= sentence.end) return []
    const from = date.start - sentence.start
    const to = date.end - sentence.start
    const before = words.filter((word) => word.end <= from).slice(-CONTEXT_WORDS)
    const after = words.filter((word) => word.start >= to).slice(0, CONTEXT_WORDS)
    const context = new Set<number>()
    for (const word of [...before, ...after]) {
      const info = space.table.word(word)
      if (info.content) context.add(info.term)
    }
    return [
      {
        articleId: source.id,
        text: source.text.slice(date.start, date.end),
        sentence: index,
        start: date.start,
        end: date.end,
        ...(date.value !== undefined ? { value: date.value } : {}),
        date,
        cycle: newsCycle(date, published),
        context,
      },
    ]
  })
}

/**
 * Dates agree when their resolved values agree at the coarser precision, or when the words of one (parts of the day
 * and fillers aside: فجر الأحد, صباح الأحد) are all in the other (أمس, مساء أمس الجمعة). The same words are the same
 * date even when two publication days resolve them differently (منذ ثلاث سنوات, written a week apart).
 */
function sameDate(a: DateView, b: DateView): boolean {
  const [short, long] = [dateWords(a.text), dateWords(b.text)].sort((x, y) => x.length - y.length) as [
    string[],
    string[],
  ]
  if (short.length > 0 && short.every((word) => long.includes(word))) return true
  return (
    a.value !== undefined &&
    b.value !== undefined &&
    (a.value.startsWith(b.value) || b.value.startsWith(a.value))
  )
}

/** Days around publication within which a date tells when the news broke, not when the fact happened. */
const NEWS_CYCLE_DAYS = 3
const DAY = 86_400_000
const CYCLE_WORDS = new Set(
  [
    'اليوم',
    'امس',
    'أمس',
    'غدا',
    'غداً',
    'الليلة',
    'الاحد',
    'الاثنين',
    'الثلاثاء',
    'الاربعاء',
    'الخميس',
    'الجمعة',
    'السبت',
  ]
    .flatMap((word) => [word, word.replace(/^ال/, '')])
    .map((word) => normalize(word)),
)

/**
 * Dates of the news cycle (اليوم، أمس، a weekday, or a value within NEWS_CYCLE_DAYS of publication) date the
 * reporting as often as the fact: one outlet's «اليوم الأحد» and another's «ليل الجمعة» for the same quake are no
 * disagreement. Only dates beyond the cycle (قبل أسبوعين، في كانون الثاني) are compared.
 */
function newsCycle(date: DateView, published: number | null): boolean {
  const value = parseTime(date.value)
  if (value !== null && published !== null) return Math.abs(value - published) <= NEWS_CYCLE_DAYS * DAY
  const words = dateWords(date.text)
  return words.length > 0 && words.every((word) => CYCLE_WORDS.has(word))
}

const DATE_FILLERS = new Set(
  ['في', 'يوم', 'نهار', 'فجر', 'صباح', 'ظهر', 'عصر', 'مساء', 'ليل', 'ليلة', 'منتصف'].map((word) =>
    normalize(word),
  ),
)

function dateWords(text: string): string[] {
  return tokenize(normalize(text, { digits: true }))
    .map((token) => token.text)
    .filter((word) => !DATE_FILLERS.has(word))
}
