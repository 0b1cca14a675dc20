import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const quotes = (text: string) =>
  extract(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }))
const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker?.name ?? null)

describe('unnamed speakers', () => {
  it('gives no speaker for a partitive pronoun', () => {
    expect(speakers('وتجمع الأهالي أمام المحكمة، وقالت إحداهن إن ابنها "لم يرتكب أي ذنب".')).toEqual([null])
  })

  it('gives no speaker for information, which says nothing of who spoke', () => {
    expect(speakers('وتفيد المعلومات بأن الوزير سيزور العاصمة الأسبوع المقبل.')).toEqual([null])
    expect(speakers('وأشارت المعلومات الأولية إلى أن الحريق اندلع في المخزن.')).toEqual([null])
    expect(speakers('وأشارت المصادر إلى أن الحريق اندلع في المخزن.')).toEqual(['المصادر'])
  })

  it('gives a bare noun of people as the description the text gives', () => {
    expect(speakers('وأكد خبراء أن الأسعار سترتفع خلال الأشهر المقبلة بنسبة كبيرة.')).toEqual(['خبراء'])
    expect(speakers('ونقلت الإذاعة عن شهود أن النيران امتدت إلى ثلاثة محال في السوق.')).toEqual(['شهود'])
  })

  it('takes an adjective the lists lack and a place the lists lack into a source’s description', () => {
    expect(speakers('ونقلت الصحيفة عن مصدر مطلع قوله إن الحكومة ستعقد اجتماعاً طارئاً غداً.')).toEqual([
      'مصدر مطلع',
    ])
    expect(speakers('وقال مصدر في الإليزيه إن باريس تتابع الأزمة عن كثب منذ أيام.')).toEqual([
      'مصدر في الإليزيه',
    ])
  })

  it('gives a definite noun of sources that refers to none before as the text writes it', () => {
    expect(speakers('وأشارت المصادر إلى أن قوات الأمن أغلقت الطريق الرئيسي في المدينة.')).toEqual(['المصادر'])
    const text =
      'وقالت مصادر محلية إن السيول جرفت سيارتين في الوادي. وبحسب المصادر، فإن عدد المصابين ارتفع إلى عشرين شخصاً.'
    expect(speakers(text)).toEqual(['مصادر محلية', 'مصادر محلية'])
  })

  it('keeps a source described by an adjective or a body it speaks from', () => {
    expect(speakers('وقال مصدر دبلوماسي إن المحادثات ستستأنف الأسبوع المقبل في مسقط.')).toEqual([
      'مصدر دبلوماسي',
    ])
    expect(speakers('وقال مصدر في وزارة الداخلية إن التحقيقات ما زالت جارية في الحادث.')).not.toEqual([null])
  })

  it('reads the definite noun of a described source as that source', () => {
    const text =
      'وقال مصدر دبلوماسي إن المحادثات ستستأنف الأسبوع المقبل. وأضاف المصدر أن الوفدين "اتفقا على جدول الأعمال".'
    expect(speakers(text)).toEqual(['مصدر دبلوماسي', 'مصدر دبلوماسي'])
  })
})

describe('objects of verbs of describing and accusing', () => {
  it('never takes the object before بأن as who speaks', () => {
    const text = 'وكان الوزير قد اتهم المعارضة بأنها تعرقل عمل الحكومة منذ أشهر.'
    expect(quotes(text)).toEqual([
      { kind: 'indirect', text: 'تعرقل عمل الحكومة منذ أشهر', speaker: 'الوزير' },
    ])
    const described = 'وقالت النائبة سعاد الربيعي إن الميزانية تأخرت. ووصفت القرار بأنه "خطوة متأخرة جداً".'
    expect(speakers(described)).toEqual(['سعاد الربيعي', 'سعاد الربيعي'])
  })

  it('reads the subject after a verb with an object pronoun', () => {
    const text = 'وأفهمهما القاضي سامر الخطيب أن آخر موعد للاعتراض ثلاثون يوماً من تاريخ الحكم.'
    expect(speakers(text)).toEqual(['سامر الخطيب'])
  })

  it('reads the subject after a present verb with an object pronoun, as after a past one', () => {
    const question = 'وفي المقابلة قال المذيع سالم الكعبي: "هل انتهى الحلم يا كابتن؟"'
    const answers = [
      [`${question} فيجيبه المدرب رامي الحداد "لم ينته بعد".`, 'رامي الحداد'],
      [`${question} فتجيبه اللاعبة هدى السالم "لم ينته بعد".`, 'هدى السالم'],
    ] as const
    for (const [text, speaker] of answers)
      expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
        ['هل انتهى الحلم يا كابتن؟', 'سالم الكعبي'],
        ['لم ينته بعد', speaker],
      ])
  })
})

describe('indirect clauses that hold a quote', () => {
  it('cuts a clause with a verb of its own where a quote starts', () => {
    const text = 'وقال النائب إن التشكيل لم يكن ملبياً للطموح «ولم تكن القراءات السياسية متوافقة مع الواقع».'
    expect(quotes(text).map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'التشكيل لم يكن ملبياً للطموح'],
      ['direct', 'ولم تكن القراءات السياسية متوافقة مع الواقع'],
    ])
  })

  it('leaves the quote alone when only a subject frames it', () => {
    const text =
      'وأضاف الوزير أن الشركة، وهي من أكبر المصدرين في المنطقة، «ليست قلقة على الإطلاق» من الأسعار.'
    expect(quotes(text).map((q) => q.kind)).toEqual(['direct'])
  })
})

describe('speakers carried on', () => {
  it('gives a quote with no report the speaker of reported speech just before it', () => {
    const text =
      'وكان المدرب خالد الناصر قال في المؤتمر الصحفي إن الفريق جاهز للمباراة. وأضح أن "الضغط كله على المنافس وليس علينا".'
    expect(speakers(text)).toEqual(['خالد الناصر', 'خالد الناصر'])
  })

  it('reads the subject of a verb that follows a number at the start of its line', () => {
    const text =
      '2025-03-10 افتتحت الوزيرة سلمى الخوري مكتبة البلدة، حيث شدّدت على أنّ "القراءة تبني المجتمع وتحمي الأجيال".'
    expect(speakers(text)).toEqual(['سلمى الخوري'])
  })

  it('never takes an adjective of comparison after a verb as a subject', () => {
    const text =
      'وقال المدير التنفيذي سامي العتيبي إن الدورة تعد الأكبر في تاريخ المعرض، مؤكداً أن الإقبال يعكس مكانة الشركة.'
    expect(speakers(text)).toEqual(['سامي العتيبي', 'سامي العتيبي'])
  })

  it('reads البيانات as the body whose data were named before', () => {
    const text =
      'وأظهرت بيانات وزارة المالية تراجع الدين العام خلال الربع الثاني. وأوضحت البيانات أن نسبة الدين إلى الناتج انخفضت.'
    expect(speakers(text).at(-1)).toBe('وزارة المالية')
  })
})

describe('verbal nouns of saying', () => {
  it('reads a possessed verbal noun before بأن as reported speech of no named speaker', () => {
    const text =
      'وأدانت المحكمة المتهم بإثارة الفتنة وادعائه بأن الأزمة مفتعلة من الخارج، وإنتاجه برنامجاً مسيئاً للدولة.'
    expect(quotes(text)).toEqual([{ kind: 'indirect', text: 'الأزمة مفتعلة من الخارج', speaker: null }])
  })

  it('reads a definite verbal noun after the verb as its object, not part of its subject', () => {
    const text = 'وجدد الوزير التأكيد أن موقف بلاده من الاتفاق لن يتغير مهما كانت الضغوط.'
    expect(speakers(text)).toEqual(['الوزير'])
  })
})

describe('quotes nested in a quote', () => {
  it('credits a nested quote to whom the outer quote names as saying it', () => {
    const text =
      'وقال القاضي سامر الخطيب في نص الحكم: «إن الجريمة ثابتة، وقد قال الله تعالى في محكم كتابه "ولا تفسدوا في الأرض بعد إصلاحها"، وقال رسوله الكريم "الدين النصيحة لكل المسلمين"، ولذلك حكمت المحكمة».'
    expect(speakers(text)).toEqual(['سامر الخطيب', 'الله', 'رسوله الكريم'])
  })

  it('leaves a nested quote no outer words report without a speaker', () => {
    const text = 'وقال الوزير: «سمعنا في الشوارع طوال الليل "الخبز والحرية والكرامة للجميع" من كل مكان».'
    expect(speakers(text)).toEqual(['الوزير', null])
  })
})

describe('the clause a verb reports, some words after its subject', () => {
  it('reaches the clause past a place, a time or a phrase of nouns', () => {
    expect(quotes('وقال الرئيس سالم العامري في القصر الجمهوري صباح الخميس إن البلاد مستعدة للحوار.')).toEqual(
      [{ kind: 'indirect', text: 'البلاد مستعدة للحوار', speaker: 'سالم العامري' }],
    )
    expect(speakers('وكشف مصدر في وزارة النقل في وقت سابق أن أسعار التذاكر سترتفع.')).toHaveLength(1)
  })

  it('stops at a relative clause, whose أن is not the verb’s', () => {
    expect(quotes('وأكد الوزير دعمه للقرار الذي يعني أن الضرائب ستنخفض.')).toEqual([])
  })
})

describe('clauses joined to a report', () => {
  it('gives a clause joined by وأن to a quote the speaker of the quote', () => {
    expect(quotes('وقال الوزير سامي علي إن "الوضع مستقر"، وأن الحكومة تعمل على تحسين الخدمات.')).toEqual([
      { kind: 'direct', text: 'الوضع مستقر', speaker: 'سامي علي' },
      { kind: 'indirect', text: 'الحكومة تعمل على تحسين الخدمات', speaker: 'سامي علي' },
    ])
  })

  it('keeps a clause joined by وأن to a clause in that clause', () => {
    expect(quotes('وقال الوزير سامي علي إن الوضع مستقر، وأن الحكومة تعمل على تحسين الخدمات.')).toEqual([
      { kind: 'indirect', text: 'الوضع مستقر، وأن الحكومة تعمل على تحسين الخدمات', speaker: 'سامي علي' },
    ])
  })

  it('never reads the name after وأن as the subject of a later participle', () => {
    const text =
      'وقال الوزير إن "الأمن مستتب"، وأن رئيس الحكومة سالم منير يثق بالجيش، معتبرا أن العمل يسير جيداً.'
    expect(speakers(text)).toEqual(['الوزير', 'الوزير', 'الوزير'])
  })

  it('does not join a concessive وإن كان', () => {
    expect(quotes('وقال الوزير إن الوضع مستقر، وإن كان الطقس سيئاً اليوم.')).toHaveLength(1)
  })

  it('reaches the clause past a day set between commas', () => {
    expect(
      quotes('ونقلت صحيفة الصباح عن رئيس البنك سامي علي قوله في مؤتمر صحفي، الثلاثاء إن التفاوض مستمر.'),
    ).toEqual([{ kind: 'indirect', text: 'التفاوض مستمر', speaker: 'سامي علي' }])
  })
})

describe('clauses far from their verb', () => {
  it('reads the clause past a long remark after a named subject', () => {
    const afterComma =
      'وأشار الوزير خالد العمري خلال مشاركته في منتدى الاستثمار السنوي في الرياض، إلى أن الاقتصاد ينمو بسرعة.'
    expect(quotes(afterComma)).toEqual([
      { kind: 'indirect', text: 'الاقتصاد ينمو بسرعة', speaker: 'خالد العمري' },
    ])
    const pastRelative =
      'وأكد مدرب المنتخب سامي الحربي خلال المؤتمر الصحفي الذي عقد اليوم في الدوحة أن المباراة ستكون صعبة.'
    expect(quotes(pastRelative)).toEqual([
      { kind: 'indirect', text: 'المباراة ستكون صعبة', speaker: 'سامي الحربي' },
    ])
    const colon =
      'وأضاف الوزير خالد العمري، في كلمة له أمام المؤتمر أمس، ألقاها نيابة عنه السفير سعيد الكندي: إن الثروة ملك للجميع.'
    expect(quotes(colon)).toEqual([{ kind: 'indirect', text: 'الثروة ملك للجميع', speaker: 'خالد العمري' }])
  })

  it('leaves the أن of a relative clause, of a verb, of a conjunction or of a condition to its own clause', () => {
    expect(quotes('وأكد الوزير خالد العمري دعم بلاده للقرار الذي يعني أن الحرب انتهت.')).toEqual([])
    expect(quotes('وأكد الوزير خالد العمري ضرورة العمل المشترك من أجل أن يتحقق السلام.')).toEqual([])
    expect(quotes('وأكد الوزير خالد العمري ضرورة العمل المشترك، بدا واضحاً أنه متعب.')).toEqual([])
    expect(quotes('ودعت الوزارة المواطنين إلى إحضار بطاقة التطعيم (إن وجدت) لضمان تسجيل الجرعات.')).toEqual(
      [],
    )
  })

  it('leaves the أن of إذ، حيث، بيد and of a conjunction after و to the narrator', () => {
    expect(quotes('وتساءل كثيرون عن سبب الأمطار في هذا الوقت، إذ أن الصيف معروف بالحر.')).toEqual([])
    expect(quotes('ونفى المحافظ سامي الحربي وجود أزمة بيد أنه حذر من ارتفاع الأسعار.')).toEqual([])
    expect(quotes('وقدر النواب عدد الأصوات، وبما أن المرشح نال أربعين صوتاً فالنتيجة محسومة.')).toEqual([])
    expect(quotes('وأوضح الوزير خالد العمري أن الخطة جاهزة.')).toEqual([
      { kind: 'indirect', text: 'الخطة جاهزة', speaker: 'خالد العمري' },
    ])
  })
})

describe('where a reported clause ends', () => {
  it('ends the clause at وذلك after a comma, where the article tells where it was said', () => {
    const text =
      'وأوضح المدرب سامي الحربي أن المباراة الأولى هي الأصعب، وذلك خلال الندوة الصحافية التي عقدت أمس.'
    expect(quotes(text)).toEqual([
      { kind: 'indirect', text: 'المباراة الأولى هي الأصعب', speaker: 'سامي الحربي' },
    ])
  })
})

describe('a report passed on by another', () => {
  it('gives the words to the inner speaker, not to the outlet that passed them on', () => {
    for (const text of [
      'وأفادت الوكالة بأن الوزير سامي عطار قال إن الاحتياطات تكفي حتى 2040.',
      'وذكرت الوكالة أن الوزير سامي عطار قال إن الاحتياطات تكفي حتى 2040.',
    ]) {
      expect(quotes(text)).toEqual([
        { kind: 'indirect', text: 'الاحتياطات تكفي حتى 2040', speaker: 'سامي عطار' },
      ])
    }
  })

  it('leaves the clause to the verb’s subject when an attribution to an outlet stands between them', () => {
    for (const text of [
      'وقال وزير النقل سامي عطار، بحسب تلفزيون السودان، السبت، إن الطريق سيفتح قريباً.',
      'وقال وزير النقل سامي عطار، وفقاً لصحيفة الحياة، إن الطريق سيفتح قريباً.',
    ]) {
      expect(speakers(text)).toEqual(['سامي عطار'])
    }
    expect(speakers('وبحسب تلفزيون السودان، فإن الطريق سيفتح قريباً.')).toEqual(['تلفزيون السودان'])
  })

  it('reads تابع as a verb of saying only without an object pronoun: تابعتها is who followed the words', () => {
    const relayed =
      'وقال الوزير سامي عطار، في مقابلة أجرتها معه قناة محلية، وتابعتها وكالة نون الخبرية، إن "الطريق سيفتح قريباً".'
    expect(speakers(relayed)).toEqual(['سامي عطار'])
    expect(speakers('وتابع الوزير سامي عطار أن العمل سيبدأ غداً.')).toEqual(['سامي عطار'])
  })
})

describe('verbal nouns that look like verbs', () => {
  it('reads a verb form right after a preposition as its verbal noun, which reports nothing', () => {
    const text =
      'وأضاف الوزير سامي الحربي أن الوزارة ستواصل عملها في كشف ومحاربة أجندات الخارج حتى تحقيق "النصر الكبير على الميليشيات".'
    expect(extract(text).quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ['indirect', 'سامي الحربي'],
      ['direct', 'سامي الحربي'],
    ])
  })
})

describe('subjects named before their verb', () => {
  it('reads a title and a short name before the verb as its subject', () => {
    const text =
      'وأعلن وزير الصحة سامي خليفة أن الإصابات ارتفعت.\nالوزير خليفة أشار إلى أن بقاءه في الوزارة موضوع سياسي.'
    expect(speakers(text)).toEqual(['سامي خليفة', 'سامي خليفة'])
  })

  it('takes the subject of a verb after حيث as whom a later pronoun verb refers to', () => {
    const text =
      'وقال المدير الجهوي للتربية إن المترشحين كثر في المراكز حيث زار والي الولاية، السيد سامي ولد أحمد، عدة مراكز وأكد أن الامتحانات تسير في ظروف جيدة.'
    expect(speakers(text)).toEqual(['المدير الجهوي للتربية', 'سامي ولد أحمد'])
  })
})

describe('clauses after a remark and a comma', () => {
  it('reads a participle’s clause after its remark, a comma and إلى أن', () => {
    const text = 'وأكد الوزير أن المغرب بلد آمن، مشيراً في هذا الباب، إلى أن الأمن سجل آلاف القضايا.'
    expect(quotes(text).map((q) => q.text)).toEqual(['المغرب بلد آمن', 'الأمن سجل آلاف القضايا'])
  })

  it('reads what a cited source says after a comma and أن', () => {
    expect(quotes('وحسب شهود عيان، أن الاشتباكات اندلعت بالأسلحة الثقيلة في المدينة.')).toEqual([
      { kind: 'indirect', text: 'الاشتباكات اندلعت بالأسلحة الثقيلة في المدينة', speaker: 'شهود عيان' },
    ])
  })

  it('passes an outlet’s adjectives before عن of a report it transmits', () => {
    const text =
      'ونقلت صحيفة الأخبار المغربية المحلية عن الوزير سامي الحربي قوله في مؤتمر صحفي، الثلاثاء إن التفاوض أصبح ممكناً.'
    expect(speakers(text)).toEqual(['سامي الحربي'])
  })

  it('passes the noun and the adjectives of an indefinite outlet phrase before عن', () => {
    const loyal = 'ونقلت وسائل إعلام موالية عن مصدر في الجيش أن "القوات ستنسحب من المدينة خلال يومين".'
    expect(speakers(loyal)).toEqual(['مصدر في الجيش'])
    const local = 'ونقلت وسائل إعلام محلية رسمية عن شهود أن النيران امتدت إلى ثلاثة محال في السوق.'
    expect(speakers(local)).toEqual(['شهود'])
  })

  it('passes the adjective after an outlet in quote marks, and commas around عن and its source', () => {
    const text =
      'وطالب الوزير سامي الحربي التجار بخفض الأسعار. ونقلت صحيفة "الفجر" الحكومية، عن الحربي، قوله إن: "الدور وطني".'
    expect(speakers(text)).toEqual(['سامي الحربي'])
  })

  it('gives an attribution through نقل the source after عن, not the outlet that passes it on', () => {
    const after = 'وتصبح الشركة أول مشتر للغاز، وفق ما نقله البيان عن الرئيس التنفيذي للشركة الألمانية.'
    expect(speakers(after)).toEqual(['الرئيس التنفيذي للشركة الألمانية'])
    const before = 'وبحسب ما نقلته صحيفة "الأيام" عن مصدر أمني، فإن المشتبه به اعتقل فجراً.'
    expect(quotes(before)).toEqual([
      { kind: 'indirect', text: 'المشتبه به اعتقل فجراً', speaker: 'مصدر أمني' },
    ])
    // With no عن after the outlet, the outlet is the source.
    expect(speakers('وارتفعت الحصيلة إلى عشرين قتيلاً، بحسب ما نقلته رويترز.')).toEqual(['رويترز'])
  })
})

describe('a complementiser that ends its line', () => {
  it('opens the clause on the next line', () => {
    const text =
      'وأكد مدرب المنتخب سامي الحربي خلال المؤتمر الصحفي الذي عقد اليوم في الدوحة أن\nالمواجهة ستكون صعبة للغاية.'
    expect(quotes(text)).toEqual([
      { kind: 'indirect', text: 'المواجهة ستكون صعبة للغاية', speaker: 'سامي الحربي' },
    ])
  })
})

describe('a verb of saying written with a rarer hamza alef', () => {
  it('reads ٲكد as أكد, so the clause after it is reported speech with its speaker', () => {
    const written = 'وٲكد وزير المالية كريم الهادي أن العجز سينخفض العام المقبل بفضل الإصلاحات.'
    const usual = 'وأكد وزير المالية كريم الهادي أن العجز سينخفض العام المقبل بفضل الإصلاحات.'
    expect(quotes(written)).toEqual(quotes(usual))
    expect(speakers(written)).toEqual(['كريم الهادي'])
  })
})
