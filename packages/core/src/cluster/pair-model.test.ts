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
  // Three pairs of matches between the same invented clubs, undated and with no weekday named, one of each told as a
  // draw in words (round 37): a goalless draw, a goalless first leg, a draw with one goal each. Each report of the
  // draw states no score in digits, so only the draw read as 0-0 or 1-1 tells the two matches apart.
  const goalless = {
    'win-1':
      'فاز نادي الواحة على ضيفه نادي السهل بهدفين دون رد في المباراة التي جمعتهما على ملعب المدينة ضمن الدوري المحلي، ليرتقي إلى صدارة الترتيب.',
    'win-2':
      'تغلب فريق الواحة على نادي السهل 2-0 على ملعب المدينة في الدوري المحلي، ليتصدر الترتيب بفارق نقطتين عن أقرب ملاحقيه.',
    'draw-1':
      'تعادل نادي الواحة مع مضيفه نادي السهل سلبياً، وانتهت المباراة بالتعادل السلبي على ملعب السهل في إياب الدوري المحلي، ليفقد الواحة الصدارة.',
    'draw-2':
      'انتهت مواجهة نادي الواحة ونادي السهل بالتعادل السلبي في إياب الدوري المحلي على ملعب السهل، ليتراجع الواحة عن صدارة الترتيب.',
  }

  it('keeps a win and a goalless draw of the same clubs apart when the draw is told in words', () => {
    expectTwoEvents(goalless, ['win', 'draw'])
  })

  const cupLegs = {
    'first-1':
      'تعادل فريق الجبل مع ضيفه فريق الساحل بدون أهداف في ذهاب نهائي الكأس الذي أقيم على ملعب الجبل، ليتأجل الحسم إلى لقاء العودة.',
    'first-2':
      'انتهى ذهاب نهائي الكأس بين فريق الجبل وفريق الساحل بالتعادل بدون أهداف على ملعب الجبل، ليبقى اللقب معلقاً حتى لقاء العودة.',
    'second-1':
      'توج فريق الساحل بلقب الكأس بعد فوزه على فريق الجبل 3-1 في إياب النهائي على ملعب الساحل، أمام جماهيره.',
    'second-2':
      'فاز فريق الساحل على ضيفه فريق الجبل بثلاثة أهداف مقابل هدف في إياب نهائي الكأس، ليحرز اللقب أمام جماهيره على ملعب الساحل.',
  }

  it("keeps a cup final's goalless first leg and its second leg apart", () => {
    expectTwoEvents(cupLegs, ['first', 'second'])
  })

  const derbies = {
    'even-1':
      'انتهى ديربي العاصمة بين نادي النخيل ونادي الزيتون بالتعادل بهدف في كل شبكة، في المباراة التي احتضنها الملعب البلدي ضمن منافسات الدوري.',
    'even-2':
      'تعادل نادي النخيل مع غريمه نادي الزيتون بهدف لمثله في ديربي العاصمة على الملعب البلدي، ضمن منافسات الدوري.',
    'won-1':
      'فاز نادي الزيتون على غريمه نادي النخيل بهدف دون رد في ديربي العاصمة على الملعب البلدي، ضمن منافسات الدوري.',
    'won-2':
      'حسم نادي الزيتون ديربي العاصمة أمام نادي النخيل بفوزه 1-0 على الملعب البلدي، ضمن منافسات الدوري.',
  }

  it('keeps a derby drawn one goal each, in words, and another won 1-0 apart', () => {
    expectTwoEvents(derbies, ['even', 'won'])
  })

  // Three pairs of steps of one process between the same invented actors, undated and with no weekday or month named
  // (round 37): a central bank's cut and its later hold, a president elected by parliament and his inauguration, an
  // election's result and the winner's oath. Each pair shares its actors, its numbers and most words; only the action its leads
  // tell (`eventKinds`) parts them.
  const rates = {
    'cut-1':
      'قرر مجلس بنك الوادي المركزي خلال اجتماعه الفصلي خفض سعر الفائدة الرئيسي بربع نقطة إلى 3.5 في المئة، لدعم النشاط الاقتصادي.',
    'cut-2':
      'خفض بنك الوادي المركزي سعر الفائدة الرئيسي بمقدار 25 نقطة أساس ليبلغ 3.5 في المئة، في قرار اتخذه مجلسه في اجتماعه الفصلي.',
    'hold-1':
      'أبقى مجلس بنك الوادي المركزي خلال اجتماعه الفصلي على سعر الفائدة الرئيسي عند 3.5 في المئة، لدعم النشاط الاقتصادي.',
    'hold-2':
      'قرر بنك الوادي المركزي تثبيت سعر الفائدة الرئيسي في مستوى 3.5 في المئة، في قرار اتخذه مجلسه في اجتماعه الفصلي.',
  }

  it("keeps a central bank's cut and its later hold apart by the action their leads tell", () => {
    expectTwoEvents(rates, ['cut', 'hold'])
  })

  const parliament = {
    'elected-1':
      'انتخب مجلس النواب في جمهورية الساحل رئيسه السابق نبيل الهادي رئيساً للجمهورية بأغلبية 170 صوتاً من أصل 220، في جلسة عقدها في العاصمة.',
    'elected-2':
      'اختار نواب برلمان جمهورية الساحل نبيل الهادي رئيساً جديداً للبلاد بعد حصوله على 170 صوتاً في جلسة التصويت التي عقدت في العاصمة.',
    'sworn-1':
      'جرى في العاصمة حفل تنصيب نبيل الهادي رئيساً لجمهورية الساحل بحضور أعضاء مجلس النواب، الذي انتخبه بأغلبية 170 صوتاً من أصل 220.',
    'sworn-2':
      'أدى نبيل الهادي اليمين القانونية رئيساً لجمهورية الساحل أمام مجلس النواب في العاصمة، بعد انتخابه بـ170 صوتاً.',
  }

  it('keeps a president elected by parliament and his inauguration apart by the step their leads tell', () => {
    expectTwoEvents(parliament, ['elected', 'sworn'])
  })

  const office = {
    'result-1':
      'أعلنت الهيئة العليا للانتخابات في جمهورية الواحة فوز المرشح كمال الصافي بالانتخابات الرئاسية بنسبة 61 في المئة من الأصوات، على أن يؤدي اليمين الدستورية لاحقاً.',
    'result-2':
      'فاز كمال الصافي برئاسة جمهورية الواحة بعد حصوله على 61 في المئة من الأصوات، بحسب النتائج التي أعلنتها الهيئة العليا للانتخابات.',
    'oath-1':
      'أدى كمال الصافي اليمين الدستورية رئيساً لجمهورية الواحة أمام البرلمان، بعد فوزه في الانتخابات الرئاسية بنسبة 61 في المئة من الأصوات.',
    'oath-2':
      'يؤدي الرئيس المنتخب كمال الصافي اليوم اليمين رئيساً لجمهورية الواحة، في جلسة للبرلمان تلي فوزه بالانتخابات الرئاسية بـ61 في المئة من الأصوات.',
  }

  it("keeps an election's result and the winner's oath apart by the step their leads tell", () => {
    expectTwoEvents(office, ['result', 'oath'])
  })
})
