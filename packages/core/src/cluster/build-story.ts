import type { Article } from '../model/article.ts'
import type { Story, StoryEntity, TimeSpan } from '../model/story.ts'
import { stripMarkup } from '../segment/markup.ts'
import { contentId } from '../structure/content-id.ts'
import { duplicateGroups } from './duplicates.ts'
import { extractionOf, parseTime } from './extraction-view.ts'
import type { Fingerprint } from './fingerprint.ts'

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

function timeSpan(members: StoryMember[]): TimeSpan | null {
  let first: { time: number; label: string } | null = null
  let last: { time: number; label: string } | null = null
  for (const member of members) {
    if (member.time === null) continue
    const published = member.article.publishedAt
    const label = published !== undefined && parseTime(published) !== null ? published : isoDate(member.time)
    if (first === null || member.time < first.time) first = { time: member.time, label }
    if (last === null || member.time > last.time) last = { time: member.time, label }
  }
  return first === null || last === null ? null : { start: first.label, end: last.label }
}

/** A time from an extracted date: its calendar day, since a date in the text gives no hour. */
function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}
