import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../extract/index.ts'
import type { Article } from '../model/article.ts'
import { TermTable } from '../similarity/term-table.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { clusterStories } from './index.ts'
import { BOUNDED_FEATURES, FEATURE_COUNT, PAIR_FEATURES, pairFeatures, termKind } from './pair-features.ts'
import { pairCeiling, pairProbability } from './pair-model.ts'
import { PAIR_WEIGHTS } from './pair-weights.ts'
import { articleSignals } from './signals.ts'

const article = (id: string, text: string, publishedAt?: string): Article => {
  const parsed = parseArticle({ id, text, ...(publishedAt !== undefined && { publishedAt }) })
  return 'entities' in parsed ? parsed : Object.assign({}, parsed, extractArticle(parsed))
}

// A phone call and, eight months later, a visit between the same two presidents: the same names, states and
// topics; what tells them apart is the kind of event and, when the feed gives them, the dates.
const texts = {
  'call-1':
    'أجرى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً بنظيره الفرنسي إيمانويل ماكرون، بحثا خلاله تطورات الأوضاع في المنطقة وسبل تعزيز العلاقات الثنائية. وقال المتحدث الرئاسي إن الرئيسين اتفقا على مواصلة التشاور الهاتفي.',
  'call-2':
    'تلقى الرئيس السيسي اتصالاً هاتفياً من الرئيس الفرنسي ماكرون، تناول العلاقات بين البلدين والأوضاع الإقليمية، واتفق الجانبان خلال الاتصال على استمرار التنسيق، بحسب بيان للرئاسة المصرية.',
  'visit-1':
    'وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة في زيارة رسمية يلتقي خلالها الرئيس عبد الفتاح السيسي، لبحث العلاقات الثنائية والأوضاع في المنطقة. وكان في استقباله بالمطار رئيس الوزراء.',
  'visit-2':
    'استقبل الرئيس السيسي نظيره الفرنسي ماكرون في قصر الاتحادية بالقاهرة، في أول زيارة له إلى مصر منذ عامين، وعقد الرئيسان جلسة مباحثات تناولت العلاقات الثنائية والأوضاع الإقليمية.',
}
const dates: Record<string, string> = {
  'call-1': '2025-03-04',
  'call-2': '2025-03-05',
  'visit-1': '2025-11-10',
  'visit-2': '2025-11-10',
}

const storyOf = (articles: Article[]): Map<string, string> => {
  const map = new Map<string, string>()
  for (const story of clusterStories(articles)) for (const id of story.articleIds) map.set(id, story.id)
  return map
}

describe('the learned link weight', () => {
  it('keeps a call and a visit of the same presidents apart when the feed dates them', () => {
    const stories = storyOf(Object.entries(texts).map(([id, text]) => article(id, text, dates[id])))
    expect(stories.get('call-1')).toBe(stories.get('call-2'))
    expect(stories.get('visit-1')).toBe(stories.get('visit-2'))
    expect(stories.get('call-1')).not.toBe(stories.get('visit-1'))
  })

  it('weighs a pair lower when months lie between the two articles', () => {
    const table = new TermTable()
    const [a, b] = [article('a', texts['call-1'], '2025-03-04'), article('b', texts['call-2'], '2025-03-05')]
    const late = article('c', texts['call-2'], '2025-11-05')
    const features = (x: Article, y: Article) =>
      pairFeatures(
        articleSignals(x, table),
        articleSignals(y, table),
        0.5,
        termKind(table),
        () => 1,
        [1, 1],
        new Float64Array(FEATURE_COUNT),
      )
    const near = pairProbability(PAIR_WEIGHTS, features(a, b))
    const far = pairProbability(PAIR_WEIGHTS, features(a, late))
    expect(far).toBeLessThan(near / 2)
  })

  it('bounds a pair from its time features at or above the probability its other features give', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: FEATURE_COUNT,
          maxLength: FEATURE_COUNT,
        }),
        fc.double({ min: -6, max: 14, noNaN: true }),
        (values, time) => {
          const features = Float64Array.from(values, (value, i) =>
            BOUNDED_FEATURES[i] ? value : value * time,
          )
          expect(pairCeiling(PAIR_WEIGHTS, features)).toBeGreaterThanOrEqual(
            pairProbability(PAIR_WEIGHTS, features) * (1 - 1e-9),
          )
        },
      ),
    )
  })

  it('has one shipped weight per feature', () => {
    expect(PAIR_WEIGHTS.weights).toHaveLength(PAIR_FEATURES.length)
    expect(PAIR_WEIGHTS.threshold).toBeGreaterThan(0)
    expect(PAIR_WEIGHTS.threshold).toBeLessThan(1)
  })
})

/** Clusters undated texts, named `<event>-1` and `<event>-2`, and expects the two events as two stories. */
const expectTwoEvents = (texts: Record<string, string>, [a, b]: readonly [string, string]): void => {
  const stories = storyOf(Object.entries(texts).map(([id, text]) => article(id, text)))
  expect(stories.get(`${a}-1`)).toBe(stories.get(`${a}-2`))
  expect(stories.get(`${b}-1`)).toBe(stories.get(`${b}-2`))
  expect(stories.get(`${a}-1`)).not.toBe(stories.get(`${b}-1`))
}

describe('the learned link weight without dates', () => {
  // Two matches of the same teams, three days apart, undated: the lead's weekday tells them apart.
  const matches = {
    'first-1':
      'فاز المنتخب المغربي على نظيره الجزائري بهدفين مقابل هدف في المباراة التي جمعتهما مساء الثلاثاء على ملعب مولاي عبد الله بالرباط، ضمن الجولة الأولى من البطولة العربية.',
    'first-2':
      'حقق المنتخب المغربي فوزاً صعباً على المنتخب الجزائري بنتيجة هدفين لهدف، مساء أمس الثلاثاء في الرباط، في افتتاح مشوار الفريقين في البطولة العربية.',
    'second-1':
      'تعادل المنتخب المغربي مع نظيره الجزائري بهدف لمثله في المباراة التي جمعتهما مساء الجمعة على ملعب مولاي عبد الله بالرباط، ضمن نصف نهائي البطولة العربية.',
    'second-2':
      'انتهت مواجهة المنتخب المغربي والمنتخب الجزائري بالتعادل بهدف لكل فريق، مساء أمس الجمعة في الرباط، في نصف نهائي البطولة العربية.',
  }

  it('keeps two matches of the same teams apart by the weekday their leads name', () => {
    expectTwoEvents(matches, ['first', 'second'])
  })

  // A visit to Ankara and the return visit to Cairo of the same two presidents, undated: the city tells them apart.
  const visits = {
    'ankara-1':
      'وصل الرئيس المصري عبد الفتاح السيسي إلى أنقرة في أول زيارة رسمية له إلى تركيا، حيث استقبله الرئيس التركي رجب طيب أردوغان في المجمع الرئاسي، وبحث الجانبان تعزيز العلاقات الثنائية.',
    'ankara-2':
      'استقبل الرئيس رجب طيب أردوغان نظيره المصري عبد الفتاح السيسي في أنقرة بمراسم رسمية، وعقد الرئيسان جلسة مباحثات تناولت العلاقات الثنائية والأوضاع في المنطقة.',
    'cairo-1':
      'وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة في أول زيارة رسمية له إلى مصر، حيث استقبله الرئيس عبد الفتاح السيسي في قصر الاتحادية، وبحث الجانبان تعزيز العلاقات الثنائية.',
    'cairo-2':
      'استقبل الرئيس عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في القاهرة بمراسم رسمية، وعقد الرئيسان جلسة مباحثات تناولت العلاقات الثنائية والأوضاع في المنطقة.',
  }

  it('keeps a visit and the return visit apart by the city their first sentences name', () => {
    expectTwoEvents(visits, ['ankara', 'cairo'])
  })

  // The same visits, each report recalling the other visit: every city is in both texts' words, and only where each
  // first sentence says the visitor went tells them apart.
  const returnVisits = {
    'ankara-1':
      'وصل الرئيس المصري عبد الفتاح السيسي إلى العاصمة التركية أنقرة في أول زيارة له إلى تركيا، حيث استقبله الرئيس رجب طيب أردوغان، بعد أشهر من زيارة أردوغان إلى القاهرة.',
    'ankara-2':
      'وصل الرئيس عبد الفتاح السيسي إلى أنقرة في زيارة رسمية يلتقي خلالها نظيره رجب طيب أردوغان، وذلك بعد زيارة الرئيس التركي إلى القاهرة في فبراير.',
    'cairo-1':
      'وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة في أول زيارة له إلى مصر، حيث استقبله الرئيس عبد الفتاح السيسي، على أن يزور السيسي أنقرة في وقت لاحق.',
    'cairo-2':
      'وصل الرئيس رجب طيب أردوغان إلى القاهرة في زيارة رسمية يلتقي خلالها نظيره عبد الفتاح السيسي، ومن المنتظر أن يرد الرئيس المصري الزيارة إلى أنقرة.',
  }

  it('keeps a visit and the return visit apart by where each first sentence says the visitor went', () => {
    expectTwoEvents(returnVisits, ['ankara', 'cairo'])
  })

  // A final's two legs between the same clubs, undated and with no weekday named: the results tell them apart.
  const legs = {
    'first-1':
      'فاز النادي الأهلي على ضيفه الوداد البيضاوي بهدفين مقابل هدف في ذهاب نهائي دوري أبطال أفريقيا على استاد القاهرة، ليتأجل الحسم إلى مباراة الإياب.',
    'first-2':
      'تغلب الأهلي على الوداد 2-1 في ذهاب نهائي دوري أبطال أفريقيا، وسجل هدفي الفريق المصري مهاجمه في الشوط الثاني، قبل أن يقلص الوداد الفارق.',
    'second-1':
      'تعادل النادي الأهلي مع مضيفه الوداد البيضاوي 1-1 في إياب نهائي دوري أبطال أفريقيا على ملعب الدار البيضاء، ليتوج الأهلي باللقب.',
    'second-2':
      'توج الأهلي بلقب دوري أبطال أفريقيا بعد تعادله مع الوداد بنتيجة 1-1 في إياب النهائي، مستفيداً من فوزه في مباراة الذهاب.',
  }

  it("keeps a final's two legs between the same clubs apart by the results their leads state", () => {
    expectTwoEvents(legs, ['first', 'second'])
  })

  // One central bank's decisions of two quarters, undated: the same board, city, rate and words; the month each lead
  // names tells them apart (round 31).
  const decisions = {
    'march-1':
      'قرر مجلس البنك المركزي في اجتماعه الفصلي المنعقد يوم الثلاثاء 18 مارس بالعاصمة خفض سعر الفائدة الرئيسي بمقدار ربع نقطة إلى 2.25 في المئة لدعم النشاط الاقتصادي.',
    'march-2':
      'أعلن البنك المركزي في مارس تخفيض سعر فائدته الرئيسي إلى 2.25 في المئة، موضحا أن تباطؤ التضخم يسمح بتيسير شروط الاقتراض أمام الأسر والمقاولات.',
    'september-1':
      'أبقى مجلس البنك المركزي خلال اجتماعه الفصلي الذي عقده يوم الثلاثاء 23 سبتمبر بالعاصمة على سعر الفائدة الرئيسي دون تغيير عند 2.25 في المئة.',
    'september-2':
      'قرر البنك المركزي في سبتمبر تثبيت سعر الفائدة الرئيسي عند 2.25 في المئة، معتبرا أن مستوى التضخم الحالي لا يستدعي تعديل السياسة النقدية.',
  }

  it("keeps one bank's decisions of two quarters apart by the month their leads name", () => {
    expectTwoEvents(decisions, ['march', 'september'])
  })

  // Two friendlies of the same national sides three days apart, undated and with no weekday named: the second a draw
  // without goals told in words, which is a result too (round 31).
  const friendlies = {
    'first-1':
      'فاز المنتخب الأولمبي على نظيره الضيف بثلاثة أهداف مقابل هدفين في المباراة الودية الأولى بين الفريقين على الملعب الدولي، ضمن استعدادهما للبطولة العربية.',
    'first-2':
      'تغلب المنتخب الأولمبي على ضيفه 3-2 في أولى مباراتيهما الوديتين على الملعب الدولي، في إطار استعداد الفريقين للبطولة العربية.',
    'second-1':
      'تعادل المنتخب الأولمبي مع نظيره الضيف بدون أهداف في المباراة الودية الثانية بين الفريقين على الملعب الدولي، ضمن استعدادهما للبطولة العربية.',
    'second-2':
      'انتهت المباراة الودية الثانية بين المنتخب الأولمبي وضيفه بالتعادل السلبي على الملعب الدولي، في ختام استعداد الفريقين للبطولة العربية.',
  }

  it('keeps two friendlies of the same sides apart when one is a goalless draw told in words', () => {
    expectTwoEvents(friendlies, ['first', 'second'])
  })

  // Two derbies of the same city's clubs years apart, undated and with no weekday named: one won by a goal, the other
  // a draw with a goal each told in words (round 32).
  const derbies = {
    'win-1':
      'فاز النادي الأخضر على جاره النادي الأحمر بهدف للاشيء في ديربي المدينة الذي جمع بينهما على الملعب الكبير، برسم منافسات البطولة الوطنية لكرة القدم.',
    'win-2':
      'تغلب النادي الأخضر على غريمه النادي الأحمر بهدف نظيف في ديربي المدينة على الملعب الكبير، ضمن منافسات البطولة الوطنية لكرة القدم.',
    'draw-1':
      'انتهى ديربي المدينة بين النادي الأخضر وجاره النادي الأحمر بالتعادل، بهدف في كل شبكة، على الملعب الكبير برسم منافسات البطولة الوطنية لكرة القدم.',
    'draw-2':
      'انتهى ديربي المدينة بين النادي الأخضر وغريمه النادي الأحمر بالتعادل بهدف لمثله على الملعب الكبير، ضمن منافسات البطولة الوطنية لكرة القدم.',
  }

  it('keeps two derbies of the same clubs apart when one is a draw with goals told in words', () => {
    expectTwoEvents(derbies, ['win', 'draw'])
  })

  // A round-of-sixteen tie announced once the draw is known, and the match played days later, undated: the preview
  // states no result and tells of a match to come (round 32).
  const tie = {
    'preview-1':
      'يلتقي المنتخب الوطني نظيره الضيف يوم الأحد المقبل على الملعب الكبير بالعاصمة، في ثمن نهائي كأس القارة، بعد تصدره مجموعته في الدور الأول.',
    'preview-2':
      'سيواجه المنتخب الوطني ضيفه في مباراة مرتقبة على الملعب الكبير بالعاصمة لحساب ثمن نهائي كأس القارة، بعدما أنهى الدور الأول في صدارة مجموعته.',
    'match-1':
      'فاز المنتخب الوطني على ضيفه بهدف نظيف في ثمن نهائي كأس القارة على الملعب الكبير بالعاصمة، ليتأهل إلى ربع النهائي بعد تصدره مجموعته في الدور الأول.',
    'match-2':
      'تغلب المنتخب الوطني على نظيره الضيف 1-0 على الملعب الكبير بالعاصمة في ثمن نهائي كأس القارة، وبلغ ربع النهائي بعد صدارة مجموعته في الدور الأول.',
  }

  it('keeps the announcement of a match apart from the match', () => {
    expectTwoEvents(tie, ['preview', 'match'])
  })
})
