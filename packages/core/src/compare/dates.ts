import { dateFillers, gregorianMonths, levantineMonths, monthThirds } from '../lang/ar/calendar.ts'
import { newsCycleWordList } from '../lang/ar/compiled-cues.ts'
import { durationByWord, quantityWord } from '../lang/ar/quantities.ts'
import type { Difference, DifferenceValue } from '../model/coverage.ts'
import { normalize } from '../normalize/normalize.ts'
import { tokenize } from '../normalize/tokenize.ts'
import type { DateView } from '../similarity/extraction-view.ts'
import { parseTime } from '../similarity/extraction-view.ts'
import type { FactGroup } from './number-conflicts.ts'
import type { SentenceSpace } from './sentence-space.ts'

interface DateMention extends DifferenceValue {
  date: DateView
  /** Dates the news cycle (see `newsCycle`): they pair with their counterparts but are never reported. */
  cycle: boolean
  /** Content terms of the words next to the date: what it dates. */
  context: Set<number>
  /** The span of time the date may stand for, in ms since the epoch, when its value is known. */
  range: DateRange | null
  /** Its words as dates are compared by (`dateWords`). */
  words: string[]
}

/** One thing a shared fact dates, with at most one mention per article. */
type Referent = Map<number, DateMention>

/** Words on each side of a date, in its clause, read as its context. */
const CONTEXT_WORDS = 3

/**
 * Dates on which the sentences of one shared fact disagree. A sentence may date several things (when a statement was
 * made, since when a project has run), so each article's dates are first paired with what they refer to, and only
 * mentions of one referent are compared: a date pairs with one it agrees with, else with one dated by the same
 * neighbouring words. Two dates with nothing in common around them date different things as often as one (a term's
 * end and the month of the vote; a team's earlier titles and the first edition of the cup), so they are never
 * paired. Dates are compared as the spans of time they may stand for (`compareDates`).
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
    const verdicts = values.flatMap((p, i) => values.slice(i + 1).map((q) => compareDates(p, q)))
    if (verdicts.every((verdict) => verdict === 'same') || verdicts.includes('unknown')) continue
    result.push({
      kind: 'date',
      subject,
      values: values.map(
        ({ date: _date, cycle: _cycle, context: _context, range: _range, words: _words, ...value }) => value,
      ),
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
      [...referent.values()].every((v) => compareDates(v, mention) === 'same'),
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
    const clause = clauseAround(sentence.text, from, to)
    const before = words
      .filter((word) => word.end <= from && word.start >= clause.start)
      .slice(-CONTEXT_WORDS)
    const after = words.filter((word) => word.start >= to && word.end <= clause.end).slice(0, CONTEXT_WORDS)
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
        range: dateRange(date),
        words: dateWords(date.text),
      },
    ]
  })
}

/**
 * Whether two dates are the same: when the words of one (parts of the day and fillers aside: فجر الأحد, صباح الأحد)
 * are all in the other (أمس, مساء أمس الجمعة), or when their resolved ranges meet (قبل أسبوعين, resolved to a day
 * give or take half a week, and كانون الثاني/يناير, resolved to the month). The same words are the same date even when
 * two publication days resolve them differently (منذ ثلاث سنوات, written a week apart). A relative date left
 * unresolved (no publication date) can be compared with nothing else: `unknown`, never a disagreement. Two unresolved
 * absolute dates are compared by their words.
 */
function compareDates(a: DateMention, b: DateMention): 'same' | 'different' | 'unknown' {
  const [short, long] = [a.words, b.words].sort((x, y) => x.length - y.length) as [string[], string[]]
  if (short.length > 0 && short.every((word) => long.includes(word))) return 'same'
  const inPart = dayInPart(a.words, b.words) ?? dayInPart(b.words, a.words)
  if (inPart !== null && (a.range === null || b.range === null)) return inPart ? 'same' : 'different'
  if (a.range !== null && b.range !== null) {
    return Math.max(a.range.from, b.range.from) < Math.min(a.range.to, b.range.to) ? 'same' : 'different'
  }
  return a.date.kind === 'relative' || b.date.kind === 'relative' ? 'unknown' : 'different'
}

/** Each word of a part of a month (`monthThirds`) with the days of the month it spans. */
const MONTH_PART_DAYS: ReadonlyMap<string, readonly [first: number, last: number]> = new Map(
  monthThirds.map(
    ([word, third]) => [normalize(word), [10 * third - 9, third === 3 ? 31 : 10 * third]] as const,
  ),
)

/**
 * «مطلع فبراير الماضي» and «6 فبراير الماضي», by their words: whether the day falls in the part of the month the other
 * names, where the two are otherwise the same words; null where they are not a part and a day of one month.
 */
function dayInPart(part: readonly string[], day: readonly string[]): boolean | null {
  const at = part.findIndex((word) => MONTH_PART_DAYS.has(word))
  const days = day.filter((word) => /^\d{1,2}$/.test(word))
  if (at < 0 || days.length !== 1 || day.some((word) => MONTH_PART_DAYS.has(word))) return null
  if (part.some((word) => /^\d/.test(word)) || !part.some((word) => word.startsWith('month:'))) return null
  const rest = part.filter((_, i) => i !== at)
  if (!rest.every((word) => day.includes(word))) return null
  const [first, last] = MONTH_PART_DAYS.get(part[at]!)!
  const value = Number(days[0])
  return value >= first && value <= last
}

/** Days around publication within which a date tells when the news broke, not when the fact happened. */
const NEWS_CYCLE_DAYS = 3
const DAY = 86_400_000
const CYCLE_WORDS = new Set(newsCycleWordList.map((word) => normalize(word)))

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

// «الـ6 من فبراير»: the article before a day and the من after it are no part of the date.
const DATE_FILLERS = new Set(dateFillers.map((word) => normalize(word)))

/** Each month's names in both calendars of the region (شباط، فبراير، فيفري), one key per month. */
const MONTHS: ReadonlyMap<string, string> = new Map(
  [gregorianMonths, levantineMonths].flatMap((calendar) =>
    calendar.flatMap((names, month) => names.map((name) => [normalize(name), `month:${month + 1}`] as const)),
  ),
)

interface DateRange {
  from: number
  to: number
}

/**
 * The time an ISO value (2025, 2025-01, 2025-W05, 2025-01-29) covers. A relative date counted in a unit (قبل
 * أسبوعين، منذ ثلاثة أشهر) and resolved to a day is widened by half that unit on each side: two weeks ago is a
 * reckoning, not a day.
 */
function dateRange(date: DateView): DateRange | null {
  if (date.value === undefined) return null
  const match = /^(\d{4})(?:-(?:W(\d{2})|(\d{2}))(?:-(\d{2}))?)?/.exec(date.value)
  if (match === null) return null
  const [, year, week, month, day] = match
  let from: number
  let to: number
  if (week !== undefined) {
    const jan4 = Date.UTC(Number(year), 0, 4)
    from = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (Number(week) - 1) * 7 * DAY
    to = from + 7 * DAY
  } else if (month === undefined) {
    from = Date.UTC(Number(year), 0, 1)
    to = Date.UTC(Number(year) + 1, 0, 1)
  } else if (day === undefined) {
    from = Date.UTC(Number(year), Number(month) - 1, 1)
    to = Date.UTC(Number(year), Number(month), 1)
  } else {
    from = Date.UTC(Number(year), Number(month) - 1, Number(day))
    to = from + DAY
    if (date.kind === 'relative') {
      const unit = Math.max(
        0,
        ...tokenize(date.text).map((token) => durationByWord.get(quantityWord(token.text)) ?? 0),
      )
      from -= (unit / 2) * DAY
      to += (unit / 2) * DAY
    }
  }
  return { from, to }
}

/** A date's words as they are compared: fillers left out, a month by its number in either calendar. */
function dateWords(text: string): string[] {
  const words = tokenize(normalize(text, { digits: true }))
    .map((token) => token.text)
    .filter((word) => !DATE_FILLERS.has(word))
  const keys: string[] = []
  for (let i = 0; i < words.length; i++) {
    const pair = MONTHS.get(`${words[i]} ${words[i + 1]}`)
    if (pair !== undefined) {
      keys.push(pair)
      i++
    } else keys.push(MONTHS.get(words[i]!) ?? words[i]!)
  }
  // «6 شباط/ فبراير»: one month named in both calendars.
  return keys.filter((key, i) => !key.startsWith('month:') || keys.indexOf(key) === i)
}

const CLAUSE_BREAK = /[،,;؛:.!؟?]/g

/**
 * The clause of a date that spans `from`–`to` of its sentence, between the breaks before and after it: the words past
 * a comma are another clause's (يوم 3 مارس، وسط إقبال ضعيف), and say nothing of what the date dates.
 */
function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = 0
  let end = text.length
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index < from) start = m.index + 1
    else if (m.index >= to) {
      end = m.index
      break
    }
  }
  return { start, end }
}
