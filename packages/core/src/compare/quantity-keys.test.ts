import { describe, expect, it } from 'vitest'
import { parseArticle } from '../index.ts'
import { compareCoverage } from './index.ts'
import { nameKey } from './person-names.ts'
import { quantitiesIn } from './quantities.ts'
import { type Conflict, keyedConflicts, type Mention, quantityKey } from './quantity-keys.ts'

const article = (id: string, text: string) => parseArticle({ id, text })
const numbers = (...articles: ReturnType<typeof article>[]) =>
  compareCoverage(articles).differences.filter((d) => d.kind === 'number')

describe('number differences across whole articles', () => {
  it('reads a vote count that opens its article, with no word before the figure', () => {
    const a = article(
      'a',
      '59 صوتاً للمرشح الأول و51 للمرشح الثاني في جلسة انتخاب الرئيس. وانتهت الجلسة دون فائز.',
    )
    const b = article(
      'b',
      '58 صوتاً للمرشح الأول و51 للمرشح الثاني في جلسة انتخاب الرئيس. وانتهت الجلسة دون فائز.',
    )
    expect(() => numbers(a, b)).not.toThrow()
  })

  it('finds a magnitude stated differently in two leads that share no fact', () => {
    const found = numbers(
      article('a', 'ضرب زلزال بلغت قوته 6.4 درجة شمال البلاد فجر اليوم. وهرع السكان إلى الشوارع.'),
      article('b', 'أعلنت هيئة الأرصاد أن هزة أرضية بقوة 6.1 درجات وقعت في الشمال. ولم ترد أنباء عن أضرار.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['6.4', '6.1']])
  })

  it('reads no measure of one river as another’s when a figure joined by و follows the first river’s name', () => {
    const found = numbers(
      article(
        'a',
        'شهدت المنطقة أمطارا غزيرة أمس. وبلغت التدفقات 800 متر مكعب في الثانية في نهر الشمال و450 متر مكعب في الثانية في نهر الجنوب.',
      ),
      article(
        'b',
        'شهدت المنطقة أمطارا غزيرة أمس. وبلغت حمولة نهر الشمال 800 متر مكعب في الثانية، ونهر الجنوب 450 متر مكعب في الثانية.',
      ),
    )
    expect(found).toEqual([])
  })

  it('finds the aftershocks two articles count differently, in sentences that share no fact', () => {
    const found = numbers(
      article('a', 'ضرب زلزال بقوة 5.9 درجات جنوب البلاد. وقال الوزير إن 14 هزة ارتدادية تلت الزلزال.'),
      article('b', 'ضرب زلزال بقوة 5.9 درجات جنوب البلاد. ورصد المعهد الجيولوجي 21 هزة ارتدادية حتى المساء.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['14', '21']])
  })

  it('pairs a candidate’s votes by the name written near them, in any sentence shape', () => {
    const found = numbers(
      article(
        'a',
        'أعلنت اللجنة النتائج. وحصل المرشح سالم الكعبي على مليون و204 آلاف و310 أصوات، وحصل المرشح خالد النعيمي على 98 ألفا و12 صوتا.',
      ),
      article(
        'b',
        'فاز سالم الكعبي في الانتخابات. وأوضحت اللجنة أن خالد النعيمي نال 98 ألفا و12 صوتا، فيما نال الكعبي مليونا و240 ألفا و310 أصوات.',
      ),
    )
    expect(found).toHaveLength(1)
    expect(found[0]!.values.map((v) => v.value)).toEqual(['1204310', '1240310'])
  })

  it('knows a candidate named after the و of a list of names, and gives him his share', () => {
    const found = numbers(
      article(
        'a',
        'أعلنت اللجنة النتائج. وتجري الجولة الثانية بين ماهر القاسمي الذي حصل على 44.2% وسالم الكعبي الذي حصل على 37.3%.',
      ),
      article(
        'b',
        'أعلنت اللجنة النتائج. وحصل ماهر القاسمي على 44.2%، وسالم الكعبي على 38% والمرشح خالد النعيمي على 12.4%.',
      ),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['37.3', '38']])
  })

  it('reads a bare fraction a candidate obtained as his share, and gives no share to a name before the clause', () => {
    const found = numbers(
      article(
        'a',
        'أعلنت اللجنة النتائج الأولية. وحصل المرشح سالم الكعبي على 51.2 بالمئة من الأصوات، وحصل خالد النعيمي على 46.3 بالمئة.',
      ),
      article('b', 'قالت اللجنة إن المرشح سالم الكعبي حصل على 50.8، وزهير المنصوري حصل على 51.4 حتى الآن.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['51.2', '50.8']])
  })

  it('gives a share set against the winner’s to the rival named after it', () => {
    const found = numbers(
      article('a', 'فاز سالم الكعبي بالرئاسة بعد حصوله على نسبة 51.4%، مقابل 48.6% لصالح خالد النعيمي.'),
      article('b', 'أعلنت اللجنة فوز سالم الكعبي بنسبة 51.4% من الأصوات، وحصل خالد النعيمي على 47.9%.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['48.6', '47.9']])
  })

  it('gives a share in a clause whose verb is left out to the name of that clause, and to no one unknown', () => {
    const base = 'أعلنت اللجنة العليا النتائج الأولية للانتخابات الرئاسية مساء الأحد.'
    const found = numbers(
      article('a', `${base} وحصل المرشح سالم الكعبي على 52.1% والمرشح خالد النعيمي على 47.9%.`),
      article('b', `${base} وحصل المرشح سالم الكعبي على 53.4 في المائة وخالد النعيمي على 46.6 في المائة.`),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([
      ['52.1', '53.4'],
      ['47.9', '46.6'],
    ])
    const unknown = numbers(
      article('a', `${base} وحصل المرشح سالم الكعبي على 52.1% والمرشح خالد النعيمي على 47.9%.`),
      article('b', `${base} وحصل المرشح سالم الكعبي على 52.1 في المائة وزهير المنصوري على 46.6 في المائة.`),
    )
    expect(unknown.flatMap((d) => d.values.map((v) => v.value))).not.toContain('52.1')
  })

  it("reads a minute a match report writes as (د.23) or (23')", () => {
    const match = 'فاز المنتخب على ضيفه بهدف نظيف.'
    const found = numbers(
      article('a', `${match} وسجل المهاجم سالم الدوسري هدف المباراة الوحيد (د.23).`),
      article('b', `${match} وسجل المهاجم سالم الدوسري هدف المباراة الوحيد في الدقيقة 25.`),
      article('c', `${match} وسجل المهاجم سالم الدوسري هدف المباراة الوحيد (27').`),
    )
    expect(found.map((d) => d.values.map((v) => v.value).sort())).toEqual(
      expect.arrayContaining([
        ['23', '25'],
        ['25', '27'],
      ]),
    )
  })

  it('reads the shares of a results list in a sentence of a running count, and shows the latest count’s', () => {
    const base = 'أعلنت الهيئة العليا المستقلة للانتخابات النتائج الأولية للدور الأول.'
    const found = numbers(
      article(
        'a',
        `${base} وبعد فرز 60 في المئة من المحاضر حصل المرشح سالم الكعبي على 31.2 في المئة. وبعد احتساب 85 في المئة من المحاضر جاء الترتيب كالآتي: 1: المرشح سالم الكعبي 30.4% 2: المرشح خالد النعيمي 22.1%.`,
      ),
      article('b', `${base} وحصل المرشح سالم الكعبي على 29.8% من الأصوات.`),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toContainEqual(['30.4', '29.8'])
  })

  it('reads a share a winner won by as his share of the votes', () => {
    const found = numbers(
      article('a', 'أعلنت اللجنة النتائج. وفاز المرشح سالم الكعبي بنسبة 52.1 بالمئة من الأصوات.'),
      article('b', 'أعلنت اللجنة النتائج. وفاز المرشح سالم الكعبي بنسبة 53.4 بالمئة.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['52.1', '53.4']])
  })

  it('compares a turnout one article gives as voters of the registered with a share the other gives', () => {
    const found = numbers(
      article(
        'a',
        'أعلنت الهيئة النتائج الأولية. وقالت إن عدد الذين صوتوا بلغ 3 ملايين ناخب من أصل 6 ملايين.',
      ),
      article('b', 'أعلنت الهيئة النتائج الأولية. وبلغت نسبة المشاركة 41 بالمئة.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['50–50', '41']])
  })

  it('sees no difference where an article gives two sources’ readings, one of them the other article’s', () => {
    const found = numbers(
      article('a', 'ضرب زلزال بقوة 6 درجات وفق المعهد الوطني، فيما قدرت الهيئة الأمريكية قوته بـ5.8 درجات.'),
      article('b', 'ضرب زلزال بقوة 5.8 درجات المنطقة الجبلية ليلة الجمعة.'),
    )
    expect(found).toEqual([])
  })

  it('sets the reading an article leads with against another’s, though it quotes the other’s further down', () => {
    const found = numbers(
      article(
        'a',
        'ضرب زلزال بقوة 6.4 درجات المنطقة الجبلية ليلة الجمعة. وهرع السكان إلى الشوارع خوفا من الهزات. وقدرت هيئة أجنبية قوته بـ6.1 درجات.',
      ),
      article('b', 'ضرب زلزال بقوة 6.1 درجات المنطقة الجبلية ليلة الجمعة. وهرع السكان إلى الشوارع.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['6.4', '6.1']])
  })

  it('tells apart the minutes of two scorers', () => {
    const found = numbers(
      article('a', 'افتتح يوسف المالكي التسجيل في الدقيقة 12، وأضاف عمر الحربي الهدف الثاني في الدقيقة 70.'),
      article('b', 'سجل عمر الحربي في الدقيقة 70 بعد أن افتتح يوسف المالكي التسجيل في الدقيقة 12.'),
    )
    expect(found).toEqual([])
  })

  it('gives the minutes listed after a break the scorers listed before it, name by name', () => {
    const found = numbers(
      article(
        'a',
        'بلغ الفريق النهائي. وسجل يوسف المالكي وعمر الحربي، هدفي الفريق في الدقيقتين 52 و67 من اللقاء.',
      ),
      article(
        'b',
        'بلغ الفريق النهائي. وأحرز يوسف المالكي الهدف الأول في الدقيقة 53، ثم أضاف عمر الحربي الثاني في الدقيقة 67.',
      ),
    )
    // The second minute of the list is a minute too, and al-Harbi's: 67 in both, no difference.
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['52', '53']])
  })

  it('reads every number of a list after a minute as a minute', () => {
    const found = numbers(
      article(
        'a',
        'بلغ الفريق النهائي. وسجل يوسف المالكي وعمر الحربي هدفي الفريق في الدقيقتين 52 و 67 من اللقاء.',
      ),
      article(
        'b',
        'بلغ الفريق النهائي. وأحرز يوسف المالكي الهدف الأول في الدقيقة 52، ثم أضاف عمر الحربي الثاني في الدقيقة 66.',
      ),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['67', '66']])
  })

  it('matches a scorer’s several minutes in the order of the match, first with first', () => {
    const found = numbers(
      article('a', 'فاز الفريق بالكأس. وسجل سالم الكعبي ثلاثة أهداف في الدقائق 12 و40 و88 من اللقاء.'),
      article('b', 'فاز الفريق بالكأس. وأحرز سالم الكعبي الأهداف الثلاثة بالدقائق 12،40،85 أمام جماهيره.'),
    )
    // 12 and 40 are in both: before, any shared minute hid the third goal's 88 / 85.
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['88', '85']])
  })

  it('gives each minute of a list with commas the scorer of its place in the list of names', () => {
    const found = numbers(
      article(
        'a',
        'تأهل الفريق إلى النهائي. وسجل كل من سالم الكعبي وخالد النعيمي في الدقائق 26,74 من اللقاء.',
      ),
      article(
        'b',
        'تأهل الفريق إلى النهائي. وأضاف خالد النعيمي الهدف الثاني في الدقيقة 70 بعد هدف سالم الكعبي.',
      ),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['74', '70']])
  })

  it('reads whose minute it is by a name that ends in الله, known by the word before it', () => {
    const found = numbers(
      article(
        'a',
        'انتهت المباراة بالتعادل. وافتتح سامي عطية الله التسجيل للضيوف في الدقيقة 27 من ضربة حرة. وعادل خالد النعيمي النتيجة في الدقيقة 60.',
      ),
      article(
        'b',
        'انتهت المباراة بالتعادل. وتقدم الضيوف بهدف سجله سامي عطية الله في الدقيقة 28 من ضربة حرة. وأدرك خالد النعيمي التعادل في الدقيقة 64.',
      ),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([
      ['27', '28'],
      ['60', '64'],
    ])
  })

  it('matches a list of minutes of one sentence in order, though its article lists them otherwise elsewhere', () => {
    const found = numbers(
      article(
        'a',
        'فاز الفريق بالكأس. وسجل سالم الكعبي الأهداف بالدقائق 18،60،92 أمام جماهيره. وكان سالم الكعبي قد سجل في الدقائق 19 و61 و93 بحسب الموقع الرسمي.',
      ),
      article('b', 'فاز الفريق بالكأس. وأحرز سالم الكعبي الأهداف الثلاثة في الدقائق 19 و61 و93 من اللقاء.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([
      ['18', '19'],
      ['60', '61'],
      ['92', '93'],
    ])
  })

  it('reads minutes in brackets after the scorers in a sentence of goals, in a text that writes no minute', () => {
    const found = numbers(
      article('a', 'تأهل الفريق إلى النهائي. وسجل سالم الكعبي (35) وخالد النعيمي (80) الهدفين.'),
      article(
        'b',
        'تأهل الفريق إلى النهائي. وسجل سالم الكعبي الهدف الأول قبل أن يضيف خالد النعيمي الثاني في الدقيقة 81.',
      ),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['80', '81']])
  })

  it('compares the tolls two articles lead with, and no toll of a later sentence the other article does not share', () => {
    const found = numbers(
      article(
        'a',
        'ارتفاع حصيلة ضحايا انهيار المبنى في حي النخيل إلى 37 قتيلاً. وعملت فرق الدفاع المدني طوال الليل. وكان انهيار سابق في المدينة قبل أعوام قد أودى بحياة 11 شخصاً.',
      ),
      article(
        'b',
        'مقتل 29 شخصاً في انهيار مبنى سكني بحي النخيل. وقال المحافظ إن البحث عن ناجين مستمر. وذكّر السكان بانهيار وقع قبل أعوام وقُتل فيه 14 شخصاً.',
      ),
    )
    expect(found.map((d) => [d.developing, d.values.map((v) => v.value)])).toEqual([[true, ['37', '29']]])
  })

  it('compares a toll with the other article’s toll, not with a forecast of it', () => {
    const found = numbers(
      article(
        'a',
        'ضربت السيول مدينة الوادي فجر الأحد وأسفرت عن مقتل 1200 شخص، وسط توقعات بارتفاع عدد الضحايا إلى 5000 شخص.',
      ),
      article('b', 'ضربت السيول مدينة الوادي فجر الأحد وأسفرت عن مقتل 5600 شخص بحسب الدفاع المدني.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['1200', '5600']])
  })

  it('gives a minute that opens its sentence to the first player the next clause names', () => {
    const found = numbers(
      article(
        'a',
        'تأهل الفريق إلى النهائي. وفي الدقيقة 66، تمكن المهاجم خالد النعيمي من تسجيل الهدف الثاني. وكان سالم الكعبي قد افتتح التسجيل في الدقيقة 30. وأضاف البديل الثالث في الدقيقة 88.',
      ),
      article(
        'b',
        'تأهل الفريق إلى النهائي. وسجل سالم الكعبي الهدف الأول في الدقيقة 30، قبل أن يضيف خالد النعيمي الثاني في الدقيقة 67. وأضاف البديل الثالث في الدقيقة 80.',
      ),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['66', '67']])
  })

  it('takes a player’s minutes far apart for two moments, near ones for one moment misreported', () => {
    const found = numbers(
      article('a', 'فاز الفريق بالكأس. وفي الدقيقة 20 سدد سالم الكعبي كرة قوية أبعدها الحارس.'),
      article('b', 'فاز الفريق بالكأس. وسجل سالم الكعبي هدف الفوز في الدقيقة 55 من اللقاء.'),
      article('c', 'فاز الفريق بالكأس. وأحرز سالم الكعبي هدف الفوز في الدقيقة 57 بتسديدة قوية.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['55', '57']])
  })

  it('does not compare the minutes of a match when no player is named near them', () => {
    const found = numbers(
      article('a', 'فاز النادي باللقب. وفي الدقيقة 30 أهدر المهاجم ركلة جزاء.'),
      article('b', 'فاز النادي باللقب. وأحرز الفريق هدفه الأول في الدقيقة 62 من عمر اللقاء.'),
    )
    expect(found).toEqual([])
  })

  it('knows a scorer of a foreign name by the given name written before it, in either spelling', () => {
    const found = numbers(
      article('a', 'توج المنتخب بالكأس. وأضاف يوسف إبراهيمي الهدف الثاني في الدقيقة 88.'),
      article('b', 'توج المنتخب بالكأس. وسجل يوسف براهيمي الهدف الثاني في الدقيقة 86.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['88', '86']])
  })

  it('does not compare years, and flags differing tolls of one fact as developing', () => {
    const found = numbers(
      article('a', 'أعلنت وزارة الصحة مقتل 12 شخصا في انهيار المبنى بالعاصمة. وكان المبنى قد شيد عام 1987.'),
      article('b', 'أعلنت وزارة الصحة مقتل 19 شخصا في انهيار المبنى بالعاصمة. وشيد المبنى عام 1985.'),
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ developing: true })
  })

  it('shows a toll as its article states it plainly, not the bound of the shared sentence', () => {
    const found = numbers(
      article(
        'a',
        'أعلنت وزارة الصحة مقتل أكثر من 40 شخصا في انهيار المبنى بالعاصمة. وقال المتحدث إن المستشفيات استقبلت 40 قتيلا حتى المساء.',
      ),
      article('b', 'أعلنت وزارة الصحة مقتل 52 شخصا في انهيار المبنى بالعاصمة.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['40', '52']])
  })

  it('compares the toll of two countries joined by و with neither country alone', () => {
    const lead = (toll: string, where: string) =>
      `لقي ${toll} أشخاص حتفهم ${where} جراء الإعصار المداري الذي ضرب السواحل يوم الأحد الماضي.`
    const apart = numbers(article('a', lead('9', 'في عمان وإيران')), article('b', lead('3', 'في عمان')))
    expect(apart).toEqual([])
    const same = numbers(article('a', lead('9', 'في عمان وإيران')), article('b', lead('7', 'في عمان وإيران')))
    expect(same).toHaveLength(1)
    expect(same[0]).toMatchObject({ developing: true })
  })

  it("gives a rival's figure after بينما or في مقابل to no one named before it", () => {
    const found = numbers(
      article('a', 'فاز سالم الكعبي بحصوله على 61% من الأصوات، بينما حصل منافسه على 35% فقط.'),
      article('b', 'أعلنت اللجنة فوز سالم الكعبي بنسبة 61 بالمئة من الأصوات في مقابل 38% لخصمه.'),
    )
    expect(found).toEqual([])
  })

  it('gives a list of minutes to the scorer before it, not to a rival named after فيما', () => {
    const found = numbers(
      article(
        'a',
        'وسجل الأهداف خالد النعيمي من ثلاث ركلات جزاء (20، 70، 90+4) فيما سجل للضيوف سالم الكعبي (د 60).',
      ),
      article('b', 'وسجل خالد النعيمي في الدقائق 20 و70 و95، وسجل سالم الكعبي في الدقيقة 60.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['94', '95']])
  })

  it('reads a count a person obtained as his votes, whatever noun it counts (نائباً، صوتاً)', () => {
    const found = numbers(
      article('a', 'وكُلّف سالم الكعبي بتشكيل الحكومة بعد حصوله على تأييد 85 نائبا من أصل 128.'),
      article('b', 'وأعلنت الرئاسة حصول سالم الكعبي على 84 صوتا من أصوات النواب.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['85', '84']])
  })

  it('keys a share to the first name after the verb of obtaining, not to a name in apposition', () => {
    const found = numbers(
      article('a', 'وحصل خالد النعيمي منافس سالم الكعبي على 35.2 بالمئة من الأصوات.'),
      article('b', 'وحصل سالم الكعبي على 61.8 بالمئة من الأصوات، ونال خالد النعيمي 35.2 بالمئة.'),
    )
    expect(found).toEqual([])
  })

  it('compares no progress of the count, and no region’s figure with the national one', () => {
    const found = numbers(
      article(
        'a',
        'حصل سالم الكعبي على 900 ألف صوت بعد فرز 97% من الأصوات. وفي محافظة الزرقاء، حصل الكعبي على 120 ألف صوت.',
      ),
      article('b', 'حصل سالم الكعبي على 900 ألف صوت بعد فرز 99% من الأصوات.'),
    )
    expect(found).toEqual([])
  })

  it('compares no polling station’s figure, named by a sentence’s opening, with the national one', () => {
    const found = numbers(
      article(
        'a',
        'أظهرت النتائج تقدم سالم الكعبي على منافسه ماهر الزين، وأفاد بيان أن الكعبي حصل على 61% من الأصوات. وفي إحدى لجان مدرسة عمر بن الخطاب، حصل الكعبي على 2310 صوتا مقابل 75 صوتا للزين.',
      ),
      article('b', 'وبحسب النتائج حصل سالم الكعبي على 900 ألف صوت، فيما حصل ماهر الزين على 41 ألف صوت.'),
    )
    expect(found).toEqual([])
  })

  it('finds a toll «more than» a figure that rounding cannot make one, and no disagreement in a figure a bound allows', () => {
    // A toll grows and is reported anew: «أكثر من 23» is 23 to 30, an earlier count than 35. A turnout «more than
    // 23 million» allows 25 million: both can be true (the guideline's test of a disagreement).
    const found = numbers(
      article(
        'a',
        'وأدلى أكثر من 23 مليون ناخب بأصواتهم في الانتخابات، وحصل سالم الكعبي على نحو 21 مليون صوت. وقتل أكثر من 23 شخصاً في أعمال عنف رافقت الاقتراع.',
      ),
      article(
        'b',
        'وأدلى 25 مليون ناخب بأصواتهم في الانتخابات، وحصل سالم الكعبي على نحو 21.4 مليون صوت. وقتل 35 شخصاً في أعمال عنف رافقت الاقتراع.',
      ),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['>23', '35']])
  })

  it('compares tolls of one fact only when their clauses name the same place', () => {
    const a = article('a', 'أسفر الزلزال عن مقتل نحو 48 ألف شخص في تركيا حسب أرقام رسمية.')
    const b = article('b', 'أسفر الزلزال عن مقتل أكثر من 50 ألف شخص حسب أرقام رسمية.')
    const c = article('c', 'أسفر الزلزال عن مقتل أكثر من 50 ألف شخص في تركيا حسب أرقام رسمية.')
    expect(numbers(a, b)).toEqual([])
    expect(numbers(a, c)).toHaveLength(1)
    // Where the quake struck is not whose toll it is.
    const d = article('d', 'أسفر الزلزال الذي ضرب تركيا عن مقتل 52 ألف شخص حسب أرقام رسمية.')
    const e = article('e', 'أسفر الزلزال عن مقتل 55 ألف شخص جراء الزلزال الذي ضرب تركيا حسب أرقام رسمية.')
    expect(numbers(d, e)).toHaveLength(1)
  })

  it("finds an edition's number written in digits in one article and in words in another", () => {
    const found = numbers(
      article('a', 'اختتمت القمة العربية الـ33 أعمالها في العاصمة بإعلان ختامي.'),
      article('b', 'اختتمت القمة العربية الثانية والثلاثون أعمالها في العاصمة.'),
      article('c', 'وعقدت القمة العادية الـ 32 لمجلس الجامعة في العاصمة.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([
      ['33', '32'],
      ['33', '32'],
    ])
  })

  it('compares no editions counted under two nouns: a summit and a session held beside it', () => {
    const found = numbers(
      article('a', 'افتتحت القمة الـ27 للمناخ أعمالها في المدينة الساحلية.'),
      article('b', 'وعلى هامش المؤتمر انطلقت النسخة الثانية من منتدى الشباب للمناخ في المدينة الساحلية.'),
    )
    expect(found).toEqual([])
  })

  it('compares an amount with a unit but no cue inside one shared fact', () => {
    const found = numbers(
      article('a', 'وأعلن الوزير أن الحكومة ستخصص 40 مليون دولار لمشاريع ترميم المدارس الحكومية.'),
      article('b', 'وأعلن الوزير أن الحكومة ستخصص 45 مليون دولار لمشاريع ترميم المدارس الحكومية هذا العام.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['40000000', '45000000']])
  })

  it('compares a count by the noun it counts inside one shared fact, unless another of its values agrees', () => {
    const found = numbers(
      article('a', 'وانطلقت أعمال القمة في المدينة الساحلية بمشاركة 30 دولة لبحث إعادة الإعمار.'),
      article('b', 'وانطلقت أعمال القمة في المدينة الساحلية بمشاركة 34 دولة لبحث خطط إعادة الإعمار.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['30', '34']])
    const tally = numbers(
      article(
        'a',
        'ورفع المهاجم رصيده إلى 8 أهداف في البطولة. وسجل المهاجم 8 أهداف في مباريات البطولة كلها.',
      ),
      article('b', 'وسجل المهاجم 3 أهداف في مباريات البطولة كلها. وبات المهاجم هداف البطولة بواقع 8 أهداف.'),
    )
    expect(tally).toEqual([])
  })

  it('knows a scorer after a given name that is also a word, where that word mostly stands with it', () => {
    const found = numbers(
      article('a', 'تقدم الفريق بهدف مبكر، لكن صلاح الحمداني عادل النتيجة في الدقيقة 90+6 من ركلة جزاء.'),
      article('b', 'وفي الوقت بدل الضائع أدرك صلاح الحمداني التعادل في الدقيقة 94 من ركلة جزاء.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['96', '94']])
  })

  it('knows a family name written with a final ة in one outlet and ه in another (الجبورية / الجبوريه)', () => {
    const found = numbers(
      article('a', 'وافتتح خالد الجبورية التسجيل برأسية في الدقيقة السادسة من عمر اللقاء.'),
      article('b', 'وتقدم الفريق مبكرا عبر خالد الجبوريه برأسية إثر ركنية في الدقيقة 5.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['6', '5']])
  })

  it('takes no club for a scorer when a verb before it is also a given name (بكّر الأهلي)', () => {
    const found = numbers(
      article('a', 'وبكر الأهلي بالتسجيل في الدقيقة 9 عن طريق سامر القحطاني، ثم تراجع نادي الأهلي للدفاع.'),
      article(
        'b',
        'وبكر الأهلي بالتسجيل عبر سامر القحطاني برأسية في الدقيقة 11، وحافظ فريق الأهلي على تقدمه.',
      ),
      article('c', 'وتقدم الضيوف بهدف سامر القحطاني في الدقيقة 9 قبل أن يتراجع الأهلي.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([
      ['9', '11'],
      ['11', '9'],
    ])
  })

  it('keeps a family name that is also the nisba of a country the articles name (السوداني / السودان)', () => {
    const found = numbers(
      article(
        'a',
        'وسجل حسين السوداني هدف التقدم في الدقيقة 30 في المباراة التي أقيمت في السودان أمام جماهير السودان.',
      ),
      article('b', 'وأحرز حسين السوداني هدف التقدم في الدقيقة 33 على ملعب العاصمة في السودان.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['30', '33']])
  })

  it('reads a compound name by the word after عبد, so two men called عبد … are two scorers', () => {
    const found = numbers(
      article('a', 'وأدرك الفريق التعادل في الدقيقة 31 عن طريق محمود عبد الرازق بتسديدة قوية.'),
      article('b', 'وخطف الفريق هدف الفوز في الدقيقة 88 عن طريق علاء عبد العال برأسية.'),
      article(
        'c',
        'وتعادل الفريق في الدقيقة 31 عبر محمود عبد الرازق، ثم فاز في الدقيقة 88 عبر علاء عبد العال.',
      ),
    )
    expect(found).toEqual([])
  })

  it("knows one scorer's family name written with and without the article (عطوان / العطواني)", () => {
    const found = numbers(
      article('a', 'وفي الشوط الإضافي سجل رامي عطوان هدف التقدم في الدقيقة 116 من ركلة جزاء.'),
      article('b', 'وتقدم الفريق مجددا في الدقيقة 114 بركلة جزاء نفذها رامي العطواني بنجاح.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['116', '114']])
  })

  it('gives «the first» and «the second» the shares of the two people the sentence listed', () => {
    const found = numbers(
      article('a', 'تصدر سامي الخطيب ونادر العلي نتائج الجولة الأولى، إذ حصل الأول على 28.4% من الأصوات.'),
      article('b', 'وحصل سامي الخطيب على 28.4% من الأصوات، فيما حصل نادر العلي على 21.6% من الأصوات.'),
      article('c', 'وحل نادر العلي ثانيا بعد أن نال 21.6% من الأصوات، ونال سامي الخطيب 28.4% من الأصوات.'),
    )
    expect(found).toEqual([])
  })

  it("knows one player named by his family's name in one outlet and his father's in another", () => {
    const found = numbers(
      article('a', 'وفي الوقت القاتل أدرك طارق الزعبي التعادل في الدقيقة 119 برأسية.'),
      article('b', 'ثم تعادل طارق حسين في الدقيقة 120 قبل أن يخطف الفريق الفوز.'),
      article('c', 'وعادل طارق الزعبي النتيجة في الدقيقة 119 من ضربة رأس.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value)).sort()).toEqual([
      ['119', '120'],
      ['120', '119'],
    ])
    // His given name alone, also a word (عمر, «age»), is him where no definite noun follows it.
    const alone = numbers(
      article('a', 'وفي الوقت القاتل أدرك عمر الزعبي التعادل في الدقيقة 119 برأسية.'),
      article('b', 'وتعادل عمر حسين في الدقيقة 120 من ركلة ركنية.'),
      article('c', 'ثم عادل الفريق النتيجة برأسية عمر في الدقيقة 121 بعد ركلة حرة.'),
      article(
        'd',
        'وعادل عمر الزعبي النتيجة في الدقيقة 119، وكان الفريق قد تقدم في الدقيقة 30 من عمر الشوط الأول.',
      ),
    )
    const pairs = alone.map((d) => d.values.map((v) => v.value).join('/')).sort()
    expect(pairs).toContain('119/121')
    expect(pairs.some((pair) => pair.includes('30'))).toBe(false)
    // Two family names after one given name are two men; a given name also written before a word the articles do
    // not know as a name may be someone else's: alone, it is no one's.
    const scorer = [
      'وافتتح طارق الزعبي التسجيل في الدقيقة 20 بتسديدة قوية.',
      'وسجل طارق الزعبي الهدف الأول في الدقيقة 20.',
    ]
    const twoMen = numbers(
      article('a', scorer[0]!),
      article('b', scorer[1]!),
      article('c', 'وكاد طارق الصباغ يعادل في الدقيقة 70 لكن الحارس تصدى لتسديدته.'),
    )
    expect(twoMen).toEqual([])
    const stranger = numbers(
      article('a', scorer[0]!),
      article('b', scorer[1]!),
      article('c', 'وأهدر طارق فرصة التعادل في الدقيقة 65 بعد خطأ دفاعي.'),
    )
    expect(stranger).toEqual([])
    // Two players of one given name in one article are two people.
    const two = numbers(
      article('a', 'سجل طارق الزعبي في الدقيقة 20، ثم أضاف طارق حسين الثاني في الدقيقة 75.'),
      article('b', 'سجل طارق الزعبي في الدقيقة 20 وأضاف طارق حسين الهدف الثاني في الدقيقة 75.'),
    )
    expect(two).toEqual([])
  })

  it('reads a minute in brackets after the scorer in a match report, and an age in brackets elsewhere as no minute', () => {
    const found = numbers(
      article(
        'a',
        'وتقدم الفريق مجددا عبر رامي عطوان من ركلة جزاء (114)، قبل أن يتعادل المنافس في الدقيقة 119.',
      ),
      article('b', 'وسجل رامي عطوان هدف التقدم في الدقيقة 116 من ركلة جزاء.'),
    )
    expect(found.map((d) => d.values.map((v) => v.value))).toEqual([['114', '116']])
    const ages = numbers(
      article('a', 'وقال المزارع رامي عطوان (34) إن السيول أتلفت محصوله كله.'),
      article('b', 'وقال المزارع رامي عطوان (36) إن السيول أتلفت المحصول.'),
    )
    expect(ages).toEqual([])
  })
})

describe('keyedConflicts', () => {
  const mention = (article: number, sentence: number, text: string): Mention => ({
    article,
    sentence,
    quantity: quantitiesIn(text)[0]!,
  })
  const values = (conflicts: readonly Conflict[]) =>
    conflicts.map(({ a, b }) => [a.quantity.value, b.quantity.value])

  it('shows a person’s figure one article misstates in one sentence and states as the other does in another', () => {
    const votes = [
      mention(0, 1, 'وحصل المرشح على 204 آلاف و310 أصوات'),
      mention(0, 2, 'ونال بحسب المحضر 204 آلاف و130 صوتا'),
      mention(1, 1, 'وحصل المرشح على 204 آلاف و130 صوتا'),
    ]
    expect(values(keyedConflicts(votes, () => 'votes||الكعبي'))).toEqual([['204310', '204130']])
    // Not so for a figure of no one: two agencies' readings of a quake's magnitude.
    const magnitudes = [
      mention(0, 1, 'ضرب زلزال بقوة 6.8 درجات'),
      mention(0, 2, 'وقدرت الهيئة قوته بـ7 درجات'),
      mention(1, 1, 'ضرب زلزال بقوة 7 درجات'),
    ]
    expect(keyedConflicts(magnitudes, () => 'magnitude|degree')).toEqual([])
  })
})

describe('quantityKey', () => {
  const names = new Map(
    ['النعيمي', 'الكعبي', 'الحربي', 'المالكي'].map((name) => [nameKey(name), nameKey(name)]),
  )
  const keys = (text: string) => quantitiesIn(text).map((quantity) => quantityKey(text, quantity, names))

  it('gives a minute after a verb of scoring to its subject, not to the keeper named nearer it', () => {
    expect(keys('فسجله خالد النعيمي بتسديدة على يمين الحارس سالم الكعبي في الدقيقة 66.')).toEqual([
      `minute||${nameKey('النعيمي')}`,
    ])
  })

  it('gives each scorer of one verb his own minute, and a later verb its own subject', () => {
    expect(keys('وسجل عمر الحربي في الدقيقة 20 وسعيد المالكي في الدقيقة 75.')).toEqual([
      `minute||${nameKey('الحربي')}`,
      `minute||${nameKey('المالكي')}`,
    ])
    expect(keys('وسجل سالم الكعبي الأول قبل أن يضيف خالد النعيمي الثاني في الدقيقة 81.')).toEqual([
      `minute||${nameKey('النعيمي')}`,
    ])
  })
})
