import { describe, expect, it } from 'vitest'
import { extractArticle } from '../extract/index.ts'
import type { Article } from '../model/article.ts'
import { TermTable } from '../similarity/term-table.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { clusterStories } from './index.ts'
import { barsGroupMerge, FEATURE_COUNT, PAIR_FEATURES, pairFeatures, termKind } from './pair-features.ts'
import { tellsRunningCount } from './running-count.ts'
import { articleSignals } from './signals.ts'

const article = (id: string, text: string): Article => {
  const parsed = parseArticle({ id, text })
  return 'entities' in parsed ? parsed : Object.assign({}, parsed, extractArticle(parsed))
}

// One quake told on its day and two days later, and another quake in the same region a year later.
const firstDay =
  'ضرب زلزال بقوة 6.1 درجات ولاية الساحل مساء اليوم الأحد، ما أسفر عن مقتل 14 شخصاً وإصابة العشرات، بحسب الدفاع المدني. وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض.'
const update =
  'ارتفعت حصيلة ضحايا الزلزال الذي ضرب ولاية الساحل إلى 163 قتيلاً، بحسب حصيلة جديدة أعلنها الدفاع المدني اليوم الثلاثاء. وقالت السلطات إن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.'
const another =
  'ضرب زلزال بقوة 5.4 درجات ولاية الساحل فجر اليوم الخميس، ما أسفر عن مقتل 3 أشخاص وإصابة 20 آخرين، بحسب الدفاع المدني. وتواصل فرق الإنقاذ البحث تحت الأنقاض.'

const featuresOf = (x: string, y: string): Float64Array => {
  const table = new TermTable()
  const [a, b] = [articleSignals(article('a', x), table), articleSignals(article('b', y), table)]
  return pairFeatures(a, b, 0.3, termKind(table), () => 1, [1, 1], new Float64Array(FEATURE_COUNT))
}
const at = (name: (typeof PAIR_FEATURES)[number]) => PAIR_FEATURES.indexOf(name)

describe('a lead telling a running count', () => {
  it('is read from a risen, new, updated or provisional toll', () => {
    expect(tellsRunningCount('ارتفعت حصيلة ضحايا السيول في المدينة إلى 40 قتيلاً')).toBe(true)
    expect(tellsRunningCount('ارتفاع عدد القتلى جراء انهيار المبنى إلى 12')).toBe(true)
    expect(tellsRunningCount('أعلنت الوزارة، في حصيلة محيّنة، وفاة 30 شخصاً')).toBe(true)
    expect(tellsRunningCount('وهي حصيلة غير نهائية بحسب السلطات')).toBe(true)
    expect(tellsRunningCount('أعلنت الداخلية عن حصيلة جديدة لضحايا الحريق')).toBe(true)
  })

  it('is not read from a first report, a count that is no toll update, or a final toll', () => {
    expect(tellsRunningCount(firstDay)).toBe(false)
    expect(tellsRunningCount('بلغ عدد المشاركين في المؤتمر 300 شخص')).toBe(false)
    expect(tellsRunningCount('أعلنت السلطات الحصيلة النهائية لضحايا الفيضانات')).toBe(false)
  })

  it('states no number and names no weekday against the first report of its event', () => {
    const pair = featuresOf(firstDay, update)
    expect(pair[at('number conflict')]).toBe(0)
    expect(pair[at('weekday conflict')]).toBe(0)
    expect(barsGroupMerge(pair)).toBe(false)
  })

  it('leaves two first reports of two quakes their conflicts', () => {
    const pair = featuresOf(firstDay, another)
    expect(pair[at('number conflict')]).toBe(1)
    expect(pair[at('weekday conflict')]).toBe(1)
    expect(barsGroupMerge(pair)).toBe(true)
  })
})

// A quake's two first reports, its update two days later told in other words (linked to them under the threshold), and
// the first report of another quake in another province (round 31).
const quake = {
  'a-1':
    'ضرب زلزال بقوة 6.3 درجات إقليم الجبل الأخضر ليل الجمعة، ما أدى إلى انهيار عشرات المنازل في القرى الجبلية وفرار السكان إلى الشوارع خوفا من الهزات الارتدادية. وقالت السلطات إن فرق الإنقاذ توجهت إلى المنطقة المنكوبة.',
  'a-2':
    'هز زلزال عنيف إقليم الجبل الأخضر ليلة الجمعة بقوة 6.3 درجات، وانهارت منازل طينية في عدة قرى جبلية، وأمضى آلاف السكان ليلتهم في العراء. وأرسلت الحكومة فرق الإنقاذ والإسعاف إلى المنطقة.',
  'a-3':
    'ارتفعت حصيلة ضحايا الزلزال الذي ضرب إقليم الجبل الأخضر إلى 212 قتيلا، بحسب حصيلة جديدة أعلنتها وزارة الداخلية صباح الأحد، فيما تواصل فرق الإنقاذ انتشال الجثث من تحت الأنقاض في القرى الجبلية.',
  'c-1':
    'ضرب زلزال بقوة 5.1 درجات إقليم الوادي الكبير فجر الثلاثاء، ما أدى إلى تصدع منازل في القرى الجبلية وخروج السكان إلى الشوارع خوفا من الهزات الارتدادية. وقالت السلطات إن فرق الإنقاذ توجهت إلى المنطقة.',
}

describe('an update telling a running count, clustered', () => {
  it('joins the first reports of its event it links to under the threshold, not another quake', () => {
    const storyOf = new Map<string, string>()
    for (const story of clusterStories(Object.entries(quake).map(([id, text]) => article(id, text))))
      for (const id of story.articleIds) storyOf.set(id, story.id)
    expect(storyOf.get('a-3')).toBe(storyOf.get('a-1'))
    expect(storyOf.get('a-2')).toBe(storyOf.get('a-1'))
    expect(storyOf.get('c-1')).not.toBe(storyOf.get('a-1'))
  })

  // A flood's first report and its update, which tells the toll and the search where the first told the dams and the
  // streets: a cosine of 0.17 (round 31).
  const flood = {
    'a-1':
      'اجتاحت فيضانات عارمة مدينة الوادي الأخضر شرق ليبيا بعد انهيار سدين تحت ضغط أمطار العاصفة، وجرفت السيول أحياء كاملة نحو البحر. وقالت السلطات الليبية إن آلاف السكان في عداد المفقودين.',
    'a-3':
      'ارتفعت حصيلة ضحايا العاصفة في ليبيا إلى 5300 قتيل، بحسب حصيلة جديدة أعلنتها وزارة الصحة، فيما تتواصل عمليات انتشال الجثث من البحر ومن تحت ركام المباني المنهارة في المدينة المنكوبة.',
  }

  it('joins a first report told in other words when their groups meet half the group bar', () => {
    const stories = clusterStories(Object.entries(flood).map(([id, text]) => article(id, text)))
    expect(stories.map((story) => story.articleIds)).toEqual([['a-1', 'a-3']])
  })
})

describe('an update telling a running count, read before the reports of its event', () => {
  // An undated report is read after the dated ones (`storyOrder`): the update may come first. The lower bar is the
  // pair's, whichever of the two arrived first (round 33).
  const cluster = (ids: readonly (keyof typeof quake)[]) => {
    const storyOf = new Map<string, string>()
    for (const story of clusterStories(ids.map((id) => article(id, quake[id]))))
      for (const id of story.articleIds) storyOf.set(id, story.id)
    return storyOf
  }

  it('is joined by a first report that links to it under the threshold', () => {
    const storyOf = cluster(['a-3', 'a-1'])
    expect(storyOf.get('a-1')).toBe(storyOf.get('a-3'))
  })

  it('is joined as when it comes after the first report, and another quake stays apart', () => {
    expect(cluster(['a-1', 'a-3']).get('a-1')).toBe(cluster(['a-1', 'a-3']).get('a-3'))
    const storyOf = cluster(['a-3', 'a-1', 'a-2', 'c-1'])
    expect(storyOf.get('a-1')).toBe(storyOf.get('a-3'))
    expect(storyOf.get('a-2')).toBe(storyOf.get('a-3'))
    expect(storyOf.get('c-1')).not.toBe(storyOf.get('a-3'))
  })
})
