import { stem } from '../../src/normalize/stem.ts'
import { tokenize } from '../../src/normalize/tokenize.ts'
import { mulberry32 } from '../random.ts'
import { type LabelledInput, loadCorpus } from './corpus.ts'

/**
 * Large synthetic corpora for benchmarks, recombined from the hand-written evaluation corpus (the seeds are left
 * out). Each synthetic event takes one corpus story as its template: its articles are the template's articles with
 * sentences dropped and borrowed between them, with the template's own vocabulary (words used by at most
 * OWN_VOCABULARY of the corpus stories: names, places, the event's nouns and verbs) replaced by the event's
 * pseudo-words, and its numbers scaled by the event's factor; the shared language of news stays. About 25 events start per day, so same-template events with other
 * names share days, as calls of one president with two leaders do. Deterministic for a given size and seed.
 */
export function generateCorpus(size: number, seed = 1): LabelledInput[] {
  const random = mulberry32(seed)
  const templates = buildTemplates()
  const start = Date.parse('2022-01-01T00:00:00Z')
  const eventsPerDay = 25
  const articles: LabelledInput[] = []
  for (let event = 0; articles.length < size; event++) {
    const template = templates[Math.floor(random() * templates.length)]!
    const names = new Map(template.vocabulary.map((word) => [word, pseudoName(random)]))
    const factor = 0.5 + random() * 1.5
    const eventTime = start + (event / eventsPerDay) * DAY + random() * DAY
    const count = Math.min(size - articles.length, 2 + Math.floor(random() * 5))
    for (let j = 0; j < count; j++) {
      const base = template.articles[j % template.articles.length]!
      const other = template.articles[Math.floor(random() * template.articles.length)]!
      const sentences = base.sentences.filter(() => random() > 0.2)
      if (sentences.length < 2) sentences.push(...base.sentences.slice(0, 2 - sentences.length))
      if (random() < 0.3)
        sentences.splice(1, 0, other.sentences[Math.floor(random() * other.sentences.length)]!)
      const rewrite = (text: string) => substitute(text, names, factor)
      articles.push({
        id: `g${event}-${j}`,
        story: `event-${event}`,
        title: rewrite(base.title),
        source: { name: OUTLETS[Math.floor(random() * OUTLETS.length)]! },
        publishedAt: new Date(eventTime + random() * 30 * HOUR).toISOString(),
        text: sentences.map(rewrite).join(' '),
      })
    }
  }
  return articles.sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!) || a.id.localeCompare(b.id))
}

interface Template {
  articles: { title: string; sentences: string[] }[]
  /** Surface words replaced per event. */
  vocabulary: string[]
}

const OWN_VOCABULARY = 3
const DAY = 86_400_000
const HOUR = 3_600_000
const OUTLETS = [
  'المرصد اليومي',
  'الخبر الدولي',
  'وكالة الأنباء العربية',
  'صوت العاصمة',
  'البوابة 24',
  'نبض الأخبار',
]
const SYLLABLES = [
  'بر',
  'تا',
  'سل',
  'مو',
  'نا',
  'كي',
  'دو',
  'رم',
  'فا',
  'لي',
  'غا',
  'زو',
  'شه',
  'قم',
  'ها',
  'جا',
]

function buildTemplates(): Template[] {
  const byStory = new Map<string, LabelledInput[]>()
  for (const article of loadCorpus()) {
    if (article.id.includes('_')) continue
    byStory.set(article.story, [...(byStory.get(article.story) ?? []), article])
  }
  const storiesOf = new Map<string, Set<string>>()
  const surfaces = new Map<string, Set<string>>()
  for (const [story, articles] of byStory) {
    for (const article of articles) {
      for (const token of tokenize(`${article.title} ${article.text}`)) {
        if (token.kind !== 'word' || token.text.length < 3) continue
        const key = stem(token.text)
        if (!storiesOf.has(key)) storiesOf.set(key, new Set())
        storiesOf.get(key)!.add(story)
        if (!surfaces.has(`${story}|${key}`)) surfaces.set(`${story}|${key}`, new Set())
        surfaces.get(`${story}|${key}`)!.add(token.text)
      }
    }
  }
  return [...byStory].map(([story, articles]) => {
    const vocabulary: string[] = []
    for (const [key, stories] of storiesOf) {
      if (stories.size > OWN_VOCABULARY || !stories.has(story)) continue
      vocabulary.push(...surfaces.get(`${story}|${key}`)!)
    }
    return {
      articles: articles.map((article) => ({
        title: article.title ?? '',
        sentences: article.text.split(/(?<=[.!؟])\s+/u).filter((sentence) => sentence.length > 0),
      })),
      vocabulary,
    }
  })
}

function substitute(text: string, names: ReadonlyMap<string, string>, factor: number): string {
  let result = ''
  let last = 0
  for (const token of tokenize(text)) {
    const replacement =
      token.kind === 'number' ? scaled(token.text, factor) : (names.get(token.text) ?? token.text)
    result += text.slice(last, token.start) + replacement
    last = token.end
  }
  return result + text.slice(last)
}

function scaled(number: string, factor: number): string {
  const value = Number.parseFloat(number)
  if (Number.isNaN(value) || number.includes('-') || number.includes('/')) return number
  const decimals = number.includes('.') ? number.length - number.indexOf('.') - 1 : 0
  return (value * factor).toFixed(decimals)
}

function pseudoName(random: () => number): string {
  const length = 2 + Math.floor(random() * 2)
  let name = ''
  for (let i = 0; i < length; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!
  return name
}
