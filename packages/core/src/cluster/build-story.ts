import { futureMarkerSet, norm, weekdayByName } from '../lang/ar/compiled.ts'
import type { Article } from '../model/article.ts'
import type { DateMention } from '../model/extraction.ts'
import type { Story, StoryEntity, TimeSpan } from '../model/story.ts'
import { stripMarkup } from '../segment/markup.ts'
import { duplicateGroups } from '../similarity/duplicates.ts'
import { extractionOf, inferredDate, parseTime } from '../similarity/extraction-view.ts'
import type { Fingerprint } from '../similarity/fingerprint.ts'
import { contentId } from '../structure/content-id.ts'

export interface StoryMember {
  article: Article
  print: Fingerprint
  time: number | null
  /** Similarity of the member to its story's centroid: the most central titled member gives the title. */
  centrality: number
}

const MAX_ENTITIES = 30
const MAX_TITLE = 300

/** The id of the story made of these articles: the same member set always gives the same id. */
export function storyId(articleIds: readonly string[]): string {
  return `story:${contentId([...articleIds].sort().join('\u0000'))}`
}

/** Assembles the `Story` model of a cluster's members (given in input order). */
export function buildStory(members: StoryMember[]): Story {
  const articleIds = members.map((member) => member.article.id)
  const duplicates = duplicateGroups(members.map((member) => member.print)).map((group) =>
    [...group]
      .sort((a, b) => byTime(members[a]!, members[b]!) || a - b)
      .map((index) => members[index]!.article.id),
  )
  const copies = duplicates.reduce((sum, group) => sum + group.length - 1, 0)
  const { title, titleArticleId } = pickTitle(members)
  return {
    id: storyId(articleIds),
    title,
    titleArticleId,
    articleIds,
    sources: distinct(members.map((member) => member.article.source?.name?.trim() ?? '')),
    independent: members.length - copies,
    duplicates,
    entities: sharedEntities(members),
    timeSpan: timeSpan(members),
  }
}

function byTime(a: StoryMember, b: StoryMember): number {
  if (a.time === null || b.time === null) return (a.time === null ? 1 : 0) - (b.time === null ? 1 : 0)
  return a.time - b.time
}

function distinct(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))]
}

function pickTitle(members: StoryMember[]): { title: string; titleArticleId: string } {
  let best: StoryMember | null = null
  for (const member of members) {
    if (!member.article.title || !stripMarkup(member.article.title)) continue
    if (best === null || member.centrality > best.centrality) best = member
  }
  if (best !== null) return { title: stripMarkup(best.article.title!), titleArticleId: best.article.id }
  let central: { member: StoryMember; lead: string } | null = null
  for (const member of members) {
    if (central !== null && member.centrality <= central.member.centrality) continue
    const lead = leadText(member.article)
    if (lead) central = { member, lead }
  }
  if (central === null) return { title: '', titleArticleId: members[0]!.article.id }
  return { title: central.lead, titleArticleId: central.member.article.id }
}

/**
 * The article's first paragraph sentence (headings skipped), else its first heading, without markdown; the start of
 * its text only when it has no blocks at all. Page clutter never gives a title: an article of clutter alone gives ''.
 */
function leadText(article: Article): string {
  const sentence =
    article.sentences.find((s) => article.blocks[s.block]?.kind === 'paragraph') ?? article.sentences[0]
  const text = stripMarkup(sentence?.text ?? (article.blocks.length === 0 ? article.text : ''))
  return text.length <= MAX_TITLE ? text : text.slice(0, MAX_TITLE).trimEnd()
}

function sharedEntities(members: StoryMember[]): StoryEntity[] {
  const counts = new Map<string, StoryEntity>()
  for (const member of members) {
    const ids = new Set<string>()
    for (const entity of extractionOf(member.article).entities) {
      if (ids.has(entity.id)) continue
      ids.add(entity.id)
      const known = counts.get(entity.id)
      if (known === undefined) counts.set(entity.id, { id: entity.id, name: entity.name, articles: 1 })
      else known.articles++
    }
  }
  const least = members.length > 1 ? 2 : 1
  return [...counts.values()]
    .filter((entity) => entity.articles >= least)
    .sort((a, b) => b.articles - a.articles)
    .slice(0, MAX_ENTITIES)
}

/**
 * The members' publication dates, first to last; only when no member has one, the dates their texts give themselves
 * as their own (a header, a dateline, a full date at the top), not a lead's date: a lead's year or day is mostly one
 * the news recalls (`منذ عام 2011`، an agreement of the month before). A story is thus never dated after its newest
 * member was published, nor by a date its texts merely name.
 */
function timeSpan(members: StoryMember[]): TimeSpan | null {
  const published = members.flatMap(({ article }) => {
    const time = parseTime(article.publishedAt)
    return time === null ? [] : [{ time, label: article.publishedAt! }]
  })
  if (published.length > 0) return spanOf(published)
  const inferred = members.flatMap(({ article }) => {
    const extraction = extractionOf(article)
    const date = inferredDate(article, extraction)
    const time = date?.basis === 'lead' ? null : parseTime(date?.value)
    if (time === null) return []
    const own = [{ time, label: date!.value }]
    if (!/^\d{4}-\d\d-\d\d$/.test(date!.value)) return own
    const before = daysBack(article, extraction.dates, time)
    return before === 0 ? own : [...own, { time: time - before * DAY, label: isoDay(time - before * DAY) }]
  })
  return inferred.length > 0 ? { ...spanOf(inferred), inferred: true } : null
}

const DAY = 86_400_000
const YESTERDAY = norm('أمس')
const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10)

/**
 * How many days before the day a text gives itself (its date line, a header) its lead dates the news (round 34): a
 * page dated on the Tuesday whose lead tells of «اليوم الاثنين» or «أمس» tells of the Monday (the page is dated when it
 * was written or put up). The latest day of the weekday the lead names within the six before, or one for أمس; 0 when
 * the lead names the text's own day or none.
 */
function daysBack(article: Article, dates: readonly DateMention[], time: number): number {
  const paragraphs = article.sentences.filter((s) => article.blocks[s.block]?.kind !== 'heading')
  const leadEnd = paragraphs[LEAD_SENTENCES - 1]?.end ?? paragraphs[0]?.end ?? 0
  const day = new Date(time).getUTCDay()
  let back = 0
  for (const date of dates) {
    if (date.start >= leadEnd || date.target === true) continue
    const words = norm(date.text).split(/[^\p{L}\p{M}]+/u)
    if (words.some((word) => futureMarkerSet.has(word))) continue
    let named = -1
    for (const word of words) named = weekdayByName.get(word) ?? named
    if (named >= 0) return (day - named + 7) % 7
    if (words.includes(YESTERDAY)) back = 1
  }
  return back
}

/** The lead sentences read for the day the news is of, as the story index reads them. */
const LEAD_SENTENCES = 2

function spanOf(dates: { time: number; label: string }[]): TimeSpan {
  let first = dates[0]!
  let last = dates[0]!
  for (const date of dates) {
    if (date.time < first.time) first = date
    if (date.time > last.time) last = date
  }
  return { start: first.label, end: last.label }
}
