import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const direct = (text: string) => extract(text).quotes.filter((q) => q.kind === 'direct')
const indirect = (text: string) => extract(text).quotes.filter((q) => q.kind === 'indirect')

describe('direct quotes', () => {
  it('finds the words inside the marks, with their exact span and the speaker before them', () => {
    const text = 'وقال وزير الطاقة الكويتي سالم العنزي إن «الإنتاج سيرتفع تدريجياً خلال الربع المقبل».'
    const { quotes, entities } = extract(text)
    expect(quotes).toHaveLength(1)
    const [quote] = quotes
    expect(quote!.text).toBe('الإنتاج سيرتفع تدريجياً خلال الربع المقبل')
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text)
    expect(quote!.speaker).toEqual({ name: 'سالم العنزي', entity: 'person:سالم-العنزي' })
    expect(quote!.verb).toBe('قال')
    expect(quote!.mark).toBe('guillemets')
    expect(entities.find((e) => e.id === 'person:سالم-العنزي')?.roles).toEqual(['وزير الطاقة الكويتي'])
  })

  it('gives a quote to the speaker named in an earlier sentence', () => {
    const [first, second] = direct(
      'قالت المتحدثة باسم الوزارة هالة يوسف إن "المفاوضات ستستأنف قريباً". وأضافت: "لا نريد تصعيداً في المنطقة".',
    )
    expect(first!.speaker?.name).toBe('هالة يوسف')
    expect(second!.speaker?.name).toBe('هالة يوسف')
  })

  it('takes the speaker after the quote: «…»، قال الوزير', () => {
    const [quote] = direct('«سنواصل دعم المزارعين حتى نهاية الموسم»، قال وزير الزراعة أمين الشريف.')
    expect(quote!.speaker?.name).toBe('أمين الشريف')
  })

  it('gives the quote to the statement, not to the person the statement speaks of', () => {
    const [quote] = direct('وقال بيان الوزارة، إن الوزير "يرحب بكل المبادرات الهادفة إلى التهدئة".')
    expect(quote!.speaker?.name).toBe('بيان الوزارة')
  })

  it('takes a participle after a named subject: مؤكداً أن «…»', () => {
    const [quote] = direct(
      'وكان الرئيس التونسي قيس الجلاصي قد استقبل الوفد، مؤكداً أن "تونس منفتحة على كل الشراكات".',
    )
    expect(quote!.speaker?.name).toBe('قيس الجلاصي')
    expect(quote!.verb).toBe('أكد')
  })

  it('leaves out quoted names and terms', () => {
    expect(direct('قال موقع "ميدل إيست آي" البريطاني إن المحادثات توقفت.')).toEqual([])
    expect(direct('أطلقت الوزارة حملة "معاً من أجل مدارس آمنة" في كل المحافظات.')).toEqual([])
    expect(direct('وانتقد النائب ما يسمى "المنطقة العازلة" في الشمال.')).toEqual([])
    expect(direct('أعلنت حركة "حماس" موافقتها على المقترح.')).toEqual([])
  })

  it('keeps a short quote a reporting verb introduces, and drops a short unreported one', () => {
    expect(direct('ووصف الوزير المحادثات بأنها كانت «صريحة ومفيدة».').map((q) => q.text)).toEqual([
      'صريحة ومفيدة',
    ])
    expect(direct('وشهدت المدينة «هدوءاً حذراً» طوال الليل.')).toEqual([])
  })

  it('reads a quote inside a quote as part of the outer one', () => {
    const quotes = direct('وقال المدرب: «قلت للاعبين “العبوا بلا خوف” وقد فعلوا ذلك».')
    expect(quotes.map((q) => q.text)).toEqual(['قلت للاعبين “العبوا بلا خوف” وقد فعلوا ذلك'])
  })

  it('has no speaker for a quote the text does not attribute', () => {
    const [quote] = direct('وجرى خلال اللقاء بحث "سبل تعزيز التعاون في مجالات الطاقة والنقل".')
    expect(quote!.speaker).toBeNull()
  })

  it('keeps a reported quote that lost its closing mark, up to its paragraph end', () => {
    const [quote] = direct('وقال الطبيب سامر حداد إن الحالات "تضاعفت خلال الشهر الماضي.')
    expect(quote!.text).toBe('تضاعفت خلال الشهر الماضي')
  })
})

describe('indirect quotes', () => {
  it('takes the clause after إن with the speaker and the verb', () => {
    const [quote] = indirect('وقال وزير المالية عمر الحسن إن العجز سينخفض إلى ثلاثة في المئة العام المقبل.')
    expect(quote!.text).toBe('العجز سينخفض إلى ثلاثة في المئة العام المقبل')
    expect(quote!.speaker?.name).toBe('عمر الحسن')
    expect(quote!.verb).toBe('قال')
  })

  it('ends a clause where the next report begins, and resolves the pronoun of كما شدد', () => {
    const quotes = indirect(
      'وكان الوزير رامي الخطيب قد زار المصنع، حيث قال إن الإنتاج تضاعف هذا العام، كما شدد على أن العمال يستحقون زيادة.',
    )
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['الإنتاج تضاعف هذا العام', 'رامي الخطيب'],
      ['العمال يستحقون زيادة', 'رامي الخطيب'],
    ])
  })

  it('does not read a passive or a conjunction as a report', () => {
    expect(indirect('وجهت الحكومة رسائل وُصفت بأنها إيجابية تجاه الجيران.')).toEqual([])
    expect(indirect('حذرت الهيئة من الجفاف، بعد أن سجلت البلاد أدنى معدل للأمطار.')).toEqual([])
  })

  it('reads a subject before its verb: إلا أن مسؤولين أكدوا أن …', () => {
    const [quote] = indirect('إلا أن مسؤولين أوروبيين أكدوا أن المفاوضات لم تصل إلى طريق مسدود.')
    expect(quote!.speaker?.name).toBe('مسؤولين أوروبيين')
  })

  it('leaves the frame of a direct quote to the direct quote', () => {
    const { quotes } = extract('وأكد الوزير أن الخطة "ستنفذ على مراحل خلال عامين".')
    expect(quotes.map((q) => q.kind)).toEqual(['direct'])
  })
})

describe('a quote right after a verb of saying and a definite head', () => {
  it('is what the subject said, not the name of a body', () => {
    const quotes = extract('وأعلنت المحكمة "ثبوت قيام المتهمين بتدبير مشروع إجرامي لإحداث فتنة".').quotes
    expect(quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['direct', 'ثبوت قيام المتهمين بتدبير مشروع إجرامي لإحداث فتنة', 'المحكمة'],
    ])
  })

  it('still names the body when the quote is short', () => {
    const quotes = extract('وقالت الصحيفة "الشرق الأوسط" إن الاتفاق قريب.').quotes
    expect(quotes.map((q) => q.kind)).toEqual(['indirect'])
  })
})

describe('a participle that speaks of something before بأن', () => {
  it('reports a short quote after its object, a demonstrative or إياه', () => {
    for (const text of [
      'وانتقد المبعوث الأممي احتجاز الموظفين، واصفاً ذلك بأنه "عار وخزي"، مطالباً بالإفراج عنهم.',
      'وانتقد الوزير القرار، واصفاً إياه بأنه "خطوة متأخرة جداً".',
    ]) {
      const [quote] = direct(text)
      expect(quote!.speaker?.name).toMatch(/المبعوث الأممي|الوزير/)
    }
    expect(direct('وانتقد المبعوث الأممي احتجاز الموظفين، واصفاً ذلك بأنه "عار وخزي".')[0]!.text).toBe(
      'عار وخزي',
    )
  })
})

describe('a passive verb of saying', () => {
  it('reports the words in quote marks after it, said by no one the text names', () => {
    const quotes = extract('ووُصف الوضع على أنه "خارج السيطرة" في منطقة الجبل.').quotes
    expect(quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', 'خارج السيطرة', null]])
  })

  it('still reports no clause without quote marks', () => {
    expect(extract('ويُذكر أن الوزارة أعلنت الخطة أمس.').quotes).toEqual([])
  })
})

describe('what a short quoted span is', () => {
  it('takes two or three quoted words with a verb of their own as speech, reported or not', () => {
    expect(direct('فرد المدرب "هل يريدون الفوز؟" ثم غادر القاعة.').map((q) => q.text)).toEqual([
      'هل يريدون الفوز؟',
    ])
    expect(direct('ورفع المحتجون لافتات كتب عليها «لن نرحل».').map((q) => q.text)).toEqual(['لن نرحل'])
  })

  it('keeps two quoted words after a definite noun, which they cannot name', () => {
    expect(
      direct('وقال المسؤول إن من المتوقع أن ترتفع الأعداد "بشكل ملحوظ" خلال الشتاء.').map((q) => q.text),
    ).toEqual(['بشكل ملحوظ'])
    expect(direct('وقال الوزير إن الوزارة ستواجه المخالفات "بكامل الحزم".').map((q) => q.text)).toEqual([
      'بكامل الحزم',
    ])
  })

  it('still reads two quoted words after a noun in the construct state as a name', () => {
    expect(direct('وقال الوزير إن الشركة أعلنت حالة "القوة القاهرة" في الميناء.')).toEqual([])
  })

  it('reads quoted words that open with a head noun and hold no verb as a name', () => {
    expect(direct('وقال الناشط إن عناصر من “كتيبة الفجر الجديد” انتشروا في المدينة.')).toEqual([])
    expect(direct('وأعلن الوزير فوز الطالبة بـ"جائزة الإبداع العلمي للشباب" هذا العام.')).toEqual([])
  })

  it('reads quoted words that only list names as no quote', () => {
    expect(
      direct('وشارك في العرض الفنانون "سامي الطرابلسي، هدى بن عمر، كريم الزواري، نادية السويحلي".'),
    ).toEqual([])
    // Most of the items names found, one name no list knows among them.
    expect(direct('وشارك في العرض الفنانون "سامي الطرابلسي، هدى بن عمر، كريم الزواري، بسكال تيرو".')).toEqual(
      [],
    )
    expect(
      direct('اجتمع المجلس البلدي أمس. وحضر اللقاء "محمد العبيدي وسالم الورفلي" من المجلس البلدي.'),
    ).toEqual([])
    const [said] = direct(
      'اجتمع المجلس البلدي أمس. وقال العضو سالم الورفلي إن "كريم الزواري سيعرض الملف غداً على الوزير".',
    )
    expect(said?.speaker?.name).toBe('سالم الورفلي')
  })

  it('reads quoted numbers as no quote', () => {
    expect(direct('وقال المدير إن المياه وصلت إلى المربعات "4، 7، 9" أمس.')).toEqual([])
  })
})

describe('quoted words that open with an auxiliary verb after a noun and its adjective', () => {
  it('are what was said of the noun, not a name the noun heads', () => {
    const text = 'وأكدت الهيئة أن العملية الانتخابية “جرت بنجاح وبهدوء تام”.'
    expect(
      extract(text)
        .quotes.filter((q) => q.kind === 'direct')
        .map((q) => q.text),
    ).toEqual(['جرت بنجاح وبهدوء تام'])
  })

  it('keep the report for a short fragment joined to them by و', () => {
    const text =
      'وقالت الهيئة إن المشاركة بلغت النصف، مؤكدة أن العملية الانتخابية “جرت بنجاح وبهدوء تام” ووفق “المعايير الدولية”، وأن الفرز انتهى.'
    expect(
      extract(text)
        .quotes.filter((q) => q.kind === 'direct')
        .map((q) => q.text),
    ).toEqual(['جرت بنجاح وبهدوء تام', 'المعايير الدولية'])
    // A named operation is still a name.
    expect(
      extract('وأطلق الجيش العملية العسكرية “درع الجبل” في المنطقة الشمالية.').quotes.map((q) => q.text),
    ).toEqual([])
  })
})
