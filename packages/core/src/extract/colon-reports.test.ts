import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const quotes = (text: string) =>
  extract(text).quotes.map((q) => [q.kind, q.speaker?.entity ?? q.speaker?.name ?? null, q.verb ?? null])

describe('attribution layouts', () => {
  it('gives a headline’s quote to the speaker before its colon, with no verb', () => {
    const text =
      'وزير الخارجية الأردني أيمن الصفدي: "لن نقبل بأي تهجير للفلسطينيين"\nوقال الصفدي في مؤتمر صحفي إن الموقف ثابت.'
    expect(quotes(text)[0]).toEqual(['direct', 'person:ايمن-الصفدي', null])
  })

  it('reads a lead with a remark between the name and the colon, then إن', () => {
    const text =
      'المتحدث باسم الخارجية الصينية ماو نينغ، في المؤتمر الصحفي اليومي: إن بكين تدعم الحوار بين الطرفين.'
    const [quote] = extract(text).quotes
    expect(quote?.speaker?.entity).toBe('person:ماو-نينغ')
    expect(quote?.text).toBe('بكين تدعم الحوار بين الطرفين')
  })

  it('takes a body before a colon as a speaker, and a place before a colon as a dateline', () => {
    expect(quotes('منظمة الصحة العالمية: الوضع في المستشفيات كارثي ويتدهور.')).toEqual([
      ['indirect', 'organization:منظمة-الصحة-العالمية', null],
    ])
    expect(quotes('الرياض: افتتح المعرض الدولي للكتاب أبوابه أمس.')).toEqual([])
  })

  it('reads an outlet before a colon opening a paragraph as the lead’s credit, and one in a headline as a speaker', () => {
    const lead =
      'الأفق نيوز: افتتح وزير الثقافة أمس المعرض الدولي للكتاب. وقال الوزير إن المعرض يضم ألف دار نشر.'
    expect(quotes(lead).map(([kind]) => kind)).toEqual(['indirect'])
    // The minister, as the lead titles him (round 34: a bare title speaks as the fuller one before it).
    expect(extract(lead).quotes[0]?.speaker?.name).toBe('وزير الثقافة')
    const body = 'افتتاح معرض الكتاب\n\nالأفق نيوز: افتتح وزير الثقافة أمس المعرض الدولي للكتاب.'
    expect(extract(body).quotes).toEqual([])
    expect(extract('الأفق نيوز: افتتاح المعرض الدولي للكتاب غداً').quotes.length).toBe(1)
  })

  it('takes a name in quote marks after the verb as its subject', () => {
    const text = 'وأوضح «سامي الحداد»، مدير المستشفى، أن الأسرّة لا تكفي المرضى.'
    expect(quotes(text)).toEqual([['indirect', 'person:سامي-الحداد', 'أوضح']])
  })

  it('reads بيّن with its shadda, أبان and صرخ as verbs of speech, and بين (between) as no verb', () => {
    const text =
      'وبيّن وزير الزراعة سامي الحداد أن الموسم جيد. وأبان الوزير أن الأمطار كافية. وصرخ أحد المزارعين: "لقد خسرنا كل شيء هذا العام".'
    expect(quotes(text)).toEqual([
      ['indirect', 'person:سامي-الحداد', 'بيّن'],
      ['indirect', 'person:سامي-الحداد', 'أبان'],
      ['direct', 'أحد المزارعين', 'صرخ'],
    ])
    expect(quotes('وعقد اجتماع بين الطرفين أمس، وإبان الحرب أن الوضع صعب.')).toEqual([])
  })

  it('takes أكد … بأن and a quote before its speaker', () => {
    expect(quotes('وأكد وزير الزراعة سامي الحداد بأن الموسم سيكون جيداً هذا العام.')).toEqual([
      ['indirect', 'person:سامي-الحداد', 'أكد'],
    ])
    expect(quotes('"الوضع لا يحتمل أي تأخير"، قال رئيس البلدية كريم الساعدي للصحفيين.')).toEqual([
      ['direct', 'person:كريم-الساعدي', 'قال'],
    ])
  })
})

describe('speakers in layouts real news uses', () => {
  it('reads بين before أن as the verb بيّن, written without its shadda', () => {
    expect(
      quotes('وقال وزير الزراعة سامي الحداد إن الموسم جيد. وبين أن الأمطار كانت كافية هذا العام.'),
    ).toEqual([
      ['indirect', 'person:سامي-الحداد', 'قال'],
      ['indirect', 'person:سامي-الحداد', 'بيّن'],
    ])
  })

  it('gives a quote to the subject of a verb that took no clause (رد X الأمر إلى "…")', () => {
    expect(quotes('رد وزير الزراعة سامي الحداد تراجع المحصول إلى "موجة جفاف لم نشهدها من قبل".')).toEqual([
      ['direct', 'person:سامي-الحداد', 'رد'],
    ])
  })

  it('takes the subject of كان before a verb without قد', () => {
    expect(quotes('وكان وزير الزراعة سامي الحداد، أكد أمس، أن الموسم جيد هذا العام.')).toEqual([
      ['indirect', 'person:سامي-الحداد', 'أكد'],
    ])
  })

  it('reads a verb of saying after another (وتابع يقول) as the same speaker’s', () => {
    const text = 'وقال وزير الزراعة سامي الحداد إن الموسم جيد. وتابع يقول: "لن نتراجع عن دعم المزارعين أبداً".'
    expect(quotes(text)[1]).toEqual(['direct', 'person:سامي-الحداد', 'قال'])
  })
})

describe('quoted spans that are not speech', () => {
  it('leaves out a quoted name and a list of quoted names after a colon', () => {
    expect(quotes('وكان في استقباله " خالد بن سالم الحداد " سفير البلاد.')).toEqual([])
    expect(quotes('ويضم المهرجان أربع مناطق: «السعادة» و«السوق» و«التقدم».')).toEqual([])
  })

  it('reads a term after ما يسمى بـ as a name, and the clause around it as reported speech', () => {
    const text = 'وزار الوزير المعرض. وقال الوزير إن ما يسمى بـ "الخطة الخضراء" مجرد وهم كبير.'
    expect(extract(text).quotes.map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'ما يسمى بـ "الخطة الخضراء" مجرد وهم كبير'],
    ])
    expect(quotes('ووصف الوزير القرار بـ "خطوة متأخرة جداً".')).toEqual([['direct', 'الوزير', 'وصف']])
  })

  it('takes a quote nested in a quote as a quote of its own, said by whom the outer quote names', () => {
    const text =
      'وقال القاضي «نص الحكم كما يلي، قال الشاعر»العلم نور يهدي الحائرين«، وعليه حكمت المحكمة بالبراءة.'
    expect(quotes(text)).toEqual([
      ['direct', 'القاضي', 'قال'],
      ['direct', 'الشاعر', null],
    ])
  })
})

describe('headlines of a title and a colon', () => {
  it('reads a name, its title in apposition with no comma, then the colon', () => {
    const text =
      'سامي الحداد مدرب نادي الشباب: نطمح إلى التعويض في المباراة المقبلة\nقال مدرب نادي الشباب سامي الحداد إن الفريق جاهز.'
    expect(extract(text).quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['indirect', 'نطمح إلى التعويض في المباراة المقبلة', 'سامي الحداد'],
      ['indirect', 'الفريق جاهز', 'سامي الحداد'],
    ])
  })

  it('gives a headline after a title the person who holds it, past the outlet or place it spoke to or from', () => {
    const outlet =
      'وزير الصحة اللبناني لـ"المنار": الإصابات بالفيروس بلغت مئة\nأعلن وزير الصحة اللبناني سامي الخوري أن العدد ارتفع.'
    expect(quotes(outlet)).toEqual([
      ['indirect', 'person:سامي-الخوري', null],
      ['indirect', 'person:سامي-الخوري', 'أعلن'],
    ])
    const place = 'وزير الداخلية من الرباط: الوضع الأمني مستقر في كل المدن\nوزار الوزير مقر الولاية.'
    expect(extract(place).quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['indirect', 'الوضع الأمني مستقر في كل المدن', 'وزير الداخلية'],
    ])
  })

  it('leaves the outlet in quote marks before the colon out of the title that speaks', () => {
    const alone = 'وزير النقل لـ«الأنباء»: الطرق الجديدة تفتح الشهر المقبل\nوزار الوزير موقع العمل.'
    expect(extract(alone).quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['الطرق الجديدة تفتح الشهر المقبل', 'وزير النقل'],
    ])
    const named =
      'وزير النقل لـ«الأنباء»: الطرق الجديدة تفتح الشهر المقبل\n\nقال وزير النقل سامي العلي إن العمل مستمر.'
    expect(quotes(named)[0]).toEqual(['indirect', 'person:سامي-العلي', null])
  })

  it('runs a title the recognisers cut short on to the colon', () => {
    const text =
      'رئيس وزراء الجزيرة : الطرق الجديدة تفتح الشهر المقبل\n\nقال رئيس الوزراء سامي العلي إن العمل مستمر.'
    expect(extract(text).quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['الطرق الجديدة تفتح الشهر المقبل', 'سامي العلي'],
      ['العمل مستمر', 'سامي العلي'],
    ])
  })

  it('reads no present verb after the title as part of it', () => {
    const text =
      'رئيس النادي يمد يده للسلطات: "اليد الواحدة لا تصفق"\n\nأكد رئيس النادي سامي العلي أن الدعم مطلوب.'
    expect(extract(text).entities.map((e) => e.name)).not.toContain('يمد')
  })

  it('reads a masthead’s title before a name as no quote', () => {
    expect(quotes('رئيس مجلس الإدارة: د. سامي بن ناصر الكعبي\nرئيس التحرير: خالد سعيد الحربي')).toEqual([])
  })
})

describe('a headline that names its speaker by a short form', () => {
  it('gives the words after the colon to the one person or body whose full name ends in the short form', () => {
    const person =
      'حمدان: العمل جار لتأمين المياه للمنطقة\n\nأكد رئيس اللجنة النائب سامي حمدان أن المشروع مهم.'
    expect(extract(person).quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['العمل جار لتأمين المياه للمنطقة', 'سامي حمدان'],
      ['المشروع مهم', 'سامي حمدان'],
    ])
    const body = '«الداخلية»: ضبط عدد من مخالفي الإقامة\n\nأعلنت وزارة الداخلية ضبط عدد من المخالفين.'
    expect(extract(body).quotes[0]?.speaker?.name).toBe('وزارة الداخلية')
  })

  it('reads a body’s listed name that also spells a verb, alone before the colon, as that body', () => {
    const text =
      'فتح: الاحتلال يتحمل مسؤولية التصعيد في الضفة\n\nوقال المتحدث باسم حركة فتح سامي خليل إن التصعيد خطير.'
    expect(extract(text).quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['الاحتلال يتحمل مسؤولية التصعيد في الضفة', 'فتح'],
      ['التصعيد خطير', 'سامي خليل'],
    ])
    // فتح as the verb it spells, with no body of that name in the story, opens no headline's speech.
    expect(
      extract('فتح: باب التسجيل في الجامعة حتى نهاية الشهر\n\nأعلنت الجامعة فتح باب التسجيل.').quotes,
    ).toEqual([])
  })

  it('takes no short form outside the headline, and no place for a speaker', () => {
    const later = 'أعلنت وزارة الداخلية ضبط عدد من المخالفين.\n\n«الداخلية»: ضبط عدد من مخالفي الإقامة'
    expect(extract(later).quotes).toEqual([])
    const dateline = 'عمّان: ضبط عدد من مخالفي الإقامة\n\nأعلنت وزارة الداخلية في عمّان ضبط عدد من المخالفين.'
    expect(extract(dateline).quotes).toEqual([])
  })
})

describe('a headline that names its speaker by a short form', () => {
  it('reads a first name before the colon as the one person the story names so', () => {
    const [headline] = extract(
      'جراهام: العاصمة باقية في مكانها\n\nنفى الناطق الرسمي باسم الحكومة جراهام عبد القادر ما تناقلته وسائل التواصل عن نقل العاصمة.',
    ).quotes
    expect(headline!.text).toBe('العاصمة باقية في مكانها')
    expect(headline!.speaker?.name).toBe('جراهام عبد القادر')
  })

  it('reads a title, then the last name of its holder, before the colon', () => {
    const [headline] = extract(
      'مدرب النسور خليل: مباراتنا مع موريتانيا صعبة\n\nأكد مدرب المنتخب الوطني سامي خليل خلال المؤتمر الصحفي أن المباراة صعبة.',
    ).quotes
    expect(headline!.text).toBe('مباراتنا مع موريتانيا صعبة')
    expect(headline!.speaker?.name).toBe('سامي خليل')
  })

  it('gives no speaker when a first name fits two people of the story', () => {
    const quotes = extract(
      'محمد: لن نتراجع\n\nقال محمد علي إن الحزب لن يتراجع. وقال محمد حسن إن الحكومة ستستقيل.',
    ).quotes
    expect(quotes.map((q) => q.text)).not.toContain('لن نتراجع')
  })
})

describe('a headline with whom the words were for, then a quote', () => {
  it('gives the quote to the name before the phrase in ل, with no colon', () => {
    const [headline] = extract(
      'سامي خليل لوزير الصحة "كرامة المواطنين أكبر من كل المستشفيات"\n\nدعا الدكتور سامي خليل رئيس الوزراء إلى محاسبة المقصرين في القطاع الصحي.',
    ).quotes
    expect(headline!.text).toBe('كرامة المواطنين أكبر من كل المستشفيات')
    expect(headline!.speaker?.name).toBe('سامي خليل')
  })

  it('reads a quoted outlet before a colon at the line’s end as whom they spoke to, not as the words', () => {
    const quotes = extract(
      'محافظ البصرة سامي خليل لـ»الصباح الجديد» :\nالبصرة _ مراسلنا:\nقال محافظ البصرة سامي خليل ان مدينة البصرة تحتاج الى مشاريع.',
    ).quotes
    expect(quotes.map((q) => q.text)).toEqual(['مدينة البصرة تحتاج الى مشاريع'])
  })
})
