import { describe, expect, it } from 'vitest'
import type { Entity } from '../model/extraction.ts'
import { extractArticle } from './index.ts'
import { extract } from './test-helpers.ts'

const entities = (text: string) => extract(text).entities
const named = (text: string, kind: Entity['kind']) =>
  entities(text)
    .filter((e) => e.kind === kind)
    .map((e) => e.name)
const answersTo = (entity: Entity | undefined) => (entity ? [entity.name, ...entity.aliases] : [])

describe('bodies the news names by their head', () => {
  it('reads departments, secretariats, courts of the royal house, embassies and presidencies as bodies', () => {
    const text =
      'وأعلنت دائرة الأرصاد الجوية أن الأمطار ستستمر، فيما قالت أمانة عمان إن فرقها جاهزة، وأصدر الديوان الملكي بياناً، واستقبلت رئاسة الجمهورية وفداً من قوى الأمن الداخلي.'
    const bodies = named(text, 'organization')
    expect(bodies).toContain('دائرة الأرصاد الجوية')
    expect(bodies).toContain('أمانة عمان')
    expect(bodies).toContain('الديوان الملكي')
    expect(bodies).toContain('رئاسة الجمهورية')
    expect(bodies).toContain('قوى الأمن الداخلي')
  })

  it('leaves a body’s state out of its name, and a generic body with no name out altogether', () => {
    expect(named('وعقد مجلس النواب الممدد جلسته الأولى.', 'organization')).toEqual(['مجلس النواب'])
    expect(named('ورحب النواب بتشكيل المجلس الجديد أمس.', 'organization')).toEqual([])
    expect(named('وقال إن المؤسسة التشريعية تعرضت لضغوط.', 'organization')).toEqual([])
  })

  it('lets رئاسة govern another body instead of naming one', () => {
    expect(named('وأعلنت رئاسة البرلمان العربي موعد الجلسة.', 'organization')).toEqual(['البرلمان العربي'])
  })

  it('runs an embassy’s name on to its city, which is a place of its own', () => {
    const text = 'وقالت السفارة المصرية في باريس إن رعاياها بخير.'
    expect(named(text, 'organization')).toEqual(['السفارة المصرية في باريس'])
    expect(named(text, 'location')).toContain('باريس')
  })
})

describe('bodies that are and are not named', () => {
  const bodies = (text: string) => named(text, 'organization')

  it('takes no board, bench or traffic for a body', () => {
    expect(bodies('وقرر مجلس الإدارة رفع رأس المال، ورفعت هيئة المحكمة الجلسة.')).toEqual([])
    expect(bodies('وتعطلت حركة السيارات على الطريق الدولي.')).toEqual([])
  })

  it('reads a club’s name in Egyptian print', () => {
    expect(bodies('وفاز النادى الأهلى على ضيفه بهدفين.')).toEqual(['الأهلي'])
  })

  it('names the organ of a body and the body it belongs to', () => {
    const found = bodies('واجتمع المكتب السياسي لحركة حماس، ثم اللجنة التنفيذية لمنظمة التحرير الفلسطينية.')
    expect(found).toEqual(
      expect.arrayContaining(['المكتب السياسي', 'حماس', 'اللجنة التنفيذية', 'منظمة التحرير الفلسطينية']),
    )
    expect(bodies('وقالت إن اللجنة المركزية اجتمعت.')).toEqual([])
  })
})

describe('places named with a head', () => {
  it('answers to the headed and the bare form of a governorate', () => {
    const text = 'وسجلت محافظة المفرق أعلى نسبة أمطار، وتبعتها الرمثا. وقال محافظ المفرق إن الطرق سالكة.'
    const place = entities(text).find((e) => e.kind === 'location' && e.name === 'المفرق')
    expect(answersTo(place)).toContain('محافظة المفرق')
  })

  it('is one place when named with its head and without it', () => {
    const text = 'وضربت الهزة مدينة حلب صباحاً، وشعر بها سكان محافظة حلب كلها.'
    expect(named(text, 'location').filter((name) => name.includes('حلب'))).toHaveLength(1)
  })

  it('reads a site named by its head as a place of its own, beside the city it names', () => {
    const text = 'وأقيم الحفل على كورنيش الدوحة مساء الخميس، ثم انتقل الجمهور إلى ملعب الأمير فيصل بن فهد.'
    const places = named(text, 'location')
    expect(places).toContain('كورنيش الدوحة')
    expect(places).toContain('الدوحة')
    expect(places).toContain('ملعب الأمير فيصل بن فهد')
  })

  it('reads plateaus, valleys, quarters, complexes, fields and farms as sites, a person in the name included', () => {
    const text =
      'وعبر الوفد هضبة الكرمة ونزل إلى وادي السلوى، ثم زار محلة الرمان قبل أن يصل إلى مركب محمد الخامس، وعقد لقاءً في مجمع فؤاد شهاب، وتفقد حقل الشيبة ومزرعة الزيتونة.'
    const places = named(text, 'location')
    for (const site of [
      'هضبة الكرمة',
      'وادي السلوى',
      'محلة الرمان',
      'مركب محمد الخامس',
      'مجمع فؤاد شهاب',
      'حقل الشيبة',
      'مزرعة الزيتونة',
    ])
      expect(places).toContain(site)
    expect(named(text, 'person')).toEqual([])
  })

  it('reads a valley named after a river as the valley alone', () => {
    const places = named('وزار الوفد مزارع وادي النيل أمس.', 'location')
    expect(places).toContain('وادي النيل')
    expect(places).not.toContain('نهر النيل')
  })

  it('reads no site after a head used as an ordinary word', () => {
    const text =
      'وهذا أمر مجمع عليه بين الخبراء، ويعمل شقيقه في حقل الطاقة منذ سنوات، وغرق مركب صيد قبالة الساحل، وزاد إنتاج مزرعة الأسرة ومجمع الصناعات الغذائية، ثم أدى الوزير القسم وأدى الأمانة.'
    expect(named(text, 'location')).toEqual([])
  })

  it('ends a site’s name before a district head behind ب', () => {
    const places = named('ووزعت المساعدات على مخيم النور بمديرية السلام أمس.', 'location')
    expect(places).toContain('مخيم النور')
    expect(places.some((name) => name.includes('بمديرية'))).toBe(false)
  })

  it('takes a district of two words after حي', () => {
    expect(named('وهدمت الجرافات منزلين في حي بستان الزيتون صباح اليوم.', 'location')).toContain(
      'بستان الزيتون',
    )
  })
})

describe('words that only look like places', () => {
  const places = (text: string) => named(text, 'location')

  it('reads adjectives of a definite noun as adjectives, not regions', () => {
    expect(places('وشملت الثلوج المرتفعات الشمالية والوسطى والغربية ليلاً.')).toEqual([])
    expect(places('وزار الوزير محافظة الشرقية.')).toEqual(['الشرقية'])
  })

  it('reads عمان inside a stadium’s name as the city', () => {
    expect(places('وتقام المباراة على ستاد عمان الدولي مساء الجمعة.')).toContain('عمّان')
  })

  it('takes سيول for Seoul only where Korea is named, and a given name or مجريات for no place', () => {
    expect(places('وجرفت سيول الأمطار عشرات السيارات في الوادي.')).toEqual([])
    expect(places('ووصل الوزير إلى سيول في زيارة رسمية إلى كوريا الجنوبية.')).toContain('سيول')
    expect(places('وحضر بشار النعيمي مجريات الجلسة.')).toEqual([])
  })
})

describe('where a body’s name ends', () => {
  const bodies = (text: string) => named(text, 'organization')

  it('ends a body’s name before a second body joined by و', () => {
    expect(bodies('ووزعت المساعدات عبر مراكز وزارة الصحة والأونروا.')).toEqual(['وزارة الصحة', 'الأونروا'])
    expect(bodies('واندلعت اشتباكات بين الجيش السوداني والدعم السريع.')).toContain('الجيش السوداني')
  })

  it('still joins the portfolios of one ministry', () => {
    expect(bodies('وأعلنت وزارة الشباب والرياضة موعد البطولة.')).toEqual(['وزارة الشباب والرياضة'])
  })

  it('leaves out a participle that governs its own complement', () => {
    expect(bodies('ورحب المجلس الوطني الموحد المدعوم خارجياً بالقرار.')).toEqual(['المجلس الوطني الموحد'])
    expect(bodies('وأعلنت الهيئة العليا المستقلة للانتخابات النتائج.')).toEqual([
      'الهيئة العليا المستقلة للانتخابات',
    ])
  })

  it('leaves out the object after a body’s name', () => {
    expect(bodies('ودعت وزارة الصحة المواطنين إلى التطعيم.')).toEqual(['وزارة الصحة'])
    expect(bodies('وأعلنت الهيئة الوطنية للانتخابات النتائج الأولية.')).toEqual(['الهيئة الوطنية للانتخابات'])
  })

  it('answers to a court’s name with its city after ب and without it', () => {
    const court = entities('وقررت المحكمة الابتدائية بصفاقس تأجيل القضية.').find(
      (e) => e.kind === 'organization',
    )
    expect(answersTo(court)).toEqual(['المحكمة الابتدائية', 'المحكمة الابتدائية بصفاقس'])
  })
})

describe('ministries named by their portfolio', () => {
  it('reads a portfolio and a state’s feminine nisba as that state’s ministry, and its full name as the same body', () => {
    const text =
      'وقالت وزارة الخارجية الإيطالية إنها تتابع الانتخابات. وأكدت الخارجية الإيطالية دعمها للحوار.'
    const ministry = entities(text).filter((e) => e.kind === 'organization')
    expect(ministry.map(answersTo)).toEqual([['وزارة الخارجية الإيطالية', 'الخارجية الإيطالية']])
  })

  it('takes no ministry from a title’s genitive, a noun’s adjective or a masculine nisba', () => {
    expect(named('وقالت وزيرة الصحة الأردنية إن الوضع مستقر.', 'organization')).toEqual([])
    expect(named('وارتفع مؤشر السوق المالية السعودية أمس.', 'organization')).toEqual([])
    expect(named('وتدخل الدفاع المدني لإطفاء الحريق.', 'organization')).not.toContain('وزارة الدفاع المدني')
  })

  it('gives a headline’s quote to the ministry before its colon, under a date line', () => {
    const text = '12-مارس-2024\nالخارجية الإيطالية: "نتابع الانتخابات باهتمام كبير"\nقالت الوزارة إنها تتابع.'
    expect(extract(text).quotes[0]?.speaker?.name).toBe('وزارة الخارجية الإيطالية')
  })
})

describe('outlets in credits and datelines', () => {
  const outlets = (text: string) => named(text, 'media')

  it('reads a name with an outlet’s ending as an outlet, and its head as another form of it', () => {
    expect(outlets('وقال مصدر أمني لموقع الرافدين الإخباري إن الطريق أغلق.')).toContain('الرافدين الإخباري')
    const text = 'وذكرت وكالة نخيل نيوز أن الأمطار غزيرة.'
    const outlet = entities(text).find((e) => e.kind === 'media')
    expect(answersTo(outlet)).toEqual(expect.arrayContaining(['نخيل نيوز', 'وكالة نخيل نيوز']))
  })

  it('reads the outlet of a dateline and of a credit line', () => {
    expect(outlets('نخيل نيوز/ بغداد\nأعلنت الوزارة إغلاق الطرق.')).toContain('نخيل نيوز')
    expect(outlets('صدى الملاعب - عمان\nفاز الفريق على ضيفه.')).toContain('صدى الملاعب')
    expect(outlets('ملاعب 24\nفاز الفريق على ضيفه.')).toContain('ملاعب 24')
    expect(outlets('نبض اليوم:أعلنت الحكومة خطة جديدة للنقل.')).toContain('نبض اليوم')
  })

  it('reads a country’s nisba after a dateline’s place as that country’s agency', () => {
    expect(outlets('الكويت ـ الكويتية:\nأعلنت الحكومة خطة جديدة.')).toContain('الكويتية')
  })

  it('reads an outlet on a line of its own before the text, ended by a dash or a colon', () => {
    expect(outlets('نبض الشمال-\nأعلنت الوزارة إغلاق الطرق.')).toContain('نبض الشمال')
    expect(outlets('date 2024-05 الصدى:\n\nأعلنت الوزارة إغلاق الطرق.')).toContain('الصدى')
    expect(outlets('نبض الشمال _ أعلنت الوزارة إغلاق الطرق.')).toContain('نبض الشمال')
    expect(outlets('نبض الشمال/ خاص:\nأعلنت الوزارة إغلاق الطرق.')).toContain('نبض الشمال')
  })

  it('reads an outlet whose name holds a place, and leaves a dateline’s place alone', () => {
    const text = 'صدى الأردن -\nأعلنت الوزارة إغلاق الطرق.'
    expect(outlets(text)).toEqual(['صدى الأردن'])
    expect(named(text, 'location')).toEqual([])
    expect(outlets('نبض تونس/ خاص:\nأعلنت الوزارة إغلاق الطرق.')).toEqual(['نبض تونس'])
    expect(outlets('عمّان -\nأعلنت الوزارة إغلاق الطرق.')).toEqual([])
    expect(named('عمّان -\nأعلنت الوزارة إغلاق الطرق.', 'location')).toEqual(['عمّان'])
  })

  it('reads an agency’s initials joined by dots, but not a unit or a title', () => {
    expect(outlets('وصل الوزير إلى المطار صباحاً. (تصوير: سامي علي/ أ.ف.ب)')).toEqual(['فرانس برس'])
    expect(outlets('الرباط - و.م.ع\nأعلنت الوزارة إغلاق الطرق.')).toContain('و.م.ع')
    expect(outlets('وبلغ سعر الكيلو 5000 ل.س في الأسواق.')).toEqual([])
    expect(outlets('وحاضر أ.د. سامي علي في الجامعة.')).toEqual([])
  })

  it('reads an outlet named in brackets: spoken to, after its head, or in a dateline', () => {
    expect(outlets('وقال الناطق باسم الوزارة في تصريح لـ ( صدى الجنوب) إن المبيعات ارتفعت.')).toEqual([
      'صدى الجنوب',
    ])
    expect(outlets('وقالت المحامية في تصريح ل(نبأ) إن القرار متوقع.')).toEqual(['نبأ'])
    expect(outlets('وقال الوزير في مقابلة لصحيفة (لا ستامبا) الإيطالية إن الحل قريب.')).toEqual(['لا ستامبا'])
    expect(outlets('الرباط (نبأ) - قررت المحكمة تأجيل القضية.')).toEqual(['نبأ'])
    expect(outlets('الجزائر 12 فبراير 2026 م (نبأ) ـــ أصدرت المحكمة أحكامها.')).toEqual(['نبأ'])
  })

  it('takes no outlet from brackets that explain or qualify', () => {
    expect(outlets('وزار الوفد المدينة (شمال البلاد) - وعاد مساءً.')).toEqual([])
    expect(outlets('وقال الوزير إن الخطة (الثانية) ستبدأ قريباً.')).toEqual([])
  })

  it('takes no outlet from a writer’s byline or a date line', () => {
    expect(outlets('متابعة- سامر حداد:\nفاز الفريق على ضيفه.')).toEqual([])
    expect(outlets('خاص _ الصدى\nفاز الفريق على ضيفه.')).not.toContain('خاص')
    expect(outlets('19-أكتوبر-2024\nفاز الفريق على ضيفه.')).toEqual([])
  })

  it('reads a name alone on a byline’s line as its outlet, unless it is a writer’s given name and family nisba', () => {
    const byline = (name: string) => {
      const text = `${name}\nفاز الفريق على ضيفه في المباراة النهائية أمس بهدفين نظيفين أمام جمهوره.`
      const blocks = [
        { kind: 'byline' as const, text: name, start: 0, end: name.length },
        {
          kind: 'paragraph' as const,
          text: text.slice(name.length + 1),
          start: name.length + 1,
          end: text.length,
        },
      ]
      const sentences = [{ ...blocks[1]!, block: 1 }]
      return extractArticle({ text, blocks, sentences })
        .entities.filter((e) => e.kind === 'media')
        .map((e) => e.name)
    }
    expect(byline('نبض الشمال')).toEqual(['نبض الشمال'])
    expect(byline('الصدى اليومي')).toEqual(['الصدى اليومي'])
    expect(byline('أمير الحدادي')).toEqual([])
    expect(byline('نزار العلوي')).toEqual([])
  })

  it('counts no social network as an outlet, and takes no date line for a credit', () => {
    expect(outlets('وكتب الوزير على فيسبوك أن الطريق سيفتح.')).toEqual([])
    expect(outlets('الرياضة 2021/07/13\nفاز الفريق.')).toEqual([])
  })
})

describe('people named as the news names them', () => {
  const people = (text: string) => named(text, 'person')

  it('reads a name’s final ى as ي in Egyptian print, and keeps على and إلى prepositions', () => {
    expect(people('وشارك وزير الري مجدى فتحى في الاجتماع.')).toEqual(['مجدى فتحى'])
    expect(people('وقال شكرى الشاذلي إن الموسم بدأ.')).toEqual(['شكرى الشاذلي'])
    expect(people('وحصل خالد على الجائزة الأولى ثم عاد إلى بلده.')).toEqual([])
  })

  it('takes joined compound given names (عبدالله، عبدالعزيز) as given names', () => {
    expect(people('واستقبل الأمير عبدالعزيز بن فهد الوفد.')).toEqual(['عبدالعزيز بن فهد'])
    expect(people('وتوج بالجائزة كل من سامر يوسف وعبدالرحمن ماجد الحربي.')).toContain('عبدالرحمن ماجد الحربي')
  })

  it('leaves words of respect before and after a name out of it', () => {
    expect(people('ورفع التقرير إلى وزير الداخلية معالي الشيخ ثامر العلي.')).toEqual(['ثامر العلي'])
    expect(people('وأصدر جلالة الملك حمد بن عيسى المعظم أمراً ملكياً.')).toEqual(['حمد بن عيسى'])
  })

  it('reads صباح as a name before a family name, and as a time before اليوم', () => {
    expect(people('وترأس الاجتماع الشيخ صباح الخالد.')).toEqual(['صباح الخالد'])
    expect(people('ووصل الرئيس حسنى مبارك صباح اليوم إلى المطار.')).toEqual(['حسنى مبارك'])
  })

  it('runs a name through a Gulf house’s name after a given name and a father’s name', () => {
    expect(people('وقال وزير النفط الشيخ فهد سالم الجابر الصباح إن الإنتاج ارتفع.')).toEqual([
      'فهد سالم الجابر الصباح',
    ])
  })

  it('stops a name before a verb with ل, a verbal noun with ب or ال, and a plural noun', () => {
    expect(people('وعاد المهاجم سامي الأحمر ليسجل الهدف الثاني.')).toEqual(['سامي الأحمر'])
    expect(people('واتهمت النيابة المتهم حسين بتنظيم التظاهرة.')).toEqual(['حسين'])
    expect(people('وجدد مروان التأكيد على موقفه، وترأس مروان الاجتماع.')).toEqual([])
    expect(people('وعرض الوزير إحصاءات جديدة.')).toEqual([])
  })

  it('takes no adverb, number or noun for a name after a title', () => {
    expect(people('ويراهن رئيس البلدية كثيرا على الدعم.')).toEqual([])
    expect(people('وفاز الفريق بقيادة المدرب بنتيجة ثلاثة أهداف.')).toEqual([])
    expect(people('ولن يقبل بأية دولة تقوم بذلك، وانتقد أمين عام الحزب القرار.')).toEqual([])
    expect(people('وارتفع سعر الليرة السورية مقابل الدولار.')).toEqual([])
  })

  it('names a foreign name after a nisba standing as a noun when a title follows it', () => {
    expect(people('وقال الهولندي ماتياس كرويفر مدرب الفريق إن المباراة صعبة.')).toEqual(['ماتياس كرويفر'])
  })

  it('reads a given name that is also a word as a name after another name and و', () => {
    expect(people('وحضر اللقاء محمد الفلاحي وأمل الكعبي.')).toEqual(['محمد الفلاحي', 'أمل الكعبي'])
    expect(people('والتقى محمد الفلاحي وأمل المواطنين.')).toEqual(['محمد الفلاحي'])
  })

  it('opens no name with a preposition on a participle', () => {
    expect(people('والتقى الرئيس بممثلي الفصائل في القاهرة.')).toEqual([])
  })

  it('names the scorers a match report puts before the minute of their goal', () => {
    const text =
      'وسجل للفريق رامي شعبان في الدقيقة 12، ومبولو فى الدقيقة 40، بينما أحرز للضيوف كريم على فى الدقيقة 77.'
    expect(people(text)).toEqual(expect.arrayContaining(['مبولو', 'كريم على']))
    const play = 'وتقدم الفريق في الدقيقة 10، ورد الضيوف في الدقيقة 30، وسجل هدفا في الدقيقة 50.'
    expect(people(play)).toEqual([])
  })

  it('takes no one from a masthead’s credit lines, which are page clutter', () => {
    const text =
      'رئيس مجلس الإدارة: د. ماهر سليم العتوم\nرئيس التحرير: نادر فهمي الصالح\nأعلنت الوزارة خطة جديدة للنقل.'
    expect(people(text)).toEqual([])
  })
})
