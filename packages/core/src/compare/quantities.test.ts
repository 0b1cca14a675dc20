import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  agree,
  bracketedMinute,
  type Quantity,
  quantitiesIn,
  quantityTokens,
  sameQuantity,
} from './quantities.ts'

const one = (text: string): Quantity => {
  const [quantity, ...rest] = quantitiesIn(text)
  expect(rest).toEqual([])
  return quantity!
}

describe('quantitiesIn', () => {
  it('reads a length in miles or feet in the metric unit, and it agrees with the metric figure it rounds', () => {
    const miles = one('وقعت الهزة على عمق 3.7 ميل تحت سطح الأرض')
    expect(miles).toMatchObject({ cue: 'depth', unit: 'kilometre', value: '5.95', converted: true })
    const tenKm = one('وقعت الهزة على عمق 10 كيلومترات')
    expect(agree(miles, tenKm)).toBe(false)
    expect(agree(miles, one('وقعت الهزة على عمق 6 كيلومترات'))).toBe(true)
    // 10 km rounded in miles is 6.2, or 6 to a whole mile: the same depth.
    expect(agree(one('وقعت الهزة على عمق 6.2 ميل'), tenKm)).toBe(true)
    expect(agree(one('وقعت الهزة على عمق 6 أميال'), tenKm)).toBe(true)
    expect(one('ارتفعت الأمواج إلى 20 قدم')).toMatchObject({ unit: 'metre', converted: true })
  })

  it('reads a verb right before a bound of several words as what the number counts (فقدان أكثر من …)', () => {
    expect(
      quantitiesIn('خلّف السيل مقتل العشرات وفقدان أكثر من 40 شخصاً').map((q) => [q.value, q.cue]),
    ).toEqual([['>40', 'missing']])
    expect(quantitiesIn('أسفر السيل عن وفاة 9 أشخاص وفقدان أقل من 30 آخرين').map((q) => q.cue)).toEqual([
      'dead',
      'missing',
    ])
    expect(one('كان المركب يقل أكثر من 80 راكباً')).toMatchObject({ cue: 'aboard' })
  })

  it('reads a count after إن or أن by the verb after its noun and the words describing it', () => {
    expect(one('وذكرت المنظمة أن 40 بحاراً آسيوياً على الأقل لقوا حتفهم')).toMatchObject({
      cue: 'dead',
      value: '40',
    })
    expect(one('وقال المتحدث إن 9 بحارة نجوا من الغرق')).toMatchObject({ cue: 'rescued' })
    expect(one('وأضاف أن نحو 25 عاملاً من عمال المصنع أصيبوا بحروق')).toMatchObject({ cue: 'injured' })
    // No complementiser, or no verb of a cue after the noun: what the noun counts, as before.
    expect(one('وقال إن 20 عاملاً في المصنع يعملون ليلاً').cue).toBeNull()
    expect(one('حملت السفينة 150 بحاراً آسيوياً').cue).toBeNull()
  })

  it('reads the people taken to hospital, and no other count the hospital stands before', () => {
    expect(one('وتم نقل أكثر من 30 عاملاً إلى المستشفى')).toMatchObject({
      cue: 'hospitalized',
      developing: true,
    })
    expect(one('وقالت الوزارة إن نحو 25 عاملاً نقلوا إلى المستشفيات القريبة').cue).toBe('hospitalized')
    expect(one('ونُقل إلى المستشفى 14 عاملاً').cue).toBe('hospitalized')
    expect(one('أصيب 9 عمال نقلوا إلى المستشفى').cue).toBe('injured')
    expect(one('يضم المستشفى الجديد 120 سريراً').cue).toBeNull()
  })

  it('keys the nouns of one thing alike: floors as طابق or دور', () => {
    const floors = one('انهار مبنى من 13 دوراً في الحي القديم')
    const storeys = one('انهار مبنى من 14 طابقاً في الحي القديم')
    expect(floors.counted).toBe(storeys.counted)
    expect(sameQuantity(floors, storeys)).toBe(true)
    expect(agree(floors, storeys)).toBe(false)
    expect(one('تضم القرية 14 بيتاً').counted).not.toBe(storeys.counted)
  })

  it('reads a list of minutes after a head of several with how a goal came between, and no other list', () => {
    const minutes = (text: string) => quantitiesIn(text).map((q) => [q.value, q.cue])
    expect(minutes('وسجل هدفي فريقه في الدقيقتين 12 من ركلة جزاء و58')).toEqual([
      ['12', 'minute'],
      ['58', 'minute'],
    ])
    expect(minutes('وسجل في الدقيقة 12 من ركلة جزاء و58 تسديدة')).toEqual([
      ['12', 'minute'],
      ['58', null],
    ])
  })

  it('reads what a count is from the word describing its noun before a cue back in the clause', () => {
    expect(one('انتُشلت حالة وفاة من تحت الركام ثم أُخرج 12 شخصاً مصابين')).toMatchObject({
      cue: 'injured',
      value: '12',
    })
    expect(quantitiesIn('أسفر الحادث عن مقتل 5 أشخاص وإصابة 10 آخرين').map((q) => q.cue)).toEqual([
      'dead',
      'injured',
    ])
  })

  it('reads a share after a rank and بنسبة as votes, not a shop’s or a round’s', () => {
    expect(one('وحل المرشح ثانياً بنسبة 30.2%')).toMatchObject({ cue: 'votes', value: '30.2' })
    expect(one('وارتفعت المبيعات في المركز التجاري بنسبة 5%')).toMatchObject({ cue: null })
    expect(one('وتأهل في الدور الثاني بنسبة 5%')).toMatchObject({ cue: null })
  })

  it('reads who was on board and who was rescued, and no count in a number after رقم', () => {
    expect(one('وكان المركب يقل نحو ثمانين شخصاً')).toMatchObject({ cue: 'aboard', value: '~80' })
    expect(one('وكان على متنها 120 مسافراً')).toMatchObject({ cue: 'aboard', value: '120' })
    expect(one('وأنقذت فرق الدفاع المدني 14 شخصاً')).toMatchObject({ cue: 'rescued', developing: true })
    expect(one('وبلغ عدد الضحايا ما لا يقل عن 12 شخصاً')).toMatchObject({ cue: 'dead', value: '>12' })
    expect(quantitiesIn('اصطدم القطار رقم 940 بقطار متوقف')).toEqual([])
  })

  it('reads a figure with no cue in a list of places after ب on their head as what the figure before it counts', () => {
    const read = (text: string) => quantitiesIn(text).map((q) => [q.value, q.cue])
    expect(read('وبلغ عدد الوفيات 310 بإقليم الحوز، و97 بإقليم تارودانت، و12 بعمالة مراكش.')).toEqual([
      ['310', 'dead'],
      ['97', 'dead'],
      ['12', 'dead'],
    ])
    // Another noun counted after the place is not the toll's.
    expect(read('ولقي 6 أشخاص حتفهم بمدينة حمص، و40 منزلا بمدينة حماة')).toEqual([
      ['6', 'dead'],
      ['40', 'homes'],
    ])
  })

  it('reads no toll in «وفي», a conjunction on a preposition, though «وفيات» cut to its stem is spelled so', () => {
    expect(one('وفي المدارس الريفية بلغت نسبة النجاح 64 في المئة')).toMatchObject({ cue: null, value: '64' })
    expect(one('وفي الحادث لقي 7 أشخاص حتفهم')).toMatchObject({ cue: 'dead', value: '7' })
    expect(one('وارتفع عدد الوفيات في المدينة إلى 12')).toMatchObject({ cue: 'dead', value: '12' })
  })

  it('reads the verb of what happened to the counted, before the number or after its noun', () => {
    const cues = (text: string) => quantitiesIn(text).map((q) => q.cue)
    expect(cues('وتوفي ما لا يقل عن 12 شخصاً في الحريق')).toEqual(['dead'])
    expect(cues('وأفادت الوزارة بأن 9 مدنيين استشهدوا وأصيب 30 آخرون')).toEqual(['dead', 'injured'])
    expect(cues('وقالت البلدية إن 150 شخصاً فقدوا في السيول')).toEqual(['missing'])
    expect(cues('وأعلن المستشفى أن 4 أشخاص جرحوا في الانفجار')).toEqual(['injured'])
  })

  it('reads the cue after «في عداد» a few words after the counted noun as what it counts', () => {
    expect(one('وما زال 6 صيادين في عداد المفقودين منذ غرق القارب')).toMatchObject({
      cue: 'missing',
      value: '6',
    })
    expect(one('وقالت الشرطة إن 8 أشخاص ما زالوا في عداد المفقودين')).toMatchObject({
      cue: 'missing',
      value: '8',
    })
    expect(one('أنقذ الغواصون 8 أشخاص، ولا أحد في عداد المفقودين')).toMatchObject({ cue: 'rescued' })
  })

  it('reads «أودى بحياة» as a count of the dead, and not «حياة» alone', () => {
    expect(one('أودى انهيار المبنى بحياة 9 أشخاص في الحي القديم')).toMatchObject({ cue: 'dead', value: '9' })
    expect(one('سيول جارفة تودي بحياة 16 شخصاً في الجنوب')).toMatchObject({ cue: 'dead', value: '16' })
    expect(one('يهدد الجفاف حياة 300 عائلة في القرى').cue).toBeNull()
  })

  it('reads a count in words before «حالة» and its cue (واحد وعشرين حالة وفاة)', () => {
    expect(one('ارتفعت الحصيلة إلى ثلاثة وعشرين حالة وفاة حتى المساء')).toMatchObject({
      cue: 'dead',
      value: '23',
    })
    expect(one('وسجلت المستشفيات سبع حالات إصابة')).toMatchObject({ cue: 'injured', value: '7' })
  })

  it('reads «راح ضحيتها» as a count of the dead', () => {
    const cues = (text: string) => quantitiesIn(text).map((q) => q.cue)
    expect(cues('وقع انفجار في مصنع للألعاب النارية راح ضحيته 9 عمال')).toEqual(['dead'])
    expect(cues('شهدت البلدة عاصفة راح ضحيتها 14 شخصاً وأصيب 40 آخرون')).toEqual(['dead', 'injured'])
  })

  it('counts aftershocks by the noun after the number, and leaves a tremor’s magnitude its own', () => {
    expect(one('وسجلت هيئة الرصد 18 هزة ارتدادية منذ الصباح')).toMatchObject({
      cue: 'aftershocks',
      value: '18',
    })
    expect(one('وتلتها هزة ارتدادية بقوة 5.2 درجات')).toMatchObject({ cue: 'magnitude', value: '5.2' })
  })

  it('reads the verb after a comma that closes the counted noun and its bound as what they count', () => {
    const cues = (text: string) => quantitiesIn(text).map((q) => q.cue)
    expect(cues('وأفاد المسعفون بأن 7 أشخاص على الأقل، لقوا حتفهم في الحادث')).toEqual(['dead'])
    expect(cues('وذكرت الشرطة أن 12 شخصاً على الأقل،أصيبوا بجروح')).toEqual(['injured'])
    expect(cues('وقُتل 5 أشخاص على الأقل، وأصيب 20 آخرون')).toEqual(['dead', 'injured'])
  })

  it('reads a number of days or years as time, not as what a cue before it counts', () => {
    expect(quantitiesIn('وما زال 40 في عداد المفقودين بعد خمسة أيام من الفيضان')).toMatchObject([
      { cue: 'missing', value: '40' },
    ])
    expect(quantitiesIn('وأعلنت الوزارة مقتل 9 أشخاص خلال 3 أيام من القصف').map((q) => q.cue)).toEqual([
      'dead',
      null,
    ])
    expect(one('وتوفي الكاتب عن عمر ناهز 81 عاماً')).toMatchObject({ cue: null, value: '81' })
  })

  it('keeps a cue before في حين or بينما from the number of the clause they open', () => {
    const [body, missing] = quantitiesIn('وانتُشلت جثة واحدة في حين ما زال حوالي 40 في عداد المفقودين')
    expect(body).toMatchObject({ cue: 'dead', value: '1' })
    expect(missing).toMatchObject({ cue: 'missing', value: '~40' })
  })

  it('reads فُقد right before a number as the missing, and nowhere else', () => {
    expect(one('وفُقد 31 شخصاً بعد غرق المركب')).toMatchObject({ cue: 'missing', value: '31' })
    expect(one('فقد أعلنت الوزارة مقتل 5 أشخاص')).toMatchObject({ cue: 'dead' })
  })

  it('reads the feminine of «مفقود» after a number as the missing (لا تزال 40 مفقودة تحت الركام)', () => {
    expect(one('وما زالت أكثر من 40 مفقودة تحت ركام المصنع')).toMatchObject({ cue: 'missing', value: '>40' })
  })

  it('gives a share after a verb of leading to its own clause, not to a cue word before it', () => {
    const [, share] = quantitiesIn('وبعد فرز 70% من صناديق الاقتراع تقدم المرشح بـ48.2% من الأصوات')
    expect(share).toMatchObject({ cue: 'votes', value: '48.2' })
  })

  it('reads the magnitude on a scale spelt ريشتر', () => {
    expect(one('وسجلت الهزة 5 درجات على سلم ريشتر')).toMatchObject({ cue: 'magnitude', value: '5' })
  })

  it('reads «حجم» right after a number as a magnitude, and not before one', () => {
    expect(one('وضربت الهزة الجزيرة بعد منتصف الليل بلغت 6.4 حجم')).toMatchObject({
      cue: 'magnitude',
      value: '6.4',
    })
    expect(one('وارتفع حجم الواردات إلى 300 ألف')).toMatchObject({ cue: null })
  })

  it('reads eleven to nineteen in words as one number, in counts and in a minute’s ordinal', () => {
    expect(quantitiesIn('أسفر الحادث عن مقتل خمسة عشر شخصاً').map((q) => q.value)).toEqual(['15'])
    expect(quantitiesIn('وأصيب أحد عشر شخصاً بجروح').map((q) => q.value)).toEqual(['11'])
    expect(quantitiesIn('سجل المهاجم في الدقيقة الخامسة عشرة').map((q) => q.value)).toEqual(['15'])
    expect(quantitiesIn('سجل المهاجم في الدقيقة الحادية عشرة').map((q) => q.value)).toEqual(['11'])
  })

  it('reads two hundred in its construct form and a noun in the dual as two', () => {
    expect(one('أسفر الانفجار عن مقتل مئتي شخص')).toMatchObject({ value: '200', cue: 'dead' })
    expect(one('أسفر الحادث عن مقتل شخصين')).toMatchObject({ value: '2', cue: 'dead' })
    expect(one('وأعلنت الشرطة سقوط قتيلين')).toMatchObject({ value: '2', cue: 'dead' })
    expect(quantitiesIn('وصل شخصين من المسعفين إلى المكان')).toEqual([])
  })

  it('reads a share after بنسبة and a verb of winning as votes, not a price’s or an index’s rise', () => {
    expect(one('وفاز المرشح بنسبة 52.1 بالمئة')).toMatchObject({ cue: 'votes', unit: '%' })
    expect(one('ارتفع المؤشر بنسبة 2%')).toMatchObject({ cue: null })
  })

  it('reads a share after على in a clause that leaves out the verb of obtaining as votes', () => {
    const [, second] = quantitiesIn('حصل الكعبي على 55.8 في المئة والنعيمي على 44.2 في المئة')
    expect(second).toMatchObject({ cue: 'votes', value: '44.2' })
    const [, seats] = quantitiesIn('حصل الحزب على 52% وعلى 40 مقعداً')
    expect(seats).toMatchObject({ cue: 'seats' })
  })

  it('reads a share set against a share of votes as votes, and not one set against a rate', () => {
    const [, rival] = quantitiesIn('فاز الكعبي بعد حصوله على نسبة 51.4%، مقابل 48.6% لمنافسه النعيمي')
    expect(rival).toMatchObject({ cue: 'votes', value: '48.6' })
    const [, rate] = quantitiesIn('ارتفعت أسعار الخبز بنسبة 12% مقابل 9% للأرز')
    expect(rate?.cue).toBeNull()
  })

  it('reads a rate set against one before it by «مقارنة بـ» as the same rate, not as a measure of «مقارنة»', () => {
    const [, before] = quantitiesIn(
      'انخفض معدل البطالة إلى 7.1% في الربع الثالث مقارنة بـ 7.6% في الربع الثاني',
    )
    expect(before).toMatchObject({ cue: 'unemployment', value: '7.6' })
    const [, glued] = quantitiesIn('صعد التضخم السنوي إلى 9.2% في مارس، مقارنةً بـ8.7% في فبراير')
    expect(glued).toMatchObject({ cue: 'inflation', value: '8.7' })
    const [, bare] = quantitiesIn('تراجعت أسعار الحديد 4% مقارنة بـ 6% للإسمنت')
    expect(bare?.cue).toBeNull()
  })

  it('reads a word of a count’s progress as the cue of the number after it only', () => {
    const [share, progress] = quantitiesIn('وحصل منافسه على 47.1% وذلك بعد فرز 98% من الأصوات')
    expect(share).toMatchObject({ cue: 'votes', value: '47.1' })
    expect(progress).toMatchObject({ cue: 'counted', value: '98' })
  })

  it('reads the decimal comma, the percent sign and percent in words', () => {
    expect(one('بلغت نسبة المشاركة 46,10% في الانتخابات').value).toBe('46.1')
    expect(one('بلغت نسبة المشاركة 46,10% في الانتخابات').unit).toBe('%')
    expect(one('وحصل المرشح على ٩٤٫٦٥ في المئة من الأصوات')).toMatchObject({ value: '94.65', unit: '%' })
    expect(one('ارتفع التضخم إلى 11,2 بالمائة').value).toBe('11.2')
  })

  it('applies magnitudes and keeps the unit after them', () => {
    expect(one('خصصت الحكومة 11,7 مليار دولار للإعمار')).toMatchObject({
      value: '11700000000',
      unit: 'dollar',
    })
    expect(one('بكلفة ١٬٢٠٠ دولار')).toMatchObject({ value: '1200', unit: 'dollar' })
  })

  it('tells apart what two numbers of one sentence count', () => {
    const [dead, injured] = quantitiesIn('قتل 7 أشخاص وأصيب 12 آخرون في الانفجار')
    expect([...dead!.nouns]).toEqual(['dead'])
    expect([...injured!.nouns]).toEqual(['injured'])
    const [a, b] = quantitiesIn('أسفر الحادث عن 7 قتلى و12 جريحاً')
    expect([...a!.nouns, ...b!.nouns]).toEqual(['dead', 'injured'])
    const [told, next] = quantitiesIn('أفادت مصادر طبية بأن 8 أشخاص قتلوا وأصيب 30 آخرون في الحادث')
    expect([told!.cue, next!.cue]).toEqual(['dead', 'injured'])
    expect(quantitiesIn('قالت الشرطة إن 5 أشخاص لقوا مصرعهم في الحريق')[0]!.cue).toBe('dead')
  })

  it('counts the one a toll word names beside «آخرين» (لقي الطيار مصرعه وأربعة آخرين: five dead), and no other', () => {
    const toll = (text: string) => quantitiesIn(text).map((q) => [q.value, q.cue])
    expect(toll('لقي الطيار مصرعه وأربعة آخرين في سقوط المروحية')).toEqual([['5', 'dead']])
    expect(toll('لقي الحارسان مصرعهما و3 آخرون عند المعبر')).toEqual([['5', 'dead']])
    expect(toll('لقي العمال حتفهم و7 آخرين في الحريق')).toEqual([['>9', 'dead']])
    expect(toll('أسفر الانفجار عن مقتل سائق وإصابة 6 آخرين')).toEqual([['6', 'injured']])
    expect(toll('لقي 4 أشخاص مصرعهم وأصيب 12 آخرون')).toEqual([
      ['4', 'dead'],
      ['12', 'injured'],
    ])
  })

  it('reads bounds, estimates and ranges as ranges', () => {
    // A writer rounds: «أكثر من 20» is 20 to 30, «أكثر من 23 مليوناً» 23 to 24 million, «نحو 21.5 مليون» 21.45 to
    // 21.55 million.
    expect(one('سقط أكثر من 20 قتيلاً')).toMatchObject({ low: 20, high: 30, value: '>20' })
    expect(one('صوت أكثر من 23 مليون ناخب')).toMatchObject({ low: 23e6, high: 24e6 })
    expect(one('نزح نحو 100 نازح')).toMatchObject({ low: 50, high: 150, value: '~100' })
    expect(one('حصد نحو 21.5 مليون صوت')).toMatchObject({ low: 21.45e6, high: 21.55e6 })
    expect(one('دمر بين 10 و15 منزلاً')).toMatchObject({ low: 10, high: 15, value: '10–15' })
    expect(one('دمر 10-15 منزلاً')).toMatchObject({ low: 10, high: 15 })
    // An estimate by «ما يناهز» before the number, or by «تقريباً» after its counted noun.
    expect(one('أصيب ما يناهز 60 شخصاً')).toMatchObject({ low: 55, high: 65, value: '~60' })
    expect(one('أصيب 60 شخصاً تقريباً في الحادث')).toMatchObject({ low: 55, high: 65, value: '~60' })
    expect(one('أصيب 60 شخصاً في الحادث')).toMatchObject({ low: 60, high: 60, value: '60' })
    // «على الأقل» before the figure is a floor, though «أقل من» is a ceiling.
    expect(one('نفق على الأقل 30 رأساً من الماشية')).toMatchObject({ low: 30, bound: 'over', value: '>30' })
    expect(one('نفق أقل من 30 رأساً من الماشية')).toMatchObject({ high: 30, bound: 'under', value: '<30' })
  })

  it('reads what a share counts from the count before it or from a verb of obtaining', () => {
    const [votes, share] = quantitiesIn('حصل المرشح سالم الكعبي على 900 ألف صوت، بنسبة تصل إلى 61.5%.')
    expect(votes!.cue).toBe('votes')
    expect(share).toMatchObject({ cue: 'votes', unit: '%', value: '61.5' })
    expect(one('وحصل الكعبي على نسبة 61.5% في الجولة الثانية')).toMatchObject({ cue: 'votes', label: 'وحصل' })
    expect(one('فاز الكعبي بحصوله على دعم 61% من الناخبين')).toMatchObject({ cue: 'votes' })
    expect(one('ارتفعت الأسعار بنسبة 12% خلال العام').cue).toBeNull()
  })

  it('reads the progress of a count apart from the votes, and the whole after «من أصل» as the votes cast', () => {
    expect(one('وذلك بعد فرز 98% من الأصوات').cue).toBe('counted')
    expect(one('بعد إحصاء 99.4 بالمئة من صناديق الاقتراع').cue).toBe('counted')
    const [part, whole] = quantitiesIn('حصد الكعبي 900 ألف صوت من أصل 1.2 مليون')
    expect([part!.cue, whole!.cue]).toEqual(['votes', 'cast'])
  })

  it('reads a figure after «إلى» as the new value of a total named back in its sentence, past commas', () => {
    expect(
      one(
        'وأعلنت السلطات ارتفاع عدد ضحايا الحريق الذي اندلع في سوق شعبي وسط المدينة، عاصمة المحافظة، إلى 43 شخصاً',
      ),
    ).toMatchObject({ cue: 'dead', developing: true })
    expect(one('ارتفعت حصيلة القتلى في القصف الذي استهدف الحي الشرقي للمدينة إلى أكثر من 20')).toMatchObject({
      cue: 'dead',
      value: '>20',
    })
    expect(quantitiesIn('قتل 5 أشخاص وارتفع عدد الجرحى إلى 20').map((q) => q.cue)).toEqual([
      'dead',
      'injured',
    ])
    expect(one('ارتفع عدد الزوار إلى 25 ألفاً').cue).toBeNull()
    // Past a figure of a relative clause inside the total's noun phrase, back to the total.
    expect(
      quantitiesIn('ارتفع عدد ضحايا الزلزال الذي بلغت قوته 6.1 درجات، إلى 40 شخصا').map((q) => q.cue),
    ).toEqual(['magnitude', 'dead'])
    // Not past a figure of the main clause.
    expect(
      quantitiesIn('بلغ عدد ضحايا العاصفة 5 أشخاص، وارتفع منسوب النهر إلى 40 سنتيمترا').map((q) => q.cue),
    ).toEqual(['dead', null])
  })

  it('tells a noun in ta marbuta from one of the same stem in alef maqsura (أسرة / أسرى، قتلة / قتلى)', () => {
    expect(one('تلقت 3 آلاف أسرة مساعدات غذائية').cue).not.toBe('detained')
    expect(one('أفرجت السلطات عن 300 من الأسرى').cue).toBe('detained')
    expect(one('اعتقلت الشرطة 3 قتلة فروا من السجن')).toMatchObject({ developing: false })
    expect(one('أسفر الحادث عن سقوط 12 قتلى')).toMatchObject({ cue: 'dead', developing: true })
  })

  it('reads a count of polling stations a few words after a word of counting as the stage of that count', () => {
    expect(one('بعد فرز أكثر من 1500 لجنة').cue).toBe('counted')
    expect(one('اعتمادا على أرقام الفرز بمراكز الاقتراع البالغ عددها 9120 لجنة').cue).toBe('counted')
    expect(one('وفتحت 9120 لجنة أبوابها أمام الناخبين صباح الأحد').cue).toBe('polling stations')
    expect(one('وبعد فرز جميع الصناديق في 9120 لجنة').cue).toBe('polling stations')
  })

  it('reads a part with no cue before «من أصل» and its whole as the part that whole is counted in', () => {
    const [part, whole] = quantitiesIn('وأشارت إلى أن نحو 25 مليوناً من أصل 60 مليون ناخب مسجل أدلوا بأصواتهم')
    expect([part!.cue, whole!.cue]).toEqual(['cast', 'registered'])
    const [count, total] = quantitiesIn('ارتفع عدد الزوار إلى 25 ألفاً من أصل 60 ألفاً')
    expect([count!.cue, total!.cue]).toEqual([null, null])
  })

  it('reads the whole after «من إجمالي» as after «من أصل»: a total is no value of the part', () => {
    const [part, whole] = quantitiesIn('وأوضح أن المرشح حصل على حوالي 6 ملايين صوت من إجمالي 9.4 مليون ناخب')
    expect([part!.cue, whole!.cue]).toEqual(['votes', 'cast'])
    const [given, cast] = quantitiesIn('نال 300 ألف صوت من مجموع 2.1 مليون صوت')
    expect([given!.cue, cast!.cue]).toEqual(['votes', 'cast'])
  })

  it("reads an edition's ordinal after its noun, in digits or in words, and no ordinal after a copula", () => {
    expect(one('اختتمت القمة العربية الـ33 أعمالها')).toMatchObject({ cue: 'edition', value: '33' })
    expect(one('اختتمت القمة العربيةالـ 33 أعمالها')).toMatchObject({ cue: 'edition', value: '33' })
    expect(one('انعقدت الدورة العادية الثانية والثلاثين للمجلس')).toMatchObject({
      cue: 'edition',
      value: '32',
    })
    expect(one('افتتح المؤتمر الثالث للشباب')).toMatchObject({ cue: 'edition', value: '3' })
    expect(quantitiesIn('تعد هذه النسخة هي الثانية على التوالي')).toEqual([])
  })

  it("reads a match's minute only after its word, and a minute of added time as any half's, extra time's too", () => {
    expect(one('احتسب الحكم 19 دقيقة بدلاً من الوقت الضائع').cue).toBeNull()
    expect(one('أحرز الهدف في الدقيقة 60')).toMatchObject({ cue: 'minute', low: 60, high: 60 })
    expect(one('أدرك التعادل في الدقيقة السابعة من الوقت بدل الضائع')).toMatchObject({
      cue: 'minute',
      low: 52,
      high: 127,
      exact: null,
    })
    expect(one('خطف الفوز في الدقيقة الأولى من الوقت بدل ضائع')).toMatchObject({ low: 46, high: 121 })
  })

  it('reads a minute of added time written after a plus as the sum, not as the half it follows', () => {
    expect(one('عادل النتيجة في الدقيقة 90+7 من ركلة جزاء')).toMatchObject({
      cue: 'minute',
      low: 97,
      high: 97,
      value: '97',
    })
    const late = one('وسجل الثالث في الدقيقة الـ120+2 برأسية')
    expect(late).toMatchObject({ cue: 'minute', low: 122 })
    expect('وسجل الثالث في الدقيقة الـ120+2 برأسية'.slice(late.start, late.end)).toBe('120+2')
    // A sum of other numbers is no minute of added time.
    expect(quantitiesIn('في الدقيقة 60+5')[0]).toMatchObject({ low: 60, high: 60 })
  })

  it('leaves out numbers the caller skips and numbers that are times', () => {
    expect(quantitiesIn('في الساعة 10:30 صباحاً')).toEqual([])
    expect(quantitiesIn('قتل 7 أشخاص عام 2020', (start) => start > 15)).toHaveLength(1)
  })
})

describe('sameQuantity and agree', () => {
  it('does not pair a turnout with a vote share', () => {
    const turnout = one('بلغت نسبة المشاركة 46,10% في الاقتراع العام')
    const share = one('وفاز المرشح بنسبة 94,65% من الأصوات')
    expect(sameQuantity(turnout, share)).toBe(false)
  })

  it('does not pair the dead with the injured, nor dollars with dirhams', () => {
    expect(sameQuantity(one('قتل 7 أشخاص في القصف'), one('أصيب 7 أشخاص في القصف'))).toBe(false)
    expect(sameQuantity(one('رصدت 120 مليار درهم للإعمار'), one('رصدت 11.7 مليار دولار للإعمار'))).toBe(false)
  })

  it('pairs a magnitude given in degrees with one given on the Richter scale, and sees 7 and 7.2 disagree', () => {
    const a = one('ضرب زلزال بقوة 7 درجات المنطقة')
    const b = one('ضرب زلزال بقوة 7,2 على مقياس ريختر المنطقة')
    expect(sameQuantity(a, b)).toBe(true)
    expect(agree(a, b)).toBe(false)
  })

  it('sees agreement in a rounded figure, a bound and a range', () => {
    expect(agree(one('بلغت نسبة الإنجاز 48% تقريبا'), one('بلغت نسبة الإنجاز 48.03%'))).toBe(true)
    expect(agree(one('بلغت نسبة الإنجاز 48%'), one('بلغت نسبة الإنجاز 48.03%'))).toBe(true)
    expect(agree(one('قتل أكثر من 20 شخصاً'), one('قتل 23 شخصاً'))).toBe(true)
    expect(agree(one('دمر بين 10 و15 منزلاً'), one('دمر 12 منزلاً'))).toBe(true)
    expect(agree(one('قتل 23 شخصاً'), one('قتل 27 شخصاً'))).toBe(false)
  })

  it('sees a bound agree with a value that misses it by a little, not with one that misses it by more', () => {
    const over = one('أصيب أكثر من 200 شخص في الحادث')
    expect(agree(over, one('أصيب 193 شخصاً في الحادث'))).toBe(true)
    expect(agree(over, one('أصيب 186 شخصاً في الحادث'))).toBe(false)
    const under = one('نجا أقل من 40 راكباً من الغرق')
    expect(agree(under, one('نجا 41 راكباً من الغرق'))).toBe(true)
    expect(agree(under, one('نجا 45 راكباً من الغرق'))).toBe(false)
  })

  it('sees a bound of a settled figure open above, and a toll’s bound as the writer’s rounding', () => {
    expect(agree(one('شارك في القمة أكثر من 20 دولة'), one('شارك في القمة 31 دولة'))).toBe(true)
    expect(agree(one('قتل أكثر من 20 شخصاً في الهجوم'), one('قتل 31 شخصاً في الهجوم'))).toBe(false)
  })

  it('sees a coarse share agree with a finer one it rounds or cuts, not with one it neither rounds nor cuts', () => {
    const coarse = one('حصل المرشح على 41% من الأصوات')
    expect(agree(coarse, one('حصل المرشح على 40.6% من الأصوات'))).toBe(true)
    expect(agree(coarse, one('حصل المرشح على 41.8% من الأصوات'))).toBe(true)
    expect(agree(coarse, one('حصل المرشح على 40.3% من الأصوات'))).toBe(false)
    expect(agree(coarse, one('حصل المرشح على 42.1% من الأصوات'))).toBe(false)
  })

  it('sees a figure with decimals agree with a finer one it cuts or rounds, a whole figure of a measure not', () => {
    const magnitude = (text: string) => one(`ضربت هزة بقوة ${text} درجات جنوب البلاد`)
    expect(agree(magnitude('5.4'), magnitude('5.47'))).toBe(true)
    expect(agree(magnitude('3,1'), magnitude('٣٫١٨'))).toBe(true)
    expect(agree(one('وقعت الهزة على عمق 2.5 كيلومتر'), one('وقعت الهزة على عمق 2.58 كيلومتر'))).toBe(true)
    expect(agree(one('بلغت قوة الزلزال 4.2 على مقياس ريختر'), magnitude('4.26'))).toBe(true)
    // Not one it neither cuts nor rounds, nor two figures of as many decimals, nor a whole figure of a measure.
    expect(agree(magnitude('5.4'), magnitude('5.51'))).toBe(false)
    expect(agree(magnitude('5.4'), magnitude('5.5'))).toBe(false)
    expect(agree(magnitude('5'), magnitude('5.4'))).toBe(false)
  })

  it('sees a figure in a word of millions or thousands agree with a finer one it cuts or rounds, not with another', () => {
    const millions = one('حصل المرشح على 14 مليون صوت')
    expect(agree(millions, one('حصل المرشح على 14 مليونا و620 ألف صوت'))).toBe(true)
    expect(agree(millions, one('حصل المرشح على 13 مليونا و800 ألف صوت'))).toBe(true)
    expect(agree(millions, one('حصل المرشح على 15 مليونا و100 ألف صوت'))).toBe(false)
    expect(agree(one('نزح 2.5 ألف شخص'), one('نزح 2540 شخصا'))).toBe(true)
    expect(agree(one('نزح 2.5 ألف شخص'), one('نزح 2620 شخصا'))).toBe(false)
  })

  it('sees two minutes of added time agree only when they are the same minute of it, whichever half', () => {
    const third = one('طرد المدافع في الدقيقة الثالثة من الوقت بدل الضائع')
    expect(agree(third, one('طرد المدافع في الدقيقة 45+2'))).toBe(false)
    expect(agree(third, one('طرد المدافع في الدقيقة 90+3'))).toBe(true)
    expect(agree(third, one('سجل البديل في الدقيقة الرابعة من الوقت المحتسب بدلا من الضائع'))).toBe(false)
    expect(agree(third, one('طرد المدافع في الدقيقة 93'))).toBe(true)
    expect(agree(one('سجل في الدقيقة 45+3'), one('سجل في الدقيقة 90+3'))).toBe(false)
  })
})

describe('amounts as the news writes them', () => {
  it('reads a magnitude in words with the hundreds, tens and units joined to it by و', () => {
    const value = (text: string) => quantitiesIn(text).map((q) => [q.value, q.cue])
    expect(value('أسفرت العاصفة عن مقتل ألف وخمسمائة شخص')).toEqual([['1500', 'dead']])
    expect(value('وتجاوز عدد المصابين ألفين وخمسمئة مصاب')).toEqual([['2500', 'injured']])
    expect(value('وأحصت السلطات ثلاثة آلاف ومئتي قتيل')).toEqual([['3200', 'dead']])
    expect(value('أسفرت المعارك عن مقتل ألف ومئة وعشرين مقاتلاً')).toEqual([['1120', 'dead']])
    expect(value('تسبب الزلزال في مقتل ألف شخص')).toEqual([['1000', 'dead']])
    // A number of the teens times the magnitude after it, as units and tens are.
    expect(value('أدت الحرب إلى نزوح خمسة عشر ألفاً من السكان')).toEqual([['15000', 'displaced']])
    expect(value('وارتفع عدد النازحين إلى أحد عشر ألف نازح')).toEqual([['11000', 'displaced']])
    // A year in words is no count, nor is the plural of a magnitude alone a figure (آلاف المنازل).
    expect(value('وقعت الكارثة عام ألفين وعشرين وقتل فيها سبعة')).toEqual([['7', 'dead']])
    expect(value('وانهارت آلاف المنازل في القرى')).toEqual([])
  })

  it('reads hundreds written apart from their units (ثلاث مئة), not as a share', () => {
    expect(one('لقي ثلاث مئة شخص حتفهم في الفيضان')).toMatchObject({ value: '300', unit: null, cue: 'dead' })
    expect(one('أصيب خمس مائة وعشرون شخصاً')).toMatchObject({ value: '520', unit: null, cue: 'injured' })
    expect(one('وبلغ عدد القتلى تسع مئة قتيل')).toMatchObject({ value: '900', cue: 'dead' })
    // «في المئة» and «بالمئة» after a figure are still a share.
    expect(one('بلغت نسبة المشاركة ثلاثين في المائة')).toMatchObject({ value: '30', unit: '%' })
    expect(one('بلغت نسبة المشاركة خمسين بالمئة')).toMatchObject({ value: '50', unit: '%' })
  })

  it('reads half and a quarter of a magnitude, before it and after it with و', () => {
    expect(one('وتسببت الحرب في نزوح نصف مليون شخص')).toMatchObject({ value: '500000', cue: 'displaced' })
    expect(one('وبلغ عدد النازحين ربع مليون')).toMatchObject({ value: '250000', cue: 'displaced' })
    expect(one('وبلغ عدد اللاجئين مليون ونصف المليون')).toMatchObject({ value: '1500000', cue: 'displaced' })
    expect(one('أحصت الأمم المتحدة 2 مليون ونصف نازح')).toMatchObject({ value: '2500000', cue: 'displaced' })
    // Written with a magnitude word, the figure is a rounding: half a million agrees with 520,000, not with 700,000.
    const half = one('وتسببت الحرب في نزوح نصف مليون شخص')
    expect(agree(half, one('وتسببت الحرب في نزوح 520 ألف شخص'))).toBe(true)
    expect(agree(half, one('وتسببت الحرب في نزوح 700 ألف شخص'))).toBe(false)
  })

  it('reads a range in words after بين, and a range in digits after «بين … إلى»', () => {
    expect(one('أصيب بين ثلاثة وخمسة أشخاص في الحادث')).toMatchObject({ low: 3, high: 5, exact: null })
    expect(one('قتل ما بين عشرين وثلاثين مسلحاً')).toMatchObject({ low: 20, high: 30, cue: 'dead' })
    expect(one('دمر السيل ما بين 15 إلى 20 منزلاً')).toMatchObject({ low: 15, high: 20, value: '15–20' })
    // «بين خمسة وعشرين» is twenty-five, units before tens.
    expect(one('قتل بين خمسة وعشرين شخصاً')).toMatchObject({ value: '25' })
  })

  it('reads a toll’s noun in the indefinite singular as one, and not after a figure or a word of every', () => {
    expect(quantitiesIn('خلف الانفجار قتيلاً وعدداً من الجرحى').map((q) => [q.value, q.cue])).toEqual([
      ['1', 'dead'],
    ])
    expect(one('وأكد المسعفون وجود جريح في المبنى المنهار')).toMatchObject({ value: '1', cue: 'injured' })
    expect(one('أسفر التصادم عن مصاب نقل إلى المستشفى')).toMatchObject({ value: '1', cue: 'injured' })
    expect(one('سقط قتيل واحد في الاشتباك')).toMatchObject({ value: '1', cue: 'dead' })
    expect(one('أسفر الحريق عن 15 قتيلاً')).toMatchObject({ value: '15' })
    expect(one('أسفر الحريق عن ألف قتيل')).toMatchObject({ value: '1000' })
    expect(one('أسفر الحريق عن أكثر من مئة قتيل')).toMatchObject({ value: '>100' })
    expect(quantitiesIn('تصرف الحكومة تعويضاً لكل مصاب')).toEqual([])
    expect(quantitiesIn('سقط أول قتيل في الاحتجاجات مساء الجمعة')).toEqual([])
  })

  it('reads no value in a plural that says only the order of a count (عشرات، مئات، آلاف)', () => {
    expect(quantitiesIn('أسفر القصف عن عشرات القتلى')).toEqual([])
    expect(quantitiesIn('وأصيب المئات في المواجهات')).toEqual([])
    expect(quantitiesIn('وتسبب الإعصار في نزوح الآلاف')).toEqual([])
    expect(quantitiesIn('أسفر القصف عن 5 قتلى وعشرات الجرحى').map((q) => [q.value, q.cue])).toEqual([
      ['5', 'dead'],
    ])
  })

  it('reads Eastern Arabic digits, the Arabic decimal mark and the decimal comma alike', () => {
    expect(one('قتل ٤٥ شخصاً في الهجوم')).toMatchObject({ value: '45', cue: 'dead' })
    expect(one('ضرب زلزال بقوة ٦٫٨ درجات')).toMatchObject({ value: '6.8', cue: 'magnitude' })
    expect(one('ضرب زلزال بقوة 6,8 درجات')).toMatchObject({ value: '6.8', cue: 'magnitude' })
    expect(one('بلغت نسبة المشاركة ٥٢٫٣٪')).toMatchObject({ value: '52.3', unit: '%' })
  })

  it('reads a count written in orders, with or without و, and a bare million', () => {
    expect(one('حصل المرشح على 12 مليوناً و305 آلاف و17 صوتاً')).toMatchObject({
      value: '12305017',
      cue: 'votes',
    })
    expect(one('حصل المرشح على 12 مليون 305 ألف 17 صوتاً').value).toBe('12305017')
    expect(one('بلغت الأصوات الباطلة مليون و420 ألفا و8 أصوات')).toMatchObject({
      value: '1420008',
      cue: 'invalid',
    })
    expect(one('حصل على 305 آلاف صوت').exact?.step).toBe(1000)
  })

  it('reads the lower orders in Arabic-Indic digits, and a figure in words times its magnitude', () => {
    expect(one('وحل ثانياً بعدما حصل على ٢٤٣ ألفا و٦١٨ صوتا')).toMatchObject({ value: '243618', cue: 'votes' })
    expect(one('نال الفائز ثلاثة ملايين و٤٠٢ ألفا و١٧ صوتا')).toMatchObject({
      value: '3402017',
      cue: 'votes',
    })
    expect(one('سجل البديل هدف التعادل في الدقيقة ٩٠+٤')).toMatchObject({ value: '94', cue: 'minute' })
  })

  it('reads figures in words next to their cue, the decimal point in words, and a minute as an ordinal', () => {
    expect(one('أسفر الانفجار عن مقتل خمسة وعشرين شخصاً')).toMatchObject({ value: '25', cue: 'dead' })
    expect(one('بلغت قوة الهزة ست درجات فاصل ثلاثة')).toMatchObject({ value: '6.3', cue: 'magnitude' })
    expect(one('سجل المهاجم هدفه في الدقيقة السابعة')).toMatchObject({ value: '7', cue: 'minute' })
    expect(one('أحرز الجناح هدف التقدم في الدقيقة الخامسة والسبعين من عمر اللقاء')).toMatchObject({
      value: '75',
      cue: 'minute',
    })
    expect(one('تعادل الضيوف في الدقيقة الثانية والأربعين')).toMatchObject({ value: '42', cue: 'minute' })
  })

  it('takes no words of a figure’s conjunct from the figure before it: they are where the former was measured', () => {
    const [first, second] = quantitiesIn(
      'وبلغت التدفقات 800 متر مكعب في الثانية في نهر الشمال و450 متر مكعب في الثانية',
    )
    expect([...first!.nouns]).toEqual(['w:تدفق'])
    expect([...second!.nouns]).toEqual([])
    const [, own] = quantitiesIn(
      'وبلغت حمولة نهر الشمال 800 متر مكعب في الثانية، ونهر الجنوب 450 متر مكعب في الثانية',
    )
    expect(own!.nouns.size).toBeGreaterThan(0)
  })

  it('gives a figure no cue from the noun another figure before it counts', () => {
    const read = quantitiesIn('وأدت الأمطار إلى انهيار 25 مسكنا وتضرر 60 طريقا في الإقليم')
    expect(read.map((q) => [q.value, q.cue])).toEqual([
      ['25', 'homes'],
      ['60', null],
    ])
    expect(quantitiesIn('قتل 12 شخصا وأصيب 30 آخرون').map((q) => q.cue)).toEqual(['dead', 'injured'])
    // No conjunct opened between: a verb after another number is still the figure's cue.
    expect(quantitiesIn('نشر في 06-09 لقي أكثر من 40 شخصا مصرعهم').at(-1)).toMatchObject({ cue: 'dead' })
  })

  it('reads no minute from an ordinal after the plural or the dual: the first minutes are a stretch of the match', () => {
    expect(quantitiesIn('أضاع المهاجم فرصة محققة في الدقائق الأولى من المباراة')).toEqual([])
    expect(quantitiesIn('ضغط أصحاب الأرض بقوة في الدقائق الأخيرة')).toEqual([])
    expect(quantitiesIn('وبالدقائق الأولى أهدر الجناح ركلة جزاء')).toEqual([])
  })

  it('reads a minute counted from the start of a half as a minute of the match', () => {
    expect(one('أدرك البديل التعادل في الدقيقة 4 من الشوط الثاني')).toMatchObject({
      value: '49',
      cue: 'minute',
    })
    expect(one('سجل المدافع في الدقيقة الرابعة من الشوط الإضافي الأول')).toMatchObject({ value: '94' })
    expect(one('سجل في الدقيقة العاشرة من بداية الشوط الثاني')).toMatchObject({ value: '55' })
    expect(one('سجل المهاجم في الدقيقة 30 من الشوط الأول')).toMatchObject({ value: '30' })
    expect(one('أضاف الثالث في الدقيقة 20 من الشوط الإضافي الثاني')).toMatchObject({ value: '20' })
  })

  it('reads the minutes passed since the kick-off or a half’s start as the minute, not a duration alone', () => {
    expect(one('افتتح الضيوف التسجيل بعد مرور 9 دقائق عبر مهاجمهم')).toMatchObject({
      value: '9',
      cue: 'minute',
    })
    expect(one('أدرك الفريق التعادل بعد أربع دقائق من بداية الشوط الثاني')).toMatchObject({
      value: '49',
      cue: 'minute',
    })
    expect(quantitiesIn('عاد الفريق وسجل بعد خمس دقائق من هدف التقدم').map((q) => q.cue)).not.toContain(
      'minute',
    )
    expect(quantitiesIn('اختار الناخبون ثلاثة منحوا أصواتهم للمرشح')).toEqual([])
  })

  it('reads tens alone, a magnitude’s dual and a figure in words after the words of a bound', () => {
    expect(one('أسفر الحريق عن مقتل ثلاثين شخصاً')).toMatchObject({ value: '30', cue: 'dead' })
    expect(one('قتل أكثر من خمسين شخصاً في الفيضان')).toMatchObject({ value: '>50', cue: 'dead' })
    expect(one('أسفر الزلزال عن مقتل نحو ألفي شخص')).toMatchObject({ value: '~2000', cue: 'dead' })
    expect(one('أصيب ألفان و300 شخص بجروح')).toMatchObject({ value: '2300', cue: 'injured' })
    expect(quantitiesIn('شهد القرن العشرين حروباً كثيرة')).toEqual([])
  })

  it('reads a dot before three digits in a toll as grouping thousands, and elsewhere as a decimal point', () => {
    expect(one('أسفر الزلزال عن مقتل 1.500 شخص')).toMatchObject({ value: '1500', cue: 'dead' })
    expect(one('وحصل المرشح الثالث على 312.450 صوتاً')).toMatchObject({ value: '312450', cue: 'votes' })
    expect(one('دمرت العاصفة 2.300 منزل')).toMatchObject({ value: '2300', cue: 'homes' })
    expect(one('بلغ معدل التضخم 3.250 في المئة').value).toBe('3.25')
    expect(one('أصيب ١.٢٠٠ شخص بجروح')).toMatchObject({ value: '1200', cue: 'injured' })
    expect(one('ضرب زلزال بقوة 6.250 درجات')).toMatchObject({ value: '6.25', cue: 'magnitude' })
  })

  it('reads the Arabic decimal mark or comma before three digits of a count as grouping thousands too', () => {
    expect(one('أسفر الإعصار عن مقتل 3٫400 شخص')).toMatchObject({ value: '3400', cue: 'dead' })
    expect(one('أصيب ٢،١٠٠ شخص في الهزة')).toMatchObject({ value: '2100', cue: 'injured' })
    expect(one('ونال مرشح الحزب 4.120 صوتاً')).toMatchObject({ value: '4120', unit: null, cue: 'votes' })
    expect(one('ضرب زلزال بقوة 5٫4 درجات')).toMatchObject({ value: '5.4', cue: 'magnitude' })
    expect(one('وحصل المرشح على 48،6 في المئة من الأصوات')).toMatchObject({ value: '48.6', unit: '%' })
  })

  it('reads a dot before three digits as grouping thousands in a count known by its noun, not in a measure', () => {
    expect(one('وتقدم للامتحان هذا العام 12.480 طالباً')).toMatchObject({ value: '12480', counted: 'طالب' })
    expect(one('بلغت حمولة السفينة 3.250 طناً').value).toBe('3.25')
  })

  it('reads hundreds in words with the units and tens joined to them, not the last word alone', () => {
    const [dead, injured] = quantitiesIn('أسفر الحريق عن مقتل تسعة وأربعين شخصا إضافة إلى مئة وعشرة جرحى')
    expect(dead).toMatchObject({ value: '49', cue: 'dead' })
    expect(injured).toMatchObject({ value: '110', cue: 'injured' })
    expect(one('أسفر الزلزال عن مقتل ثلاثمائة وخمسة وعشرين شخصاً')).toMatchObject({
      value: '325',
      cue: 'dead',
    })
    expect(one('أصيب مئتان وأربعون راكباً بجروح')).toMatchObject({ value: '240', cue: 'injured' })
    expect(one('نقل مائة جريح إلى المستشفيات')).toMatchObject({ value: '100', cue: 'injured' })
    expect(one('قتل مئة ألف شخص في الحرب')).toMatchObject({ value: '100000', cue: 'dead' })
    expect(one('بلغت نسبة المشاركة 40 في المائة')).toMatchObject({ value: '40', unit: '%' })
  })

  it('reads the bound of «ما يربو على» as more than', () => {
    expect(one('أسفر الزلزال عن مقتل ما يربو على 300 شخص')).toMatchObject({ value: '>300', cue: 'dead' })
  })

  it('reads a toll of a year’s digits after its cue, and a toll across a year that dates it', () => {
    expect(one('ارتفعت حصيلة قتلى الفيضانات إلى 1950')).toMatchObject({ value: '1950', cue: 'dead' })
    expect(one('بلغت حصيلة القتلى 2023 شخصاً')).toMatchObject({ value: '2023', cue: 'dead' })
    expect(one('قتل في عام 2023 نحو 40 شخصاً في المدينة')).toMatchObject({ value: '~40', cue: 'dead' })
    expect(quantitiesIn('وقعت الكارثة في عام 2023 في المدينة')).toEqual([])
  })

  it('reads a bound on a year’s digits as a count, not a year', () => {
    expect(one('وتضرر أكثر من 2000 شخص من السيول')).toMatchObject({ value: '>2000', counted: 'شخص' })
    expect(quantitiesIn('افتتح الجسر في 2000 وسط احتفال')).toEqual([])
  })

  it('leaves out years, clock times and the value a figure changed from', () => {
    expect(quantitiesIn('شارك المنتخب في نهائيات 2018 في روسيا')).toEqual([])
    expect(quantitiesIn('وقع الانفجار الساعة 4,20 فجراً')).toEqual([])
    const [toll] = quantitiesIn('ارتفع عدد ضحايا الفيضان من 40 شخصا إلى 65 شخصا وإصابة 12 آخرين')
    expect(toll).toMatchObject({ value: '65', cue: 'dead', developing: true })
  })

  it('reads the Arabic comma between digits as the decimal mark', () => {
    expect(one('بلغت نسبة المشاركة 52،4 بالمائة')).toMatchObject({ value: '52.4', unit: '%' })
  })
})

describe('lists of minutes', () => {
  const minutes = (text: string) =>
    quantitiesIn(text)
      .filter((q) => q.cue === 'minute')
      .map((q) => [q.value, text.slice(q.start, q.end)])

  it('reads every number after the plural of minute as a minute, whatever joins them', () => {
    expect(minutes('وسجل المهاجم ثلاثة أهداف في الدقائق 12 و 40 و88 من اللقاء.')).toEqual([
      ['12', '12'],
      ['40', '40'],
      ['88', '88'],
    ])
    expect(minutes('أحرز الجناح الأهداف بالدقائق 15، 61، و(90 + 3) قبل أن يغادر.')).toEqual([
      ['15', '15'],
      ['61', '61'],
      ['93', '90 + 3'],
    ])
  })

  it('reads the Arabic comma between minutes, and a comma the page wrote inside one number, as a list', () => {
    expect(minutes('وسجل الفريق بالدقائق 20،71،94، فيما رد الضيوف مرة.').map(([value]) => value)).toEqual([
      '20',
      '71',
      '94',
    ])
    expect(minutes('وهز المهاجمان الشباك في الدقائق 33,58 من المباراة.')).toEqual([
      ['33', '33'],
      ['58', '58'],
    ])
    // Elsewhere three numbers joined by commas are no decimal either; two still are.
    expect(quantitiesIn('تراوحت الحصص 5،10،15 سهماً').map((q) => q.value)).not.toContain('5.1')
    expect(one('بلغت نسبة المشاركة ٤٥،٣% في الاقتراع').value).toBe('45.3')
  })

  it('does not read a duration counted in minutes as a minute of the match', () => {
    expect(minutes('وتوقفت المباراة خمس دقائق ثم استؤنفت بعد 10 دقائق.')).toEqual([])
  })
})

describe('shares of a whole', () => {
  it('reads the voters who cast their votes of the registered as a turnout too, and nothing for other parts', () => {
    const read = (text: string) => quantitiesIn(text).map((q) => [q.cue, q.value, q.unit])
    expect(read('وبلغ عدد الذين صوتوا 3 ملايين ناخب من أصل 6 ملايين.')).toEqual([
      ['cast', '3000000', null],
      [null, '6000000', null],
      ['turnout', '50–50', '%'],
    ])
    expect(read('وبلغ عدد الذين صوتوا أكثر من 2 مليون من أصل 5 ملايين ناخب مسجل.')[2]).toEqual([
      'turnout',
      '40–60',
      '%',
    ])
    // The dead of a whole are no share of anything.
    expect(read('وقتل 20 شخصا من أصل 50 راكبا.').map(([cue]) => cue)).not.toContain('turnout')
  })
})

describe('forecasts', () => {
  it('marks a figure after a word of expectation in its clause as a forecast, and a count after it as none', () => {
    const [dead, feared] = quantitiesIn(
      'أسفرت السيول عن مقتل 120 شخصاً، وسط توقعات بارتفاع عدد الضحايا إلى 900 شخص.',
    )
    expect(dead).toMatchObject({ value: '120', cue: 'dead' })
    expect(dead!.projected).toBeUndefined()
    expect(feared).toMatchObject({ value: '900', projected: true })
    expect(one('ويخشى المسؤولون أن يرتفع عدد القتلى إلى 300 قتيل')).toMatchObject({ projected: true })
  })
})

describe('bracketedMinute', () => {
  const read = (text: string, matchReport: boolean) =>
    quantitiesIn(text).map((q) => bracketedMinute(text, q, matchReport)?.value ?? null)

  it('reads a minute after د in brackets in any text, a bare bracketed one only in a match report', () => {
    expect(read('وأدرك المدافع التعادل (د 77).', false)).toEqual(['77'])
    expect(read('وأدرك المدافع التعادل (د77 ).', false)).toEqual(['77'])
    expect(read('وسجل الثاني لاعب الضيوف (د 61 هدف عكسي).', false)).toEqual(['61'])
    expect(read('وسجل الثاني لاعب الضيوف (د 61 وبعدها 70).', false)).toEqual([null, null])
    expect(read('ووصل الوزير سالم الكعبي (61) إلى المؤتمر.', false)).toEqual([null])
  })

  it('reads every minute of a bracketed list after the scorer', () => {
    expect(read('سجلها المهاجم من ثلاث ضربات جزاء (19 ، 70، 90+4) أمام جماهيره.', true)).toEqual([
      '19',
      '70',
      '94',
    ])
    // A range in brackets, or figures with words between, is no list of minutes.
    expect(read('شارك فيه المتطوعون (بين 20 و30 عاماً) في المدينة.', true)).toEqual([null])
  })
})

describe('agree with truncated figures', () => {
  it('sees a share cut to its whole part, and a count cut to its thousands, agree', () => {
    expect(agree(one('فاز بنسبة 88% من الأصوات'), one('فاز بنسبة 88.7% من الأصوات'))).toBe(true)
    expect(agree(one('حصل على 412 ألف صوت'), one('حصل على 412 ألفا و903 أصوات'))).toBe(true)
    expect(agree(one('حصل على مليون و430 ألف صوت'), one('حصل على مليون و428 ألفا و15 صوتا'))).toBe(false)
    expect(agree(one('بقوة 6.4 درجات'), one('بقوة 6.5 درجات'))).toBe(false)
  })

  it('sees a minute of added time of no half named agree only with that minute after a half', () => {
    const third = one('طرد المدافع في الدقيقة الثالثة من الوقت بدل الضائع')
    expect(agree(third, one('طرد المدافع في الدقيقة 48'))).toBe(true)
    expect(agree(one('طرد المدافع في الدقيقة 93'), third)).toBe(true)
    expect(agree(third, one('سجل المهاجم هدفه في الدقيقة 74'))).toBe(false)
  })
})

describe('quantities of any text', () => {
  // Pieces news writes figures with: words of minutes and tolls, digits joined by commas, brackets, plus signs.
  const piece = fc.constantFrom(
    'في الدقائق',
    'بالدقيقة',
    'الدقيقة',
    'سجل',
    'خالد النعيمي',
    'مقتل',
    'توقعات بارتفاع',
    '12',
    '26,74',
    '20،71،94',
    '٤٥،٣',
    '90+5',
    '(د 68)',
    '(',
    ')',
    '،',
    ' و',
    '%',
    'ألف',
    'بين 11 و13',
  )
  const sentence = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(' '))

  it('reads tokens and quantities whose offsets map back to the text, and never throws', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        for (const token of quantityTokens(text)) expect(text.slice(token.start, token.end)).toBe(token.text)
        for (const quantity of quantitiesIn(text)) {
          expect(0 <= quantity.start && quantity.start < quantity.end && quantity.end <= text.length).toBe(
            true,
          )
          expect(quantity.low).toBeLessThanOrEqual(quantity.high)
        }
      }),
    )
  })
})
