import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const quotesOf = (text: string) => extract(text).quotes
const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect')

describe('a reported clause that holds a direct quote', () => {
  it('keeps a quoted term the clause needs inside the clause', () => {
    const [clause] = indirect(
      'وأوضح وزير الداخلية أن "حسابات وهمية" نشرت الوثائق المسربة لإثارة الفتنة بين الأحزاب.',
    )
    expect(clause!.text).toBe('"حسابات وهمية" نشرت الوثائق المسربة لإثارة الفتنة بين الأحزاب')
  })

  it('runs through a quote that says what a complementiser with its pronoun announces', () => {
    const text =
      'وقال الرئيس إن البلاد رغم صغر مساحتها، إلا أنها "غنية بمواردها الطبيعية وبموقعها على البحر".'
    const [clause] = indirect(text)
    expect(clause!.text).toBe('البلاد رغم صغر مساحتها، إلا أنها "غنية بمواردها الطبيعية وبموقعها على البحر"')
    expect(
      quotesOf(text)
        .filter((q) => q.kind === 'direct')
        .map((q) => q.text),
    ).toEqual(['غنية بمواردها الطبيعية وبموقعها على البحر'])
  })

  it('reports a long clause before a quote even when the lists lack its verb', () => {
    const text =
      'وأوضح المدير أن الفرق ستبدأ غداً أعمال الصيانة في أحياء المدينة الشرقية كافة بسبب "الأضرار الكبيرة التي خلفتها العاصفة".'
    const [clause] = indirect(text)
    expect(clause!.text).toBe('الفرق ستبدأ غداً أعمال الصيانة في أحياء المدينة الشرقية كافة بسبب')
    expect(
      indirect('وقال الوزير إن الخطة الجديدة للنقل في العاصمة وضواحيها "ستنفذ على مراحل خلال عامين".'),
    ).toEqual([])
  })

  it('runs the clause through a quote its words go on after', () => {
    const text =
      'وقال رئيس الحكومة إن هناك «تقدماً ملموساً» في المفاوضات مع النقابات على زيادة الأجور. وأضاف أن المرحلة التالية "ستحسم خلال أسابيع قليلة" بحضور الوزراء المعنيين.'
    expect(indirect(text).map((q) => q.text)).toEqual([
      'هناك «تقدماً ملموساً» في المفاوضات مع النقابات على زيادة الأجور',
      'المرحلة التالية "ستحسم خلال أسابيع قليلة" بحضور الوزراء المعنيين',
    ])
    expect(
      quotesOf(text)
        .filter((q) => q.kind === 'direct')
        .map((q) => q.text),
    ).toEqual(['تقدماً ملموساً', 'ستحسم خلال أسابيع قليلة'])
    // A report after the quote starts a clause of its own: the clause before it still only frames the quote.
    expect(
      indirect('وقال الوزير إن الخطة "ستنفذ على ثلاث مراحل خلال العام المقبل" وأكد أن التمويل متوفر.').map(
        (q) => q.text,
      ),
    ).toEqual(['التمويل متوفر'])
  })

  it('keeps a quoted name at the end of a clause of its own', () => {
    const [clause] = indirect('وشدد المحافظ على أن هذه الدورة هي الثالثة من "مدرسة المستقبل".')
    expect(clause!.text).toBe('هذه الدورة هي الثالثة من "مدرسة المستقبل"')
  })

  it('ends the clause at the comma before a second complementiser that opens a quote', () => {
    const text = 'أعلن وزير الداخلية أن الوطن أمانة في أعناقنا، وأنه "لا أحد فوق القانون مهما كان منصبه".'
    const [clause] = indirect(text)
    expect(clause!.text).toBe('الوطن أمانة في أعناقنا')
    expect(clause!.speaker?.name).toBe('وزير الداخلية')
  })

  it('ends a clause of its own before a quote set after a comma', () => {
    const [clause] = indirect(
      'قال وزير الزراعة إن الوزارة ستنظم أياماً تشاورية مع المزارعين، «تكون نتائجها خطة عمل للقطاع».',
    )
    expect(clause!.text).toBe('الوزارة ستنظم أياماً تشاورية مع المزارعين')
  })

  it('still reads a clause that only frames a quote as the direct quote alone', () => {
    expect(indirect('وقال الوزير إن الخطة "ستنفذ على ثلاث مراحل خلال العام المقبل".')).toEqual([])
    expect(indirect('ووصف الوزير المحادثات بأنها كانت «بنّاءة وموضوعية»')).toEqual([])
  })

  it('gives no second, indirect quote for a clause whose complementiser is inside the quote marks', () => {
    const quotes = quotesOf('وأشار وزير الاتصالات إلى "أننا شاركنا في الحكومة لمنع البلد من السقوط".')
    expect(quotes.map((q) => q.kind)).toEqual(['direct'])
    expect(quotes[0]!.text).toBe('أننا شاركنا في الحكومة لمنع البلد من السقوط')
  })
})

describe('an attribution that opens its sentence, then a comma and a clause', () => {
  it('reads a nominal clause after the comma as what the source says', () => {
    const [clause] = indirect(
      'وحسب وزارة الدفاع الوطني، هاتين العمليتين مكنتا من حجز كميات كبيرة من المخدرات على الحدود.',
    )
    expect(clause!.text).toBe('هاتين العمليتين مكنتا من حجز كميات كبيرة من المخدرات على الحدود')
    expect(clause!.speaker?.name).toBe('وزارة الدفاع الوطني')
  })

  it('leaves out the ف that joins the clause to the attribution', () => {
    const [clause] = indirect('وبحسب وزارة الصحة، فإدارة المستشفى لم تبلغ عن أي إصابة جديدة.')
    expect(clause!.text).toBe('إدارة المستشفى لم تبلغ عن أي إصابة جديدة')
  })

  it('takes no clause after an attribution inside a sentence (a verbal clause: fronted-attributions.test.ts)', () => {
    expect(indirect('وصلت القافلة إلى المدينة، وبحسب الوزارة، المساعدات تكفي شهراً.')).toEqual([])
  })
})

describe('a clause far from a verb whose subject is a pronoun', () => {
  it('reaches the clause past a long remark, and gives it to the speaker before', () => {
    const [, far] = indirect(
      'قال رئيس البلدية سمير الخطيب إن المشاريع تسير وفق الخطة. وأضاف على هامش انعقاد الجلسة العادية الأولى للمجلس البلدي لسنة 2024 أن الاجتماع يندرج في إطار التواصل مع المواطنين.',
    )
    expect(far!.text).toBe('الاجتماع يندرج في إطار التواصل مع المواطنين')
    expect(far!.speaker?.name).toBe('سمير الخطيب')
  })

  it('reaches past a remark holding a relative clause to a complementiser with its pronoun before a verb', () => {
    const [clause] = indirect(
      'وقال المدرب سالم الهاشمي خلال المؤتمر الصحفي الذي يسبق لقاء فريقه مع النادي الأهلي، إنه يطالب اللاعبين بالتركيز.',
    )
    expect(clause!.text).toBe('يطالب اللاعبين بالتركيز')
    expect(clause!.speaker?.name).toBe('سالم الهاشمي')
    // أن يكون: a bare أن before a verb is that verb's, not what was said.
    expect(
      indirect('وقال المدرب سالم الهاشمي خلال المؤتمر الصحفي الذي عقد في الملعب، قبل أن يغادر القاعة مسرعاً.'),
    ).toEqual([])
  })

  it('ends the clause where a comma and وقد return to the article’s voice', () => {
    const [clause] = indirect(
      'وكشفت بعض المصادر أن المحاكمة انتهت بشكل سريع، وقد تداول ناشطون مقطعاً مصوراً للمحامي بعد الجلسة.',
    )
    expect(clause!.text).toBe('المحاكمة انتهت بشكل سريع')
  })
})

describe('where a reported clause ends', () => {
  it('ends at the speaker’s next act after و (urging, thanking), with or without a comma', () => {
    const [urged] = indirect(
      'وقال الرئيس إن تشكيل الحكومة جاء نتيجة جهود كبيرة، وحث الوزراء الجدد على العمل بجد.',
    )
    expect(urged!.text).toBe('تشكيل الحكومة جاء نتيجة جهود كبيرة')
    const [thanked] = indirect(
      'وأكدت الوزيرة أن القافلة حكومية بحتة وشكرت كل الداعمين الذين قدموا الدعم للنازحين.',
    )
    expect(thanked!.text).toBe('القافلة حكومية بحتة')
  })

  it('keeps a last preposition with its pronoun or an adverb, and leaves out a word that opens the next clause', () => {
    const [own, next] = indirect(
      'وقال المدير إن الشركة لا تملك أي سلطة عليهم. وأكد أن العمال سيعودون إلى مواقعهم قريباً، كما أكد أن الأجور ستدفع.',
    )
    expect(own!.text).toBe('الشركة لا تملك أي سلطة عليهم')
    expect(next!.text).toBe('العمال سيعودون إلى مواقعهم قريباً')
    const [last] = indirect('وأفادت الوكالة بوفاة طفل جرفته المياه، مضيفة أن شخصاً آخر فُقد.')
    expect(last!.text).toBe('شخصاً آخر فُقد')
  })

  it('ends before an attribution after a comma, حسبما written as one word too', () => {
    const [agency] = indirect('وقال الوزير إن الإنتاج ارتفع بنسبة خمسة في المئة، حسب وكالة الأنباء الرسمية.')
    expect(agency!.text).toBe('الإنتاج ارتفع بنسبة خمسة في المئة')
    const [site] = indirect('وقال الوزير إن الإنتاج ارتفع بنسبة خمسة في المئة، حسبما نقل موقع الشرق.')
    expect(site!.text).toBe('الإنتاج ارتفع بنسبة خمسة في المئة')
  })

  it('ends where the next report’s subject is set before its verb', () => {
    const [first, second] = indirect(
      'وقال سامي الحداد إن المدينة آمنة، والوزير خالد العمري أكد أن الطرق مفتوحة.',
    )
    expect(first!.text).toBe('المدينة آمنة')
    expect(second!.text).toBe('الطرق مفتوحة')
  })

  it('runs on past a verb of saying that opens the clause: the speaker’s own words go on', () => {
    const [demand, ...rest] = indirect(
      'وأضاف المدرب أنه يطالب اللاعبين بالتركيز ونأمل أن نصلح الأخطاء قبل المباراة المقبلة.',
    )
    expect(demand!.text).toBe('يطالب اللاعبين بالتركيز ونأمل أن نصلح الأخطاء قبل المباراة المقبلة')
    expect(demand!.speaker?.name).toBe('المدرب')
    expect(rest).toEqual([])
    const [fear] = indirect(
      'وقالت الهيئة إنها تتوقع الأسوأ وتخشى أن يرتفع عدد المتضررين خلال الأيام المقبلة.',
    )
    expect(fear!.text).toBe('تتوقع الأسوأ وتخشى أن يرتفع عدد المتضررين خلال الأيام المقبلة')
    expect(fear!.speaker?.name).toBe('الهيئة')
    const [none] = indirect(
      'وأعلنت الهيئة انقضاء المهلة القانونية، مشيرة إلى أنه لم تعلن حملات المرشحين الأربعة أي طعون.',
    )
    expect(none!.text).toBe('لم تعلن حملات المرشحين الأربعة أي طعون')
    expect(none!.speaker?.name).toBe('الهيئة')
  })

  it('keeps a verb of saying that describes the noun before it inside the clause', () => {
    const [clause] = indirect(
      'وذكرت الصحيفة أن الكاتب أدين أيضاً بنشر تصريحات اعتُبرت مسيئة إلى القضاء عبر مواقع التواصل.',
    )
    expect(clause!.text).toBe('الكاتب أدين أيضاً بنشر تصريحات اعتُبرت مسيئة إلى القضاء عبر مواقع التواصل')
    // واعتبر: the speaker's next act after و still ends it.
    const [own] = indirect('وقال الوزير إن الحكومة أقرت الخطة واعتبر الخطوة ضرورية.')
    expect(own!.text).toBe('الحكومة أقرت الخطة')
  })

  it('keeps a verb of the clause’s own subject inside it', () => {
    const [clause] = indirect('وقال المحافظ إن الحياة البرلمانية استؤنفت عام 1989 وبدأت مرحلة سياسية جديدة.')
    expect(clause!.text).toBe('الحياة البرلمانية استؤنفت عام 1989 وبدأت مرحلة سياسية جديدة')
  })
})

describe('speech with neither a complementiser nor quote marks', () => {
  it('begins at a word in the first person after the speaker and the role in apposition', () => {
    const [speech] = indirect(
      'قال الدكتور منير الحسن، مدير عام وزارة الصحة واجهنا ليلة صعبة بسبب انقطاع الاتصالات في المدينة.',
    )
    expect(speech!.text).toBe('واجهنا ليلة صعبة بسبب انقطاع الاتصالات في المدينة')
    expect(speech!.speaker?.name).toBe('منير الحسن')
  })

  it('begins at هناك after a participle of saying', () => {
    const speeches = indirect(
      'وأكد محافظ المدينة سالم العبيدي أن الأمن مستتب، مشدداً هناك رفض شعبي كبير لأعمال العنف.',
    )
    expect(speeches.map((q) => q.text)).toEqual(['الأمن مستتب', 'هناك رفض شعبي كبير لأعمال العنف'])
  })

  it('takes no speech where the article goes on in its own voice', () => {
    expect(indirect('وقال الوزير خالد العمر في الاجتماع الذي حضره أعضاء اللجنة.')).toEqual([])
  })
})

describe('one clause, one report', () => {
  it('gives a clause two reports reach to the nearer verb, once', () => {
    const clauses = indirect(
      'في إعلان يعد إنجازاً كبيراً للبلاد، أعلنت منظمة الصحة العالمية، اليوم الأحد، أن مصر أصبحت رسمياً خالية من الملاريا.',
    )
    expect(clauses).toHaveLength(1)
    expect(clauses[0]!.speaker?.name).toBe('منظمة الصحة العالمية')
  })

  it('reaches the clause past a word with a pronoun after a verb whose subject is a pronoun', () => {
    const [, clause] = indirect(
      'وقال الرئيس التركي إن الزيارة ناجحة. وأجرى زيارة رسمية إلى الرياض، أكد خلالها أن بلاده تجاوزت خلافاتها مع المملكة.',
    )
    expect(clause!.text).toBe('بلاده تجاوزت خلافاتها مع المملكة')
  })
})

describe('verbs of pledging and estimating', () => {
  it('reports the clause a pledge or an estimate takes, and nothing without one', () => {
    const text =
      'وتعهد رئيس الوزراء بأن تضع الحكومة تحسين الخدمات في صدارة أولوياتها. ويقدّر خبراء الزلازل أن قوة الزلزال بلغت 7 درجات. وقدر الجيش عدد القتلى بمئة.'
    expect(extract(text).quotes.map((quote) => [quote.kind, quote.speaker?.name])).toEqual([
      ['indirect', 'رئيس الوزراء'],
      ['indirect', 'خبراء الزلازل'],
    ])
  })
})

describe('a name in quote marks inside the lead-in of reported words', () => {
  const said = (text: string) => quotesOf(text).map((q) => [q.kind, q.text, q.speaker?.name ?? null])

  it('reaches the clause past a newspaper named in quote marks in a long remark', () => {
    const text =
      'وأوضح الوزير خالد الحربي في حوار مطول مع صحيفة «النهار الجديد» بمناسبة افتتاح الدورة الجديدة للمجلس البلدي في المدينة، أن المشاريع ستنتهي قبل نهاية العام.'
    expect(said(text)).toEqual([['indirect', 'المشاريع ستنتهي قبل نهاية العام', 'خالد الحربي']])
  })

  it('reads a headline with an interview named in quote marks before the colon', () => {
    const text =
      'وزير النقل سامي العلي في حوار لـ«الأنباء»: الطرق الجديدة تفتح الشهر المقبل\n\nقال وزير النقل سامي العلي إن العمل مستمر.'
    expect(said(text)[0]).toEqual(['indirect', 'الطرق الجديدة تفتح الشهر المقبل', 'سامي العلي'])
    const longer =
      'وزير النقل في حوار الصراحة لـ«الأنباء»: تطوير الممر هدفه تسريع الحركة\n\nقال وزير النقل سامي العلي إن العمل مستمر.'
    expect(said(longer)[0]).toEqual(['indirect', 'تطوير الممر هدفه تسريع الحركة', 'سامي العلي'])
  })

  it('takes the words after the colon, not the event named in quote marks before it', () => {
    const text =
      'شاركت الوزيرة ليلى حداد في افتتاح مهرجان "ربيع المدينة". وقالت في كلمتها بافتتاح "ربيع المدينة": يمثل هذا المهرجان فرحة لكل العائلات.'
    expect(said(text)).toEqual([['indirect', 'يمثل هذا المهرجان فرحة لكل العائلات', 'ليلى حداد']])
  })

  it('still reads a quote after a noun with no colon after it as what was said', () => {
    const text = 'وقال الوزير خالد الحربي في كلمته بالمناسبة "سنبني المدارس في كل القرى".'
    expect(said(text)).toEqual([['direct', 'سنبني المدارس في كل القرى', 'خالد الحربي']])
  })
})

describe('an attribution after the clause it cites', () => {
  it('reads the clause before `، وفق ما ذكرت X` as what X said', () => {
    const [clause] = indirect(
      'تشهد مدينة حلب انقطاعاً طويلاً في الكهرباء منذ أسبوع، وفق ما ذكرت شبكة "أخبار الشمال". وقالت الشبكة إن الأحياء الشرقية هي الأكثر تضرراً.',
    )
    expect(clause!.text).toBe('تشهد مدينة حلب انقطاعاً طويلاً في الكهرباء منذ أسبوع')
    expect(clause!.speaker?.name).toBe('أخبار الشمال')
  })

  it('gives the clause to the person a title after `حسب ما أفاد` introduces', () => {
    const [clause] = indirect(
      'اندلع حريق في الغابات بين بلدتي رحبة والقريات، حسب ما أفاد رئيس المركز في الدفاع المدني طلال أيوب، الذي أكد أن الفرق تعمل.',
    )
    expect(clause!.text).toBe('اندلع حريق في الغابات بين بلدتي رحبة والقريات')
    expect(clause!.speaker?.name).toBe('طلال أيوب')
  })

  it('takes a title alone after `بحسب ما أعلن`, and a body the lists lack after `وفقاً لما ذكره`', () => {
    const [court] = indirect(
      'وستبدأ الجلسات في قصر العدل وسط العاصمة يوم الاثنين المقبل، بحسب ما أعلن رئيس المحكمة.',
    )
    expect(court!.speaker?.name).toBe('رئيس المحكمة')
    const [centre] = indirect(
      'قضت محكمة في المدينة بالسجن ستة أشهر على الطبيب بسبب منشور، وفقاً لما ذكره مركز توثيق الانتهاكات، أمس الأربعاء.',
    )
    expect(centre!.text).toBe('قضت محكمة في المدينة بالسجن ستة أشهر على الطبيب بسبب منشور')
  })

  it('runs the clause past a source set as an aside a few words into it', () => {
    const [clause] = indirect('يُشير هذا التباين، حسب مراقبين، إلى انخفاض حاد في مخزون الدولار لدى المصارف.')
    expect(clause!.text).toBe('يُشير هذا التباين، حسب مراقبين، إلى انخفاض حاد في مخزون الدولار لدى المصارف')
    expect(clause!.speaker?.name).toBe('مراقبين')
  })

  it('cites nothing after a rule or a plan, and leaves a clause a verb of saying already reports', () => {
    expect(indirect('وارتفعت الأسعار بنسبة كبيرة هذا الشهر، حسب القانون الجديد.')).toEqual([])
    const [clause] = indirect('وقال الوزير إن الأسعار سترتفع في الشهر المقبل، بحسب الوكالة.')
    expect(clause!.text).toBe('الأسعار سترتفع في الشهر المقبل')
    expect(clause!.speaker?.name).toBe('الوزير')
  })

  it('does not take the clause of a verb that reported no words before a source in a long aside', () => {
    expect(
      indirect(
        'أعلنت مديرية التربية في المدينة، على لسان مديرتها هدى سالم، عن استكمال الاستعدادات للعام الدراسي.',
      ),
    ).toEqual([])
  })
})

describe('speech after its verb with no complementiser', () => {
  it('begins at لقد after the verb and its subject', () => {
    const [clause] = indirect(
      'وأضاف محافظ البصرة لقد تم عقد اجتماع مع مدراء الأقضية وناقشنا خطط العام الحالي.',
    )
    expect(clause!.text).toBe('لقد تم عقد اجتماع مع مدراء الأقضية وناقشنا خطط العام الحالي')
    expect(clause!.speaker?.name).toBe('محافظ البصرة')
  })
})

describe('a clause after على with no أن', () => {
  it('is reported when a definite subject and its verb follow على', () => {
    const [clause] = indirect('وأكد الوزير على الشراكة تتطلب جهداً مشتركاً.')
    expect(clause!.text).toBe('الشراكة تتطلب جهداً مشتركاً')
    expect(clause!.speaker?.name).toBe('الوزير')
    expect(indirect('وأكدوا على الموازنة لا تتناسب مع حجم الدمار.')[0]!.text).toBe(
      'الموازنة لا تتناسب مع حجم الدمار',
    )
  })

  it('is not when a noun phrase follows على, as the guideline asks', () => {
    expect(indirect('وأكد الوزير على ضرورة العمل المشترك بين الوزارات.')).toEqual([])
    expect(indirect('وشدد الوزير على الدور الذي تلعبه الشرطة في حماية المواطنين.')).toEqual([])
    expect(indirect('وأكد الوزير على الالتزام بالاتفاق.')).toEqual([])
  })
})

describe('participles of a dual or a feminine plural subject', () => {
  it('report their clause as the other participles do', () => {
    const dual = indirect(
      'وزار الوزيران خالد سعيد وسامي العلي المستشفى، مشيران إلى أن عمليات الإنقاذ متواصلة في المدينة.',
    )
    expect(dual.map((q) => q.text)).toEqual(['عمليات الإنقاذ متواصلة في المدينة'])
    const plural = indirect('وتظاهرت الممرضات أمام الوزارة، مؤكدات أن الأجور لم تُصرف منذ شهرين.')
    expect(plural.map((q) => q.text)).toEqual(['الأجور لم تُصرف منذ شهرين'])
  })
})

describe('أبرز as a verb of saying', () => {
  it('reports the clause after أن, and nothing without one', () => {
    const text =
      'وزار الوزير المعرض. وأبرز الوزير خالد سعيد في تصريح للصحافة، أن المملكة عازمة على مواصلة الدعم. وأبرز الحفل دور المرأة في المجتمع.'
    expect(indirect(text).map((q) => [q.text, q.speaker?.name])).toEqual([
      ['المملكة عازمة على مواصلة الدعم', 'خالد سعيد'],
    ])
  })
})

describe('a colon between the verb and what was said', () => {
  it('opens the words after a remark set off by a comma', () => {
    const text =
      'أعلنت وزارة الداخلية أنها أغلقت المعبر الحدودي.\nوقالت الوزارة، في بيان قصير: تم توقيف ثلاثة مهربين عند المعبر.'
    expect(indirect(text).map((q) => [q.text, q.speaker?.name])).toEqual([
      ['أغلقت المعبر الحدودي', 'وزارة الداخلية'],
      ['تم توقيف ثلاثة مهربين عند المعبر', 'وزارة الداخلية'],
    ])
  })

  it('gives one clause, after the complementiser, when إن follows the colon', () => {
    for (const text of [
      'وقال المدير: إن المصنع سيفتح أبوابه غداً.',
      'وقال المدير، في بيان: إن المصنع سيفتح أبوابه غداً.',
      'وقال المدير في تصريح: إنه زار المصنع أمس.',
    ]) {
      expect(indirect(text)).toHaveLength(1)
      expect(indirect(text)[0]!.text.startsWith('إن')).toBe(false)
    }
  })
})

describe('a verb of saying after the relative ما', () => {
  it('reports nothing when ما is its subject: no pronoun of its object, no subject in its sentence', () => {
    expect(indirect('انتهت البطولة بما يرجح أن تكون المشاركة الأخيرة للاعب في كأس العالم.')).toEqual([])
  })

  it('still gives the sentence’s subject the words of a verb with the pronoun of ما', () => {
    const text = 'وقال الوزير إن الخطة، في ما وصفه بأنه رد حازم، ستنفذ الشهر المقبل.'
    expect(indirect(text).map((q) => q.speaker?.name)).toContain('الوزير')
  })
})

describe('a participle the lists lack, before a complementiser', () => {
  const said = (text: string) => indirect(text).map((q) => [q.speaker?.name ?? null, q.text])

  it('reports the clause after a comma for the subject of its sentence', () => {
    expect(said('وزار المحافظ سامي الحداد الأحياء المتضررة، واعداً بأن الخدمات ستعود خلال أيام.')).toEqual([
      ['سامي الحداد', 'الخدمات ستعود خلال أيام'],
    ])
  })

  it('reads its object before the complementiser, and ends the clause before it', () => {
    expect(
      said('وقال الخبير سامي الحداد إن الموسم سيكون جيداً، مفسراً ذلك بأن الأمطار كانت غزيرة هذا العام.'),
    ).toEqual([
      ['سامي الحداد', 'الموسم سيكون جيداً'],
      ['سامي الحداد', 'الأمطار كانت غزيرة هذا العام'],
    ])
    expect(
      said(
        'وهنأ رئيس البلدية سامي الحداد الملك بعيد ميلاده، سائلاً المولى أن يحفظه ويديم عليه الصحة والعافية.',
      ),
    ).toEqual([['سامي الحداد', 'يحفظه ويديم عليه الصحة والعافية']])
  })

  it('takes a masculine form with no comma before it', () => {
    expect(said('وتفرق المتظاهرون في الساحة متوعدين بأن التظاهرة لن تكون الأخيرة.')).toEqual([
      ['المتظاهرون', 'التظاهرة لن تكون الأخيرة'],
    ])
  })

  it('reads no predicate of كان or of a verb, nor an adjective in ة, as one', () => {
    expect(indirect('وكان مقرراً أن تبدأ الجلسة صباح اليوم في مقر البرلمان.')).toEqual([])
    expect(indirect('ويبدو واضحاً أن الحكومة ستستقيل قريباً جداً.')).toEqual([])
    expect(indirect('وينطلق الحزب من قناعة راسخة بأن حرية الصحافة ركيزة للتنمية.')).toEqual([])
    expect(indirect('وتنافس فيها ستة مرشحين يعتقد أنه الأوفر حظاً بينهم.')).toEqual([])
  })
})

describe('two dots inside a reported clause', () => {
  it('read as a pause: the clause goes on after them', () => {
    expect(
      indirect(
        'وذكر المحافظ سامر الخطيب أن المدينة كانت أشبه بجزر معزولة .. وأنها اليوم تستعيد مؤسساتها.',
      ).map((q) => q.text),
    ).toEqual(['المدينة كانت أشبه بجزر معزولة .. وأنها اليوم تستعيد مؤسساتها'])
    const [headline] = indirect('وزير الصحة: غدا.. بدء حملة التطعيم في كل المحافظات')
    expect(headline!.text).toBe('غدا.. بدء حملة التطعيم في كل المحافظات')
    expect(headline!.speaker?.name).toBe('وزير الصحة')
  })

  it('still end it before the next report, and three dots still end the sentence', () => {
    const text = 'وقال الوزير سامر الخطيب إن الحصيلة ارتفعت.. وذكرت وكالة الأنباء أن الأمطار مستمرة.'
    expect(indirect(text).map((q) => q.text)).toEqual(['الحصيلة ارتفعت', 'الأمطار مستمرة'])
    expect(
      indirect('وقال الوزير سامر الخطيب إن الحصيلة ارتفعت... الأمطار مستمرة.').map((q) => q.text),
    ).toEqual(['الحصيلة ارتفعت'])
  })
})

describe('a complementiser with its negation written on (بألا)', () => {
  it('opens the clause as بأن does, the negation left out as the complementiser is', () => {
    const [clause] = indirect('تعهد رئيس الحكومة سامر الخطيب، أمس، بألا تبقى أي قوات أجنبية في البلاد.')
    expect(clause!.text).toBe('تبقى أي قوات أجنبية في البلاد')
    expect(clause!.speaker?.name).toContain('الخطيب')
  })
})
