import { describe, expect, it } from 'vitest'
import { extractArticle } from '../extract/index.ts'
import type { Article } from '../model/article.ts'
import { TermTable } from '../similarity/term-table.ts'
import { parseArticle } from '../structure/parse-article.ts'
import { clusterStories } from './index.ts'
import { articleSignals, spellingOf } from './signals.ts'

const article = (id: string, text: string): Article => {
  const parsed = parseArticle({ id, text })
  return 'entities' in parsed ? parsed : Object.assign({}, parsed, extractArticle(parsed))
}

// Two matches of one team in one tournament, four days apart, told without dates: the same team, coach, stadium
// words and stakes; only the opponent, a state named in the first sentence, tells them apart.
const spain1 = article(
  'spain-1',
  'فاز المنتخب المغربي على منتخب إسبانيا بركلات الترجيح في دور الستة عشر من كأس العالم، بعد تعادل الفريقين سلبيا في الوقتين الأصلي والإضافي. وتألق الحارس في صد الركلات، ليبلغ أسود الأطلس الدور المقبل لأول مرة في تاريخهم.',
)
const spain2 = article(
  'spain-2',
  'تأهل منتخب المغرب إلى الدور المقبل من كأس العالم بعد فوزه على إسبانيا بركلات الترجيح إثر تعادل سلبي. وصد الحارس ركلتين، وقال المدرب إن لاعبيه كتبوا التاريخ لأول مرة.',
)
const portugal1 = article(
  'portugal-1',
  'فاز المنتخب المغربي على منتخب البرتغال بهدف نظيف في الدور المقبل من كأس العالم، ليكتب أسود الأطلس التاريخ لأول مرة. وقال المدرب إن لاعبيه قدموا مباراة كبيرة، وتألق الحارس في صد الكرات.',
)
const portugal2 = article(
  'portugal-2',
  'أقصى المغرب البرتغال من كأس العالم بهدف نظيف، وتأهل لأول مرة في تاريخه، بعد مباراة تألق فيها الحارس. وأشاد المدرب بلاعبيه الذين كتبوا التاريخ.',
)

// One count told twice an hour apart: the share the leader holds rounds alike, the share of the ballots counted does not.
const early1 = article(
  'early-1',
  'تصدر رئيس الوزراء الانتخابات البرلمانية بحصوله على 58.2% من الأصوات بعد فرز 31% من صناديق الاقتراع، بحسب التلفزيون الرسمي. وقالت اللجنة إن النتائج الأولية ستعلن صباح الغد.',
)
const early2 = article(
  'early-2',
  'أظهرت النتائج أن رئيس الوزراء يتقدم في الانتخابات البرلمانية بنسبة 58% من الأصوات، بعد فرز 45% من الصناديق، وفق التلفزيون الرسمي. وأضافت اللجنة أنها ستعلن النتائج الأولية صباح الغد.',
)

describe('states as participants', () => {
  it('reads a state named by its nisba as the state', () => {
    const table = new TermTable()
    const signals = articleSignals(spain1, table)
    const named = [...signals.participants].map((term) => table.name(term))
    expect(named).toContain('@location:المغرب')
    expect(named).toContain('@location:اسبانيا')
  })

  it('keeps apart two matches of one team against different states, without dates', () => {
    const storyOf = new Map<string, string>()
    for (const story of clusterStories([spain1, portugal1, spain2, portugal2]))
      for (const id of story.articleIds) storyOf.set(id, story.id)
    expect(storyOf.get('spain-1')).toBe(storyOf.get('spain-2'))
    expect(storyOf.get('portugal-1')).toBe(storyOf.get('portugal-2'))
    expect(storyOf.get('spain-1')).not.toBe(storyOf.get('portugal-1'))
  })
})

// One election's first round and its runoff two weeks later, without dates: the same candidates, commission and
// words; the shares the first sentence states tell the results apart, and outlets' rounding (49.51, 49.5) does not.
const first1 = article(
  'first-1',
  'أعلنت الهيئة العليا للانتخابات أن الرئيس حصل على 49.51% من الأصوات في الانتخابات الرئاسية، مقابل 44.88% لمنافسه، فيما لم يتجاوز أي مرشح عتبة النصف. وقال رئيس الهيئة إن النتائج نهائية.',
)
const first2 = article(
  'first-2',
  'حصل الرئيس على 49,5 في المئة من الأصوات في الانتخابات الرئاسية مقابل 44,9 في المئة لمنافسه، بحسب الهيئة العليا للانتخابات، ولم يتجاوز أي مرشح عتبة النصف. وأكد رئيس الهيئة أن النتائج نهائية.',
)
const runoff1 = article(
  'runoff-1',
  'أعلنت الهيئة العليا للانتخابات فوز الرئيس في الانتخابات الرئاسية بحصوله على 52.18% من الأصوات، مقابل 47.82% لمنافسه. وقال رئيس الهيئة إن النتائج نهائية.',
)
const runoff2 = article(
  'runoff-2',
  'فاز الرئيس في الانتخابات الرئاسية بعد حصوله على 52.1 بالمئة من الأصوات مقابل 47.9 بالمئة لمنافسه، وفق الهيئة العليا للانتخابات. وأكد رئيس الهيئة أن النتائج نهائية.',
)

describe('percentages as participants', () => {
  it('keeps apart two results of one election by the shares their first sentences state, without dates', () => {
    const storyOf = new Map<string, string>()
    for (const story of clusterStories([first1, runoff1, first2, runoff2]))
      for (const id of story.articleIds) storyOf.set(id, story.id)
    expect(storyOf.get('first-1')).toBe(storyOf.get('first-2'))
    expect(storyOf.get('runoff-1')).toBe(storyOf.get('runoff-2'))
    expect(storyOf.get('first-1')).not.toBe(storyOf.get('runoff-1'))
  })

  it('reads a share written with a decimal comma or in words as the same slot', () => {
    const table = new TermTable()
    const slots = (input: Article) =>
      [...articleSignals(input, table).participants]
        .map((term) => table.name(term))
        .filter((name) => name.startsWith('%'))
    expect(slots(first1).sort()).toEqual(['%45', '%50'])
    expect(slots(first2).sort()).toEqual(['%45', '%50'])
  })

  it('reads no share in how much of a count is done', () => {
    const table = new TermTable()
    const slots = (input: Article) =>
      [...articleSignals(input, table).participants]
        .map((term) => table.name(term))
        .filter((name) => name.startsWith('%'))
    expect(slots(early1)).toEqual(['%58'])
    expect(slots(early2)).toEqual(['%58'])
  })

  it('joins two reports of one count an hour apart, each saying how far it had gone, without dates', () => {
    const storyOf = new Map<string, string>()
    for (const story of clusterStories([early1, early2, first1, first2]))
      for (const id of story.articleIds) storyOf.set(id, story.id)
    expect(storyOf.get('early-1')).toBe(storyOf.get('early-2'))
    expect(storyOf.get('early-1')).not.toBe(storyOf.get('first-1'))
  })
})

// One foreign minister's visit, his compound family name written apart by one outlet and joined by the other.
const apart = article(
  'apart',
  'وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى بيروت في زيارة رسمية يلتقي خلالها رئيس الحكومة. وقال عبد اللهيان في المطار إن بلاده تدعم الاستقرار.',
)
const joined = article(
  'joined',
  'حط وزير الخارجية الإيراني حسين أمير عبداللهيان في بيروت في زيارة رسمية يلتقي فيها رئيس الحكومة. وصرح عبداللهيان لدى وصوله بأن بلاده تدعم الاستقرار.',
)

describe('compound family names', () => {
  it('reads a compound written apart and joined as one participant, so that it sets off no person conflict', () => {
    const table = new TermTable()
    const people = (input: Article) =>
      [...articleSignals(input, table).participants].filter((term) => !table.name(term).startsWith('@'))
    const own = people(apart)
    expect(own.length).toBeGreaterThan(0)
    expect(own).toEqual(people(joined))
    const terms = new Set(articleSignals(joined, table).terms)
    for (const term of own) expect(terms.has(term)).toBe(true)
  })
})

describe("a lead's result of another match", () => {
  const results = (text: string): number[] => [...articleSignals(article('r', text), new TermTable()).results]

  it('leaves out the result of a later lead sentence naming a third state', () => {
    expect(
      results(
        'فاز المنتخب التونسي على نظيره السنغالي في الجولة الثانية من دور المجموعات وضمن تأهله إلى الدور المقبل. وكان المنتخب التونسي فاز في الجولة الأولى على كينيا بثلاثية نظيفة.',
      ),
    ).toEqual([])
    expect(
      results(
        'فاز المنتخب التونسي على نظيره السنغالي بهدفين مقابل هدف في الجولة الثانية من دور المجموعات. وسجل المهاجم هدف الفوز للمنتخب التونسي في الدقائق الأخيرة بعد تعادل الفريقين.',
      ),
    ).toEqual([201])
  })

  it("reads a club match's whole lead, where a state named later is a club's country", () => {
    expect(
      results(
        'توج النادي الأحمر بلقب البطولة القارية بعد تعادله مع ضيفه في إياب النهائي. وانتهت المباراة بين النادي الأحمر والنادي المغربي بالتعادل 1-1 في العاصمة.',
      ),
    ).toEqual([101])
  })
})

describe('a credit or dateline heading the lead', () => {
  const participants = (text: string) => {
    const table = new TermTable()
    return [...articleSignals(article('credit', text), table).participants].map((term) => table.name(term))
  }

  it('reads no participant in the outlet or city that heads the first paragraph', () => {
    const named = participants(
      'متابعات - صوت اليمن - فاز المنتخب المغربي على منتخب إسبانيا بركلات الترجيح في دور الستة عشر من كأس العالم.',
    )
    expect(named).toContain('@location:اسبانيا')
    expect(named).not.toContain('@location:اليمن')
    const dateline = participants(
      'عمان، الأردن (وكالات) -- أعلنت الحكومة المصرية اليوم خفض أسعار الوقود بعد اجتماع مجلس الوزراء في القاهرة.',
    )
    expect(dateline).toContain('@location:مصر')
    expect(dateline).not.toContain('@location:الاردن')
  })

  it('still reads a state the lead names after the credit, and a lead that opens with a score', () => {
    expect(
      participants('القاهرة - وصل الرئيس الأردني إلى القاهرة في زيارة رسمية يلتقي خلالها الرئيس المصري.'),
    ).toContain('@location:الاردن')
    expect(participants('المغرب 2-1 إسبانيا في مباراة ودية أقيمت مساء أمس على ملعب طنجة.')).toContain(
      '@location:المغرب',
    )
  })
})

// Two presidents of one family elected years apart, told without dates: the same parliament, ballot and words; only
// the given names tell the two men apart.
const elder1 = article(
  'elder-1',
  'انتخب مجلس النواب سمير حداد رئيسا للجمهورية في الجلسة الثانية بأغلبية الأصوات، بعد شغور المنصب عامين. وأدى الرئيس اليمين الدستورية أمام النواب.',
)
const elder2 = article(
  'elder-2',
  'أصبح سمير حداد رئيسا للجمهورية بعد أن انتخبه مجلس النواب في الجلسة الثانية بأغلبية الأصوات. وأدى الرئيس الجديد اليمين الدستورية أمام النواب.',
)
const younger1 = article(
  'younger-1',
  'فاز النائب كريم حداد برئاسة الجمهورية في جلسة انتخاب عقدها مجلس النواب ظهر اليوم، بعد دورتين من الاقتراع. وهنأ رئيس الحكومة الرئيس المنتخب، داعيا إلى تشكيل حكومة جديدة.',
)
const younger2 = article(
  'younger-2',
  'حصل النائب كريم حداد على أغلبية أصوات النواب في جلسة انتخاب رئيس الجمهورية، ليصبح رئيسا للبلاد بعد دورتين من الاقتراع. ودعا رئيس الحكومة إلى الإسراع في تشكيل حكومة جديدة.',
)

describe('people of one family', () => {
  it('reads a person of two names as the family name and the given name', () => {
    const table = new TermTable()
    const { namesakes } = articleSignals(elder1, table)
    expect([...namesakes].map((term) => table.name(term))).toEqual(['حداد', 'سمير'])
    const compound = articleSignals(
      article('compound', 'استقبل الرئيس عبد الكريم حداد وفدا من رجال الأعمال في القصر الجمهوري.'),
      table,
    )
    expect([...compound.namesakes].map((term) => table.name(term))).toEqual(['حداد', 'عبدالكريم'])
  })

  it('keeps apart the elections of two men of one family, without dates', () => {
    const storyOf = new Map<string, string>()
    for (const story of clusterStories([elder1, younger1, elder2, younger2]))
      for (const id of story.articleIds) storyOf.set(id, story.id)
    expect(storyOf.get('elder-1')).toBe(storyOf.get('elder-2'))
    expect(storyOf.get('younger-1')).toBe(storyOf.get('younger-2'))
    expect(storyOf.get('elder-1')).not.toBe(storyOf.get('younger-1'))
  })
})

// One decision told by two outlets that spell the president's family name with and without its long vowel, one
// naming besides him someone the other does not.
const spelt1 = article(
  'spelt-1',
  'أعلن الرئيس الأمريكي دونالد ترامب، مساء أمس، رفع الرسوم الجمركية عن واردات الحديد من كندا، بعد اتصال مع رئيس الوزراء مارك كارني. وقال إن القرار يسري من الشهر المقبل.',
)
const spelt2 = article(
  'spelt-2',
  'أعلن الرئيس الأمريكي دونالد ترمب، مساء أمس، رفع الرسوم الجمركية عن واردات الحديد من كندا، في مؤتمر صحفي في البيت الأبيض. وقال إن القرار يسري من الشهر المقبل.',
)

// One coach's announcement told by two outlets, one writing his name's g with غ, the other with ج.
const letter1 = article(
  'letter-1',
  'أعلن المدرب الإسباني بيب غوارديولا، مساء أمس، تمديد عقده مع ناديه عامين إضافيين، بعد اجتماع مع رئيس النادي خلدون المبارك. وقال إن الفريق ما زال قادرا على المنافسة.',
)
const letter2 = article(
  'letter-2',
  'أعلن المدرب الإسباني بيب جوارديولا، مساء أمس، تمديد عقده مع ناديه عامين إضافيين، في مؤتمر صحفي قبل مباراة الفريق المقبلة. وقال إن الفريق ما زال قادرا على المنافسة.',
)

describe('one person spelt two ways', () => {
  it('reads a family name by its letters without the inner long vowels', () => {
    expect(spellingOf('ترامب')).toBe(spellingOf('ترمب'))
    expect(spellingOf('زيلينسكي')).toBe(spellingOf('زيلنسكي'))
    expect(spellingOf('حداد')).not.toBe(spellingOf('حداق'))
  })

  it('reads the letters outlets write a foreign g or zh with as one', () => {
    expect(spellingOf('غوارديولا')).toBe(spellingOf('جوارديولا'))
    expect(spellingOf('غريغوري')).toBe(spellingOf('جريجوري'))
    expect(spellingOf('بريجنيف')).toBe(spellingOf('بريزنيف'))
    expect(spellingOf('جوجل')).toBe(spellingOf('قوقل'))
    expect(spellingOf('سمير')).not.toBe(spellingOf('كريم'))
    expect(spellingOf('حداد')).not.toBe(spellingOf('حداث'))
  })

  it('joins two reports that write one man’s g with two letters', () => {
    expect(clusterStories([letter1, letter2])).toHaveLength(1)
  })

  it('joins two reports that spell one man with and without the vowel, under his given name', () => {
    const stories = clusterStories([spelt1, spelt2])
    expect(stories).toHaveLength(1)
  })
})
