import { describe, expect, it } from 'vitest'
import { entityNames, extract } from './test-helpers.ts'

/** Each place with its aliases, as `name|alias|…`. */
const places = (text: string) =>
  extract(text)
    .entities.filter((e) => e.kind === 'location')
    .map((e) => [e.name, ...e.aliases].join('|'))

describe('a place behind the preposition ل', () => {
  it('reads ل before a name that opens with ل (لليبيا، للبنان), where ل + ال reads as no known word', () => {
    expect(entityNames('وأكد أن الدعم للبنان مستمر وأن الطريق لليبيا مفتوح.', 'location')).toEqual([
      'لبنان',
      'ليبيا',
    ])
    expect(entityNames('سافر الوزير للندن ثم عاد لليمن.', 'location')).toEqual(['لندن', 'اليمن'])
    // ل + ال on an ordinary word keeps its reading.
    expect(entityNames('وجه الشكر للمواطنين وللشركات.', 'location')).toEqual([])
  })
})

describe('a site named after a known place past its first word', () => {
  it('ends the site at the place and names the place too', () => {
    expect(entityNames('نظم قصر ثقافة أسوان أمسية شعرية للشباب.', 'location')).toEqual([
      'قصر ثقافة أسوان',
      'أسوان',
    ])
  })
})

describe('a range of mountains', () => {
  it('reads جبال and a name as one place, with the known place it names', () => {
    expect(entityNames('هطلت الأمطار على جبال ظفار طوال الأسبوع.', 'location')).toEqual(['جبال ظفار', 'ظفار'])
    expect(entityNames('تراكمت جبال من النفايات في الشوارع.', 'location')).toEqual([])
  })
})

describe('a site’s head before و', () => {
  it('names no site where و joins an ordinary word or another head right after the head', () => {
    expect(entityNames('وقرر المجلس إنشاء ملعب وحديقة عامة في الحي.', 'location')).toEqual([])
    expect(entityNames('أقيمت المباراة في ملعب وهران الأولمبي بالجزائر.', 'location')).toContain('ملعب وهران')
  })
})

describe('places after a head noun the gazetteer does not know', () => {
  it('reads a name in ة after its head when it is no adjective', () => {
    expect(places('اندلع حريق في بلدة أملوسة شمال البلاد.')).toEqual(['أملوسة|بلدة أملوسة'])
    expect(places('زار الوفد منطقة كبيرة وقرية صغيرة وبلدة مجاورة ومنطقة واسعة ومنطقة حرة.')).toEqual([])
  })

  it('reads a short name in ة, or one in ية, that news uses as no ordinary word', () => {
    expect(places('تضررت الحقول في معتمدية نفزة وبلدة قرنبالية.')).toEqual([
      'نفزة|معتمدية نفزة',
      'قرنبالية|بلدة قرنبالية',
    ])
    expect(places('بنت الشركة مصنعاً في منطقة صناعية وآخر في منطقة زراعية.')).toEqual([])
  })

  it('reads a head written with ه for its ة, but not a noun with its pronoun', () => {
    expect(places('يشكو سكان قريه الزعفرانه من انقطاع المياه منذ أسبوع.')).toEqual([
      'الزعفرانه|قريه الزعفرانه',
    ])
    expect(places('نقلت الأسر إلى منطقه الحمراوي بعد الفيضان.')).toEqual(['الحمراوي|منطقه الحمراوي'])
    expect(places('عاد اللاعب إلى بلده مرهقاً، والتقى محافظه مسؤولين كباراً.')).toEqual([])
  })

  it('takes the state named by its form as a place (جمهورية، مملكة)', () => {
    expect(places('زار الوفد جمهورية ناورو ثم مملكة البحرين.')).toEqual([
      'ناورو|جمهورية ناورو',
      'البحرين|مملكة البحرين',
    ])
  })

  it('takes a province, a prefecture and the dual of منطقة', () => {
    expect(places('سجلت وفاة في إقليم تازناخت ووفاتان بعمالة تيزنيت.')).toEqual([
      'تازناخت|إقليم تازناخت',
      'تيزنيت|عمالة تيزنيت',
    ])
    expect(places('سقطت قذائف على منطقتي الحسينات والزرقة مساء أمس.')).toEqual([
      'الحسينات|منطقتي الحسينات',
      'الزرقة',
    ])
  })

  it('keeps a name that opens with أم، أبي، بئر or باب whole, whatever its second word', () => {
    expect(places('وصل الماء إلى مدينة أم النمل أمس.')).toEqual(['أم النمل|مدينة أم النمل'])
    expect(places('أوقفت الشرطة شابين بمدينة أبي الرمان صباحاً.')).toEqual(['أبي الرمان|مدينة أبي الرمان'])
    expect(places('اقترب قارب من منطقة بئر سالم ليلاً.')).toEqual(['بئر سالم|منطقة بئر سالم'])
  })

  it('stops before a phrase of the place around it', () => {
    expect(places('أوقف المتهم بمنطقة تمدروت بضواحي المدينة.')).toEqual(['تمدروت|منطقة تمدروت'])
  })
})

describe('camps and mountains', () => {
  it('names a camp or a mountain with its head, and the known place after ب apart', () => {
    expect(places('تدور المعارك في محيط معسكر الصفراء وفي جبل الحرير بمأرب.')).toEqual([
      'معسكر الصفراء',
      'جبل الحرير',
      'مأرب',
    ])
  })

  it('names a village or a monastery after دير with its head', () => {
    expect(places('رست السفينة قبالة دير الصفصاف، وزار الوفد دير مار يوحنا في الجبل.')).toEqual([
      'دير الصفصاف',
      'دير مار يوحنا',
    ])
  })

  it('names a village after كفر، خربة or تل with its head, but not a phrase behind ب after the head', () => {
    expect(places('داهمت القوات قرية كفر زيباد وخربة الدير ومنطقة تل الرمان.')).toEqual([
      'كفر زيباد|قرية كفر زيباد',
      'خربة الدير',
      'تل الرمان|منطقة تل الرمان',
    ])
    expect(places('عد الخطيب ذلك كفر بالنعمة، ورأى أن ملعب بالعاصمة لا يكفي.')).toEqual([])
  })

  it('names a suburb, a quarter, a castle or a hamlet with its head', () => {
    expect(
      places('امتدت الاحتجاجات من ضاحية الورود إلى حارة السقايين، ثم إلى قلعة الحصن ودوار أيت سعيد.'),
    ).toEqual(['ضاحية الورود', 'حارة السقايين', 'قلعة الحصن', 'دوار أيت سعيد'])
  })

  it('leaves a known place that opens with its head to the gazetteer, without the adjective after it', () => {
    expect(places('وصلت القافلة إلى دير البلح المحاصرة منذ أسابيع.')).toEqual(['دير البلح'])
  })
})

describe("a state's long form", () => {
  it('is the state, with the long form as an alias', () => {
    expect(places('أعلنت الجمهورية التونسية أمس موقفها من القمة.')).toEqual(['تونس|الجمهورية التونسية'])
    expect(places('وصل الوفد إلى المملكة المغربية صباحاً.')).toEqual(['المغرب|المملكة المغربية'])
  })

  it('leaves the state as an institution (الدولة اللبنانية) to its nisba', () => {
    const located = extract('طالب النواب الدولة اللبنانية بخطة للكهرباء.').entities.filter(
      (e) => e.kind === 'location',
    )
    expect(located.map((e) => [e.name, e.mentions.every((m) => m.form === 'nisba')])).toEqual([
      ['لبنان', true],
    ])
  })
})

describe('places, round 10', () => {
  it('reads a capital named like its state with العاصمة', () => {
    expect(entityNames('هطلت أمطار غزيرة بتونس العاصمة وضواحيها.', 'location')).toEqual(['تونس العاصمة'])
  })

  it('leaves a word written with the tanwin of the accusative, which names no place', () => {
    expect(entityNames('وقف أهالي حمص، كما هم دوماً، إلى جانب جيرانهم في دوما.', 'location')).toEqual([
      'حمص',
      'دوما',
    ])
  })

  it('leaves a number in words that reads as a place behind a particle (بليون, ب + Lyon)', () => {
    expect(entityNames('كلف المشروع نحو 4 بليون دولار قبل افتتاحه في ليون.', 'location')).toEqual(['ليون'])
  })

  it('leaves the place of a time zone', () => {
    expect(entityNames('انطلق الاجتماع الساعة العاشرة بتوقيت القدس في عمّان.', 'location')).toEqual(['عمّان'])
  })
})

describe('a region’s adjective after a noun with a preposition', () => {
  it('reads the adjective of a noun behind ب as no place', () => {
    expect(entityNames('انقطعت الكهرباء بالمناطق الشرقية طوال الليل.', 'location')).toEqual([])
  })
})

describe('sites named by their head, round 10', () => {
  it('reads a reserve and a cemetery with their names, not with an adjective', () => {
    expect(entityNames('زار الوفد محمية الزباير ومقبرة الشهداء.', 'location')).toEqual([
      'محمية الزباير',
      'مقبرة الشهداء',
    ])
    expect(entityNames('عثر السكان على مقبرة جماعية قرب البلدة.', 'location')).toEqual([])
  })
})

describe('where a place’s name ends before an ordinary word of news', () => {
  it('leaves the clause’s verb, noun or particle phrase out of a name after its head', () => {
    expect(places('وقالت إن مدينة قرطوبة تستقبل الزوار منذ الصباح.')).toEqual(['قرطوبة|مدينة قرطوبة'])
    expect(places('وتوجه الوفد إلى قرية دمسيت للإطلاع على المشروع.')).toEqual(['دمسيت|قرية دمسيت'])
  })

  it('ends a site’s name before the clause but keeps an adjective that closes it', () => {
    expect(entityNames('وتعقد الجلسة في قصر العدل الواقع في وسط المدينة.', 'location')).toEqual(['قصر العدل'])
    expect(entityNames('وأقيم الحفل في قصر الفنون القديم بالمدينة.', 'location')).toEqual([
      'قصر الفنون القديم',
    ])
  })
})

describe('sites of nature, water, crossings and halls', () => {
  it('names a cave, a lake, a crossing, a theatre and a hall with their names', () => {
    expect(entityNames('زار السياح مغارة جعيتا وبحيرة ناصر.', 'location')).toEqual([
      'مغارة جعيتا',
      'بحيرة ناصر',
    ])
    expect(entityNames('أغلق معبر الكرامة أمس.', 'location')).toEqual(['معبر الكرامة'])
    expect(entityNames('أقيم الحفل على مسرح الزيتونة ثم في قاعة الحاج منير الصباغ.', 'location')).toEqual([
      'مسرح الزيتونة',
      'قاعة الحاج منير الصباغ',
    ])
  })

  it('names no site for an ordinary phrase or a verbal noun after a loose head', () => {
    expect(entityNames('يهدف القرض إلى سد العجز في الموازنة.', 'location')).toEqual([])
    expect(entityNames('دخل المتهم قاعة المحاكمة بحراسة مشددة.', 'location')).toEqual([])
  })

  it('ends a site’s name before a noun behind ب or ل', () => {
    expect(entityNames('امتلأ مخيم الوحدات بسكان جدد.', 'location')).toEqual(['مخيم الوحدات'])
  })
})

describe('halls of fairs and conferences', () => {
  it('names the hall with its head, and the known place in its name besides', () => {
    expect(entityNames('افتُتح المعرض في مركز الكويت للمعارض والمؤتمرات الدولية أمس.', 'location')).toEqual([
      'مركز الكويت للمعارض والمؤتمرات الدولية',
      'الكويت',
    ])
    expect(entityNames('يقام المهرجان في مركز إكسبو دبي حتى نهاية الشهر.', 'location')).toEqual([
      'مركز إكسبو دبي',
      'دبي',
    ])
  })

  it('leaves a centre named for what it does to the bodies', () => {
    expect(entityNames('افتتح الوزير مركز الأمل للتأهيل في المدينة.', 'location')).toEqual([])
  })
})

describe('words that only look like places', () => {
  it('leaves a word with the article after a demonstrative and a name after a head behind ك', () => {
    expect(entityNames('يجب القضاء على هذه الظاهرة في عُمان.', 'location')).toEqual(['عُمان'])
    expect(entityNames('تعمل الإدارة كمنطقة تتمتع بالحكم الذاتي منذ سنوات.', 'location')).toEqual([])
  })

  it('leaves Muscat’s name in the idiom of a birthplace', () => {
    expect(entityNames('عاد الكاتب إلى صلالة مسقط رأسه، ثم سافر إلى مسقط.', 'location')).toEqual([
      'صلالة',
      'مسقط',
    ])
  })

  it('keeps a direction after the known place in a site’s name', () => {
    expect(entityNames('تهطل الأمطار على هضبة حضرموت الجنوبية اليوم.', 'location')).toContain(
      'هضبة حضرموت الجنوبية',
    )
  })
})

describe('other names of a territory and a state', () => {
  it('reads the occupied West Bank and the Zionist entity as the places they name', () => {
    expect(entityNames('هدمت القوات منزلا في الضفة المحتلة أمس.', 'location')).toEqual(['الضفة الغربية'])
    expect(entityNames('رفض الحزب التطبيع مع الكيان الصهيوني.', 'location')).toEqual(['إسرائيل'])
    expect(entityNames('تتواصل الاعتداءات في الأراضي الفلسطينية المحتلة.', 'location')).toEqual([
      'الأراضي الفلسطينية المحتلة',
    ])
  })
})

describe('a site whose name opens with أم، عين or أبو', () => {
  it('keeps the opener and the word after it in the site’s name', () => {
    expect(entityNames('ارتفعت واردات ميناء أم الخير لشهر أيار.', 'location')).toEqual(['ميناء أم الخير'])
    expect(entityNames('يقع المحل في شارع عين غزال قرب السوق.', 'location')).toEqual(['شارع عين غزال'])
  })

  it('names an Egyptian hamlet with its head', () => {
    expect(entityNames('وقع الحادث في عزبة سالم التابعة للمركز.', 'location')).toEqual(['عزبة سالم'])
  })
})

describe('words after a place’s head that name no place, round 17', () => {
  it('reads the penalty area, a numeral and a locating participle as no part of a place’s name', () => {
    expect(
      places(
        'سدد المهاجم كرة قوية من داخل منطقة الجزاء فأنقذها الحارس، ثم عاد وسدد من منطقة جزاء الفريق الضيف.',
      ),
    ).toEqual([])
    expect(places('انتخب الرئيس لولاية أولى قبل أعوام، ثم لولاية ثانية.')).toEqual([])
    expect(places('ضربت العاصفة قرية كفرزيتا الواقعة شمال المدينة.')).toEqual(['كفرزيتا|قرية كفرزيتا'])
  })

  it('reads ب or ل with the article on the word after the head, or after the name, as the clause’s', () => {
    expect(places('قال إن المدينة تعد أجمل منطقة بالعالم.')).toEqual([])
    expect(places('أقيم المهرجان في مدينة تيمقاد بالضاحية الشرقية للولاية.')).toEqual(['تيمقاد|مدينة تيمقاد'])
  })

  it('reads ولاية and مقاطعة before a person or an ordinary word as a term and a boycott', () => {
    expect(
      places('دعت الأحزاب إلى مقاطعة الانتخابات، وقال المتحدث إن ولاية السيسي تنتهي بعد أعوام.'),
    ).toEqual([])
    expect(places('نصحت السلطات السكان بالابتعاد عن المباني في منطقة زلزال قوي.')).toEqual([])
  })

  it('reads a quarter named after a scholar whole', () => {
    expect(places('أزيلت النفايات من حي ابن خلدون وسط المدينة.')).toEqual(['ابن خلدون|حي ابن خلدون'])
  })

  it('knows a place whose final ة is written ه, but not a lone word without the article', () => {
    expect(
      places('يعاني السكان في قطاع غزه من انقطاع الكهرباء، وفي الجيزه ارتفعت الأسعار. وزار جده أمس.'),
    ).toEqual(['قطاع غزة|قطاع غزه', 'الجيزة|الجيزه'])
  })
})

describe('words of the clause after a place’s head', () => {
  it('reads no place in a word with a pronoun on it', () => {
    expect(places('هدم الإعصار أحياء بأكملها في الساحل.')).toEqual([])
    expect(places('وغمرت السيول الوادي فصار بحيرة تغمرها المياه.')).toEqual([])
  })

  it('ends a name before a derived verb in the past', () => {
    expect(places('وفي مدينة تلمسيت انتشر الخبر سريعا.')).toEqual(['تلمسيت|مدينة تلمسيت'])
  })

  it('reads no place in a derived verb in the past with the feminine ت right after a head', () => {
    expect(places('وقال إنها مدينة تعرضت للإهمال سنوات طويلة.')).toEqual([])
    expect(places('وزار الوفد منطقة انتشرت فيها الأمراض.')).toEqual([])
    expect(places('وصل الوفد إلى مدينة تمنرست أمس.').map((p) => p.split('|')[0])).toEqual(['تمنرست'])
  })

  it('reads no place in a verbal noun after منطقة, and still a place the lists know', () => {
    expect(places('وتجمع الأهالي في منطقة الاحتفال ثم في منطقة التفجير.')).toEqual([])
    expect(places('وصل الوفد إلى منطقة القصيم.').map((p) => p.split('|')[0])).toEqual(['القصيم'])
  })
})

describe('words that fold to a place of one word', () => {
  it('reads بأي and بأى as "with any", not as the region باي', () => {
    expect(places('رفض الوزير الإدلاء بأي تعليق ولم يصب أحد بأى أذى.')).toEqual([])
    expect(places('ضربت الفيضانات إقليم باي في الصومال.')).toContain('باي|إقليم باي')
  })
})

describe('a present verb after a place head', () => {
  it('reads a word of three letters in ت or ي right after the head as the clause’s verb', () => {
    expect(places('زار الوفد منطقة تقع على ضفاف النهر ومدينة تضم آلاف السكان.')).toEqual([])
    expect(places('قصفت الطائرات مدينة تعز اليوم.')).toEqual(['تعز|مدينة تعز'])
  })
})

describe('a site after its head noun', () => {
  it('ends the name before an indefinite plural of the clause', () => {
    expect(places('سار المحتجون فوق جسر الجمهورية قاصدين مبنى البلدية.')).toEqual(['جسر الجمهورية'])
  })
})

describe('a given name as the second word of a place after its head', () => {
  it('keeps it in the place where the name closes after it: punctuation, or a particle opening the clause’s phrase', () => {
    expect(places('داهمت الشرطة حي بابا عمرو بمدينة حمص.')).toEqual([
      'بابا عمرو|حي بابا عمرو',
      'حمص|مدينة حمص',
    ])
    expect(places('تظاهر السكان في حي باب علي، ثم تفرقوا.')).toEqual(['باب علي|حي باب علي'])
  })

  it('leaves it to a person’s name that goes on after it', () => {
    expect(entityNames('زار الوفد قرية جودا محمد علي أمس.', 'person')).toEqual(['محمد علي'])
  })
})

describe('where a place’s name ends after its head', () => {
  it('ends an unlisted name before a weekday or a present verb of the clause', () => {
    expect(places('اجتمع المجلس البلدي في محافظة سرابيت الأحد، وناقش الميزانية.')).toEqual([
      'سرابيت|محافظة سرابيت',
    ])
    expect(places('المجلس البلدي بمحافظة سرابيت يناقش الميزانية')).toEqual(['سرابيت|محافظة سرابيت'])
  })

  it('keeps a colour that closes a site’s name', () => {
    expect(places('أغلقت البلدية شارع الطوق الأخضر للصيانة.')).toEqual(['شارع الطوق الأخضر'])
  })

  it('ends a site’s name before a compass noun that places it', () => {
    expect(places('داهمت القوات دير الغصون شرق نابلس فجراً.')).toEqual(['دير الغصون', 'نابلس'])
  })

  it('reads مرفأ, spelt with its final hamza, as the head of a site', () => {
    expect(places('تضررت المباني قرب مرفأ بيروت بعد الانفجار.')).toEqual(['مرفأ بيروت', 'بيروت'])
  })
})

describe('a given name in ي as a place’s second word', () => {
  it('is no present verb of the clause', () => {
    expect(places('وصلت الدورية إلى منطقة قبر يوسف، ثم انسحبت.')).toEqual(['قبر يوسف|منطقة قبر يوسف'])
  })
})

describe('a place’s name in quote marks after its head', () => {
  it('reads one to three words no list knows as the name', () => {
    expect(places('اقتحم المستوطنون منطقة "الخروبة" فجراً.')).toEqual(['الخروبة'])
    expect(places('قصفت الطائرات قرية «تامدة نزرو» أمس.')).toEqual(['تامدة نزرو'])
  })

  it('leaves words of the clause in quote marks alone', () => {
    expect(places('وصف السكان المنطقة بأنها منطقة "منكوبة جدا" منذ سنوات.')).toEqual([])
  })
})

describe('a settlement after its head', () => {
  it('reads the name after مستوطنة, and no adjective', () => {
    expect(places('وسع الجيش مستوطنة كيدار الشرقية أمس.')).toEqual(['كيدار الشرقية|مستوطنة كيدار الشرقية'])
    expect(places('أقامت السلطات مستوطنة جديدة قرب الطريق.')).toEqual([])
  })
})

describe('a listed city in a nisba’s shape after a definite noun', () => {
  it('is the city when news does not use the word as an adjective', () => {
    expect(places('زار الوفد الإسكندرية أمس، ثم عاد.')).toEqual(['الإسكندرية'])
    expect(places('تضررت المناطق الشمالية والوسطى من العاصفة.')).toEqual([])
  })
})

describe('a region read by its direction adjective inside a list of places', () => {
  it('is an item of the list like a known place', () => {
    expect(places('داهمت القوات أحياء رفيديا، والجبل الشمالي، والخروبة، والقصيبة، دون اعتقالات.')).toEqual([
      'رفيديا|أحياء رفيديا',
      'الجبل الشمالي',
      'الخروبة',
      'القصيبة',
    ])
  })
})

describe('a site named after a sovereign', () => {
  it('keeps a given name news writes often after the title inside the name', () => {
    expect(places('أغلقت البلدية شارع الملك عبدالعزيز، لأعمال الصيانة.')).toEqual(['شارع الملك عبدالعزيز'])
    expect(places('تقام المباراة على ملعب الأمير محمد، مساء الجمعة.')).toEqual(['ملعب الأمير محمد'])
  })
})

describe('a road named after a sovereign or a place', () => {
  it('is a site with its head, and its patron no person of the news', () => {
    const text = 'انقلبت شاحنة على طريق الملك فهد بن عبدالعزيز ليلة أمس.'
    expect(places(text)).toEqual(['طريق الملك فهد بن عبدالعزيز'])
    expect(entityNames(text, 'person')).toEqual([])
    expect(places('أغلق الجيش طريق حمص – حماة أمس.')).toContain('طريق حمص')
  })

  it('is no site after عن, nor before an ordinary word', () => {
    expect(places('وصلت الشحنة عن طريق تركيا أمس.')).toEqual(['تركيا'])
    expect(places('وقال إن طريق الحوار طويل.')).toEqual([])
    expect(entityNames('وجاء الحل عن طريق الرئيس محمد علي.', 'person')).toEqual(['محمد علي'])
  })

  it('reads إحياء, written with its hamza under the alef, as reviving, not as the plural of neighbourhoods', () => {
    expect(places('شارك الأهالي في إحياء مهرجان الربيع بالساحة العامة.')).toEqual([])
    expect(places('غمرت السيول أحياء الزهور والمنارة.')).toEqual(['الزهور|أحياء الزهور', 'المنارة'])
  })

  it('reads قضاء before a plural or an ordinary word as spending, and before a name as a district', () => {
    expect(places('يفضل السكان قضاء أوقات ممتعة على الشاطئ مع قضاء الأطفال عطلتهم.')).toEqual([])
    expect(places('زار المحافظ قضاء سنجار.')).toEqual(['سنجار|قضاء سنجار'])
  })
})

describe('seats named for their buildings, round 34', () => {
  it('lists the White House and the Grand Serail as places', () => {
    expect(entityNames('وعقد الوزراء اجتماعهم في السرايا الحكومية أمس.', 'location')).toEqual([
      'السراي الحكومي',
    ])
    expect(entityNames('وقالت المتحدثة باسم البيت الأبيض إن الزيارة تأجلت.', 'location')).toEqual([
      'البيت الأبيض',
    ])
    expect(entityNames('وقالت المتحدثة باسم البيت الأبيض إن الزيارة تأجلت.', 'organization')).toEqual([])
  })
})

describe('a word of the clause after a place its head names, round 37', () => {
  it('ends the name before a title', () => {
    expect(places('استقبل والي ولاية اترارزة السيد محمد وفدا من الوزارة.')).toEqual(['اترارزة|ولاية اترارزة'])
    expect(places('وصل إلى مدينة بوتليميت الدكتور أحمد في زيارة رسمية.')).toEqual(['بوتليميت|مدينة بوتليميت'])
  })

  it('ends the name before a period of time', () => {
    expect(places('عبر المهاجرون إلى منطقة شنغن الشهر الماضي.')).toEqual(['شنغن|منطقة شنغن'])
    expect(places('زار الوفد بلدة كفرزيتا الأسبوع الماضي برفقة المحافظ.')).toEqual(['كفرزيتا|بلدة كفرزيتا'])
  })

  it('ends the name before a verb in the past of form VI', () => {
    expect(places('عقد المجلس اجتماعا بمدينة طبرق تناول فيه الأوضاع.')).toEqual(['طبرق|مدينة طبرق'])
    expect(places('اجتمع الوزراء في مدينة بوتليميت تبادلوا خلاله الآراء.')).toEqual([
      'بوتليميت|مدينة بوتليميت',
    ])
  })

  it('keeps a second word with the article that is no title or period', () => {
    expect(places('اقتحمت القوات حي باب السلسلة فجر اليوم.')).toEqual(['باب السلسلة|حي باب السلسلة'])
  })
})

describe('a sea or a gulf named by its head, round 37', () => {
  it('names the sea or the gulf, and not the place it is named after', () => {
    expect(entityNames('أبحرت السفينة في بحر الكاريبي باتجاه كوبا.', 'location')).toEqual([
      'بحر الكاريبي',
      'كوبا',
    ])
    expect(entityNames('تهب رياح نشطة على سواحل بحر عُمان مساء اليوم.', 'location')).toEqual(['بحر عمان'])
    expect(entityNames('عبرت السفن خليج عدن نحو البحر الأحمر.', 'location')).toEqual([
      'خليج عدن',
      'البحر الأحمر',
    ])
  })

  it('leaves بحر of a time or of a quantity', () => {
    expect(entityNames('سيتم تسليم المشروع في بحر الأسبوع المقبل.', 'location')).toEqual([])
    expect(entityNames('أغرقنا بحر من الوعود الكاذبة.', 'location')).toEqual([])
  })
})
