import { describe, expect, it } from 'vitest'
import type { Article } from '../model/article.ts'
import { StorySchema } from '../model/story.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { clusterStories, createStoryIndex, storyId, storyTime } from './index.ts'

const article = (
  id: string,
  title: string | undefined,
  publishedAt: string | undefined,
  text: string,
): Article => parseArticle({ id, text, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) })

// One event told by three outlets, the same market burning again a month later, and an unrelated report.
const fire1 = article(
  'fire-1',
  'حريق ضخم يلتهم عشرات المحلات في سوق درب عمر بالدار البيضاء',
  '2024-04-02T08:00:00Z',
  'اندلع حريق ضخم فجر الثلاثاء في سوق درب عمر التجاري وسط الدار البيضاء، وأتى على أكثر من ستين محلاً لبيع الأقمشة والأحذية. وقالت الوقاية المدنية إن فرقها سيطرت على النيران بعد خمس ساعات من العمل، دون تسجيل إصابات بشرية. وفتحت السلطات تحقيقاً لتحديد أسباب الحريق.',
)
const fire2 = article(
  'fire-2',
  'النيران تأتي على محلات درب عمر والتجار يحصون خسائرهم',
  '2024-04-02T11:30:00Z',
  'أحصى تجار سوق درب عمر في الدار البيضاء خسائر فادحة بعد الحريق الذي شب في الساعات الأولى من صباح الثلاثاء. وأكد رجال الوقاية المدنية أن ألسنة اللهب امتدت بسرعة بسبب المواد القابلة للاشتعال المخزنة في المحلات. ولم تسجل أي إصابات، فيما يرجح أن يكون تماس كهربائي وراء الحادث.',
)
const fire3 = article(
  'fire-3',
  'الدار البيضاء: تحقيق في أسباب حريق سوق درب عمر',
  '2024-04-02T16:00:00Z',
  'أمرت النيابة العامة بالدار البيضاء بفتح تحقيق في الحريق الذي دمر عشرات المحلات بسوق درب عمر فجر اليوم. وانتقلت عناصر الشرطة العلمية إلى عين المكان لرفع العينات، بينما طالب التجار بتعويضات عن البضائع التي احترقت.',
)
const fireAgain = article(
  'fire-again',
  'حريق جديد في سوق درب عمر بعد شهر من الكارثة الأولى',
  '2024-05-06T09:00:00Z',
  'شب حريق جديد مساء الأحد في أحد مستودعات سوق درب عمر بالدار البيضاء، بعد نحو شهر من الحريق الكبير الذي أتى على عشرات المحلات. وتمكنت الوقاية المدنية من إخماده بسرعة قبل امتداده إلى المحلات المجاورة.',
)
const unrelated = article(
  'rain',
  'أمطار غزيرة مرتقبة في شمال المملكة',
  '2024-04-02T07:00:00Z',
  'توقعت المديرية العامة للأرصاد الجوية تساقط أمطار رعدية قوية على عدد من أقاليم الشمال ابتداء من يوم الأربعاء، مع هبوب رياح قوية على السواحل المتوسطية.',
)
const all = [unrelated, fire1, fire2, fire3, fireAgain]

const groups = (stories: { articleIds: string[] }[]) => stories.map((story) => [...story.articleIds].sort())

describe('clusterStories', () => {
  it('groups rewrites of one event and keeps apart a repeat of it a month later and an unrelated report', () => {
    expect(groups(clusterStories(all))).toEqual([['rain'], ['fire-1', 'fire-2', 'fire-3'], ['fire-again']])
  })

  it('returns valid Story models with the span of publication dates and outlets in input order', () => {
    const stories = clusterStories(all)
    for (const story of stories) expect(() => StorySchema.parse(story)).not.toThrow()
    const fire = stories[1]!
    expect(fire.timeSpan).toEqual({ start: '2024-04-02T08:00:00Z', end: '2024-04-02T16:00:00Z' })
    expect(fire.independent).toBe(3)
    expect(fire.duplicates).toEqual([])
  })

  it('takes the title verbatim from a member article', () => {
    const fire = clusterStories(all)[1]!
    const member = [fire1, fire2, fire3].find((a) => a.id === fire.titleArticleId)!
    expect(fire.title).toBe(member.title)
  })

  it('falls back to the first paragraph sentence (not a heading) of an untitled member and to a null time span', () => {
    const [story] = clusterStories([
      article('x', undefined, undefined, 'عنوان فرعي\n\nانطلقت اليوم أعمال المؤتمر. وتستمر ثلاثة أيام.'),
    ])
    expect(story!.title).toBe('انطلقت اليوم أعمال المؤتمر.')
    expect(story!.timeSpan).toBeNull()
  })

  it('gives the same id to the same member set whatever the order', () => {
    const forward = clusterStories(all).find((story) => story.articleIds.includes('fire-1'))!
    const backward = clusterStories([...all].reverse()).find((story) => story.articleIds.includes('fire-1'))!
    expect(backward.articleIds).not.toEqual(forward.articleIds)
    expect(backward.id).toBe(forward.id)
    expect(storyId(['b', 'a'])).toBe(storyId(['a', 'b']))
    expect(storyId(['a', 'b'])).not.toBe(storyId(['a', 'c']))
  })

  it('flags a wire copy as a duplicate and counts it once among independent sources', () => {
    const copy = parseArticle({
      id: 'fire-1-copy',
      title: 'حريق يأتي على ستين محلاً في الدار البيضاء',
      source: { name: 'موقع آخر' },
      publishedAt: '2024-04-02T09:10:00Z',
      text: fire1.text.slice(0, fire1.text.lastIndexOf('وفتحت')),
    })
    const index = createStoryIndex()
    for (const item of [fire1, copy, fire2]) index.add(item)
    const [story] = index.stories()
    expect(story!.articleIds).toEqual(['fire-1', 'fire-1-copy', 'fire-2'])
    expect(story!.duplicates).toEqual([['fire-1', 'fire-1-copy']])
    expect(story!.independent).toBe(2)
    expect(story!.sources).toEqual(['موقع آخر'])
  })

  it('lists entities the members share when articles carry extraction results', () => {
    const withEntities = (base: Article, ids: string[]) =>
      Object.assign({}, base, {
        entities: ids.map((id) => ({ id, name: id.split(':')[1]!, kind: 'location' })),
      })
    const stories = clusterStories([
      withEntities(fire1, ['location:الدار-البيضاء', 'organization:الوقاية-المدنية']),
      withEntities(fire2, ['location:الدار-البيضاء', 'organization:الوقاية-المدنية']),
      withEntities(fire3, ['location:الدار-البيضاء', 'organization:النيابة-العامة']),
    ])
    expect(stories).toHaveLength(1)
    expect(stories[0]!.entities).toEqual([
      { id: 'location:الدار-البيضاء', name: 'الدار-البيضاء', articles: 3 },
      { id: 'organization:الوقاية-المدنية', name: 'الوقاية-المدنية', articles: 2 },
    ])
  })

  it('handles no articles and articles without words', () => {
    expect(clusterStories([])).toEqual([])
    const empty = clusterStories([
      article('a', undefined, undefined, '...'),
      article('b', undefined, undefined, '!!'),
    ])
    expect(groups(empty)).toEqual([['a'], ['b']])
  })
})

describe('participants', () => {
  // The same president's calls with two foreign leaders on one evening: same topic, same wording, other actors.
  const person = (base: Article, names: string[]) =>
    Object.assign({}, base, {
      entities: names.map((name) => {
        const start = base.text.indexOf(name)
        return { id: `person:${name}`, name, kind: 'person', mentions: [{ start, end: start + name.length }] }
      }),
    })
  const call = (id: string, hour: string, text: string, names: string[]) =>
    person(article(id, undefined, `2024-06-10T${hour}:00:00Z`, text), names)
  const brandt1 = call(
    'brandt-1',
    '15',
    'تلقى الرئيس سليم حداد اتصالاً هاتفياً من المستشار كارل برانت، بحثا خلاله ملف الهجرة غير النظامية عبر المتوسط. وقال الناطق الرئاسي نبيل عوض إن الجانبين اتفقا على تعزيز التعاون في مراقبة السواحل.',
    ['سليم حداد', 'كارل برانت', 'نبيل عوض'],
  )
  const brandt2 = call(
    'brandt-2',
    '16',
    'بحث الرئيس سليم حداد والمستشار كارل برانت في مكالمة هاتفية مساء الاثنين ملف الهجرة غير النظامية. وأوضحت الوزيرة ليلى منصور أن الاتصال تناول أيضاً تمويل مشاريع مراقبة السواحل.',
    ['سليم حداد', 'كارل برانت', 'ليلى منصور'],
  )
  const laurent = call(
    'laurent',
    '18',
    'تلقى الرئيس سليم حداد اتصالاً هاتفياً من رئيس الوزراء جان لوران، بحثا خلاله ملف الهجرة غير النظامية عبر المتوسط. وقال الناطق الرئاسي نبيل عوض إن الجانبين اتفقا على تعزيز التعاون في مراقبة السواحل.',
    ['سليم حداد', 'جان لوران', 'نبيل عوض'],
  )

  it('keeps apart the same kind of event with another leader in the first sentence', () => {
    expect(groups(clusterStories([brandt1, brandt2, laurent]))).toEqual([
      ['brandt-1', 'brandt-2'],
      ['laurent'],
    ])
  })

  it('lets rewrites quote different officials after the first sentence', () => {
    expect(clusterStories([brandt1, brandt2])).toHaveLength(1)
  })
})

describe('createStoryIndex', () => {
  it('gives exactly the batch result for the same input order, at every step', () => {
    for (const order of [all, [...all].reverse(), [fire3, unrelated, fireAgain, fire1, fire2]]) {
      const index = createStoryIndex()
      order.forEach((item, i) => {
        index.add(item)
        expect(index.stories()).toEqual(clusterStories(order.slice(0, i + 1)))
      })
    }
  })

  it('reports where each article went and ignores an id added twice', () => {
    const index = createStoryIndex()
    expect(index.add(fire1)).toEqual({ story: 0, similarity: 0 })
    const second = index.add(fire2)
    expect(second.story).toBe(0)
    expect(second.similarity).toBeGreaterThan(0.2)
    expect(index.add(fire2)).toBe(second)
    expect(index.size).toBe(2)
  })
})

describe('stories of scraped pages', () => {
  it('takes no title from page clutter, and shows a marked-up first line without its markdown', () => {
    const page = parseArticle({
      id: 'page',
      text: `الرئيسية » أخبار » اقتصاد
الأكثر قراءة
ارتفاع أسعار الذهب في السوق المحلي
**المصرف المركزي يثبت أسعار الفائدة للمرة الثالثة**
قرر المصرف المركزي، اليوم الخميس، تثبيت أسعار الفائدة للمرة الثالثة على التوالي.`,
    })
    const [story] = clusterStories([page])
    expect(story!.title).toBe(
      'قرر المصرف المركزي، اليوم الخميس، تثبيت أسعار الفائدة للمرة الثالثة على التوالي.',
    )
    const titled = parseArticle({ id: 'titled', title: '**المصرف المركزي يثبت الفائدة**', text: page.text })
    expect(clusterStories([titled])[0]!.title).toBe('المصرف المركزي يثبت الفائدة')
  })
})

describe('storyTime', () => {
  it('places an undated article by the day it gives itself in a dateline, not by a day its lead recalls', () => {
    const datelined = parseArticle(
      'عمّان - 12 نيسان 2025\nافتتح وزير النقل الطريق الصحراوي الجديد بعد أعمال استمرت عامين.',
    )
    expect(datelined.date).toMatchObject({ basis: 'dateline', value: '2025-04-12' })
    expect(storyTime(datelined)).toBe(Date.UTC(2025, 3, 12))
    // The lead's date lies past the top (its first 400 characters), where a page states its own date.
    const recalling = parseArticle(
      'عاد السفيران إلى العاصمتين لاستئناف العمل في السفارتين المغلقتين منذ سنوات، وسط ترحيب رسمي وشعبي واسع ' +
        'في البلدين وفي عواصم المنطقة التي رأت في الخطوة بداية مرحلة جديدة من التعاون الاقتصادي والأمني، ' +
        'وأكد المتحدثان باسم الوزارتين أن اللجان المشتركة ستجتمع بانتظام لمتابعة الملفات العالقة بين الجانبين، ' +
        'ومنها ملفات التجارة والنقل والحدود والطاقة والمياه والتعليم والصحة والسياحة والاستثمار. ' +
        'وجاءت العودة بعد الاتفاق الذي وقّعه البلدان في 3 آذار 2024 برعاية وسيط إقليمي.',
    )
    expect(recalling.date).toMatchObject({ basis: 'lead', value: '2024-03-03' })
    expect(storyTime(recalling)).toBeNull()
  })
})
