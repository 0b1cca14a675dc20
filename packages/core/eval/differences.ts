import { quantitiesIn } from '../src/compare/quantities.ts'
import {
  type Article,
  compareCoverage,
  type Difference,
  type DifferenceValue,
  normalize,
  parseArticle,
} from '../src/index.ts'
import { asciiDigits } from '../src/normalize/read-number.ts'
import type { DifferencesGold, StoriesGold } from './gold-schema.ts'
import { givenDate } from './stories.ts'

type Story = StoriesGold['articles'][number]

export interface DifferenceFigures {
  shown: number
  /** Shown differences that match an annotated disagreement of their kind in two of their values' articles. */
  right: number
  /**
   * Annotated disagreements in numbers (not developing tolls) whose two articles are both in the cache, and how many a
   * shown difference covers; `absent` counts those left out because an article of theirs is not.
   */
  numbers: { annotated: number; found: number; absent: number }
  /** The same for annotated developing tolls, which `numbers` leaves out: a toll shown only inside one shared fact. */
  developing: { annotated: number; found: number; absent: number }
  /**
   * Right differences in numbers, and how many of them say `developing` where the annotation does and only there (a
   * count at two stages shown as a plain disagreement is marked wrong).
   */
  marked: { right: number; agree: number }
  /**
   * Titles given (`Coverage.titles`) as pairs of two articles' titles of one person: how many are shown, how many state
   * an annotated pair of different titles (`titles` or `role`), and how many annotated `titles` pairs are shown.
   */
  titles: { shown: number; right: number; annotated: number; found: number }
  /** Shown differences that match nothing annotated, and annotated number disagreements not shown: to read. */
  wrong: string[]
  missed: string[]
}

/** The cached articles of an annotated event, parsed with their dates given as in the story evaluation. */
export function eventArticles(
  event: DifferencesGold['events'][number],
  stories: ReadonlyMap<string, { gold: Story; text: string }>,
): Article[] {
  return event.articles.flatMap((id) => {
    const item = stories.get(id)
    if (item === undefined) return []
    const date = givenDate(item)
    return [parseArticle({ id, text: item.text, ...(date !== null && { publishedAt: date }) })]
  })
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end

type Value = { articleId: string; start: number; end: number; text: string }
type Annotated = { id: string; start: number; end: number }

const words = (text: string) =>
  normalize(asciiDigits(text))
    .split(/[^\p{L}\p{N}.+]+/u)
    .filter(Boolean)

/**
 * A shown value states the annotated one: it overlaps it, or it is another mention of that value in the same article
 * (the annotation marks one mention: `22 وفاة` in the title, where the difference shows `22` of the lead), its words a
 * run of the annotated text's words, digits folded (`84` of `الدقيقة الـ84`، `واحد` of `شخص واحد`).
 */
export function states(value: Value, annotated: Annotated, texts: ReadonlyMap<string, string>): boolean {
  if (value.articleId !== annotated.id) return false
  if (overlaps(value, annotated)) return true
  const text = texts.get(annotated.id)
  if (text === undefined) return false
  const own = words(value.text)
  const wanted = words(text.slice(annotated.start, annotated.end)).map((word) =>
    word.replace(/^ال(?=\d)/, ''),
  )
  if (own.length === 0) return false
  return wanted.some((_, i) => own.every((word, j) => wanted[i + j] === word))
}

/**
 * The value of an annotated number as `compare` reads it in its sentence (`الثانية والثلاثين` under الدورة: 32), or
 * null where no quantity read there overlaps it.
 */
export function annotatedValue(article: Article, annotated: Annotated): string | null {
  const sentence = article.sentences.find(
    (span) => span.start <= annotated.start && annotated.start < span.start + span.text.length,
  )
  if (sentence === undefined) return null
  const at = { start: annotated.start - sentence.start, end: annotated.end - sentence.start }
  return quantitiesIn(sentence.text).find((quantity) => overlaps(quantity, at))?.value ?? null
}

type Item = DifferencesGold['events'][number]['items'][number]

/**
 * Whether both articles of an annotated disagreement are read: a cache restored in part lacks some, and a disagreement
 * with an article not there cannot be shown, so it is not counted as missed.
 */
export const bothPresent = (item: Item, present: ReadonlySet<string>) =>
  present.has(item.a.id) && present.has(item.b.id)

/**
 * Whether a shown difference states an annotated disagreement of its kind: each of the item's two values is stated by
 * one of the difference's (`states`), or, for a number, is the same value in the same article written another way:
 * the guideline counts one value written two ways as one value (2.8 ألف / 2800; `الـ32` for `الثانية والثلاثين`).
 */
export function showsItem(articles: readonly Article[]): (difference: Difference, item: Item) => boolean {
  const texts = new Map(articles.map((article) => [article.id, article.text]))
  const byId = new Map(articles.map((article) => [article.id, article]))
  const sameValue = (v: DifferenceValue, annotated: Annotated) => {
    const article = byId.get(annotated.id)
    return (
      v.articleId === annotated.id &&
      v.value !== undefined &&
      article !== undefined &&
      annotatedValue(article, annotated) === v.value
    )
  }
  const stated = (v: DifferenceValue, annotated: Annotated, kind: string) =>
    states(v, annotated, texts) || (kind === 'number' && sameValue(v, annotated))
  return (difference, item) =>
    item.kind === difference.kind &&
    difference.values.some((v) => stated(v, item.a, item.kind)) &&
    difference.values.some((v) => stated(v, item.b, item.kind))
}

/**
 * Compares the articles of each annotated event (`compareCoverage`, dates given as in the story evaluation) and
 * scores the differences it shows against the annotated disagreements: precision over what is shown, and recall of
 * the disagreements in numbers. A shown `role` difference that the annotation lists as titles given is wrong.
 */
export function scoreDifferences(
  gold: DifferencesGold,
  stories: ReadonlyMap<string, { gold: Story; text: string }>,
): DifferenceFigures {
  const figures: DifferenceFigures = {
    shown: 0,
    right: 0,
    numbers: { annotated: 0, found: 0, absent: 0 },
    developing: { annotated: 0, found: 0, absent: 0 },
    marked: { right: 0, agree: 0 },
    titles: { shown: 0, right: 0, annotated: 0, found: 0 },
    wrong: [],
    missed: [],
  }
  for (const event of gold.events) {
    const articles = eventArticles(event, stories)
    if (articles.length < 2) continue
    const coverage = compareCoverage(articles)
    const disagreements = event.items.filter((item) => item.kind !== 'titles')
    const shows = showsItem(articles)
    const covered = new Set<number>()
    for (const difference of coverage.differences) {
      figures.shown++
      const index = disagreements.findIndex((item) => shows(difference, item))
      if (index >= 0) {
        figures.right++
        covered.add(index)
        if (difference.kind === 'number') {
          figures.marked.right++
          if ((difference.developing === true) === (disagreements[index]!.developing === true))
            figures.marked.agree++
        }
      } else {
        figures.wrong.push(
          `${event.event}: ${difference.kind} «${difference.subject}» ${difference.values.map((v) => `${v.articleId}:${v.text}`).join(' / ')}`,
        )
      }
    }
    const present = new Set(articles.map((article) => article.id))
    scoreTitles(coverage.titles, event.items, present, articles, figures.titles)
    disagreements.forEach((item, i) => {
      if (item.kind !== 'number') return
      const tally = item.developing ? figures.developing : figures.numbers
      if (!bothPresent(item, present)) {
        tally.absent++
        return
      }
      tally.annotated++
      if (covered.has(i)) tally.found++
      else
        figures.missed.push(
          `${event.event}: ${item.developing ? 'developing ' : ''}${item.subject} (${item.a.id} / ${item.b.id})`,
        )
    })
  }
  return figures
}

/** Scores the titles given as pairs of two articles' titles against the annotated pairs of different titles. */
function scoreTitles(
  given: readonly { values: readonly Value[] }[],
  items: readonly Item[],
  present: ReadonlySet<string>,
  articles: readonly Article[],
  tally: DifferenceFigures['titles'],
) {
  const texts = new Map(articles.map((article) => [article.id, article.text]))
  const pairs = items.filter((item) => item.kind === 'titles' || item.kind === 'role')
  const found = new Set<Item>()
  for (const { values } of given) {
    values.forEach((a, i) => {
      for (const b of values.slice(i + 1)) {
        if (a.articleId === b.articleId) continue
        tally.shown++
        const item = pairs.find(
          (p) =>
            (states(a, p.a, texts) && states(b, p.b, texts)) ||
            (states(a, p.b, texts) && states(b, p.a, texts)),
        )
        if (item === undefined) continue
        tally.right++
        found.add(item)
      }
    })
  }
  for (const item of items) {
    if (item.kind !== 'titles' || !bothPresent(item, present)) continue
    tally.annotated++
    if (found.has(item)) tally.found++
  }
}
