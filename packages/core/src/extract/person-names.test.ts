import { describe, expect, it } from 'vitest'
import { entityNames, extract, speakerNames } from './test-helpers.ts'

const people = (text: string) =>
  extract(text)
    .entities.filter((e) => e.kind === 'person')
    .map((e) => e.name)

describe('where a person’s name ends', () => {
  it('keeps a family name of a particle’s or a verb’s shape that punctuation closes after a vouched name', () => {
    expect(people('وترأس الاجتماع السيد كريم ليمني، رئيس الجماعة.')).toEqual(['كريم ليمني'])
    expect(people('وقال الوزير سمير تقدمان، إن الوضع مستقر.')).toEqual(['سمير تقدمان'])
    expect(people('وحضر المتهمون وهم عبد الرحيم علي سيفان، وصالح أحمد.')).toEqual([
      'عبد الرحيم علي سيفان',
      'صالح أحمد',
    ])
  })

  it('keeps a family name opening with و that speaks elsewhere right after a verb of saying', () => {
    const text = 'وأشاد محمد وهبان، مدرب الفريق، باللاعبين. وقال وهبان: "كانت المباراة صعبة".'
    expect(people(text)).toEqual(['محمد وهبان'])
    expect(speakerNames(text)).toEqual(['محمد وهبان'])
    expect(people('وحضر الحفل الوزير محمد وهبان مع الوفد.')).toEqual(['محمد'])
    expect(people('وحضر الحفل الوزير محمد ووالده. وقال محمد إن الحفل ناجح.')).toEqual(['محمد'])
  })

  it('ends a name before a temporal conjunction (عندما، بعدما، حينما)', () => {
    expect(people('وانضمت إلى البرنامج الزميلة ماريا كوفالسكا عندما بدأ البث.')).toEqual(['ماريا كوفالسكا'])
    expect(people('وتحدث المدرب كارلوس فيرنانديز حينما سئل عن المباراة.')).toEqual(['كارلوس فيرنانديز'])
  })

  it('reads ordinary words of news after a title as the clause, not a name', () => {
    expect(people('فاز الفريق على نظيره المغربي بهدف نظيف في المباراة.')).toEqual([])
    // Words news writes with the article too (الخط، الحل، الحق) count as ordinary.
    expect(people('وسجل لاعب خط الوسط الهدف الأول.')).toEqual([])
    expect(people('وقال الرئيس حل القضية لن يكون بالقوة.')).toEqual([])
    expect(people('وأكد أن اختيار رئيس الحكومة حق دستوري لرئيس الدولة.')).toEqual([])
    expect(people('والتقى الوزير نظيره المغربي ناصر بوريطة في الرباط.')).toEqual(['ناصر بوريطة'])
  })

  it('leaves a phrase of the clause behind a particle before punctuation to the clause', () => {
    expect(people('قال الوزير محمد للصحفيين، إن الوضع مستقر.')).toEqual(['محمد'])
    expect(people('والتقى الرئيس أحمد بدمشق، الوفد.')).toEqual(['أحمد'])
  })

  it('keeps a family name in ة that ends the name', () => {
    expect(people('واستقبل الرئيس الأسبق عبد الكريم بورقيبة، وفداً من المستثمرين.')).toEqual([
      'عبد الكريم بورقيبة',
    ])
    expect(people('وقال الأمين العام سامي زيتونة إن المؤتمر ناجح.')).toEqual(['سامي زيتونة'])
  })

  it('keeps a family name in ة whose first letter would read as a particle before no word news uses', () => {
    expect(people('والتقى النائب السابق سليمان فرنجية في بلدته الوفد.')).toEqual(['سليمان فرنجية'])
    expect(people('والتقى النائب سليمان فرحة في بلدته الوفد.')).toEqual(['سليمان'])
  })

  it('ends the name before ب on a word in ة that news uses, and keeps a family name that opens with ب', () => {
    expect(people('وقام الوزير خالد المحمود بزيارة إلى المستشفى.')).toEqual(['خالد المحمود'])
    expect(people('وقام السفير جون سميث بجولة في أحياء المدينة.')).toEqual(['جون سميث'])
    expect(people('وقال الوزير ناصر بوريطة في المؤتمر إن الاتفاق نهائي.')).toEqual(['ناصر بوريطة'])
  })

  it('reads a given name whose final ى is written ي, but not a present verb so spelt', () => {
    expect(people('قال مصطفي الدباغ، رئيس المؤسسة، إن الإنتاج تراجع.')).toEqual(['مصطفي الدباغ'])
    expect(people('ويحيي الجمهور الفريق بعد الفوز.')).toEqual([])
  })

  it('reads على inside a name as the given name علي where the preposition cannot stand', () => {
    expect(people('كشف المهندس سامر مصطفى على مدير المشروع أن الإنتاج زاد.')).toEqual(['سامر مصطفى على'])
    expect(people('وأكد الوزير سامر مصطفى على ضرورة الحل.')).toEqual(['سامر مصطفى'])
    expect(people('وحصل الوزير سامر مصطفى على موافقة البرلمان.')).toEqual(['سامر مصطفى'])
  })

  it('takes a given name that is also a word before a compound name in الدين', () => {
    expect(people('وقال توفيق شرف الدين إن الأمن مستتب.')).toEqual(['توفيق شرف الدين'])
    expect(people('وأكد ناصر حزب الله أن المؤتمر ناجح.')).toEqual([])
  })

  it('opens a name with a given name in ال after a title when a family name no place or word reads follows', () => {
    expect(people('وأكد رئيس الاتحاد، الدكتور الهادي السديري، أهمية القرار.')).toEqual(['الهادي السديري'])
    expect(people('وأكد الرئيس المختار المصري أهمية الحل.')).toEqual([])
  })

  it('ends a name before a verb of form V: its past in ى, its verbal noun with the article', () => {
    expect(people('وكان الوزير السابق كريم حميدة تبنى سياسة جديدة.')).toEqual(['كريم حميدة'])
    expect(people('وطالب الدكتور سامر جابر التوقف عن الاستعراض.')).toEqual(['سامر جابر'])
    expect(people('وقال المحامي حسين التاجر إن القضية مؤجلة.')).toEqual(['حسين التاجر'])
  })

  it('ends a name before a noun with the article that an ordinal describes', () => {
    expect(people('وأضاف اللاعب سامر عيسى الهدف الثاني في الدقيقة الأربعين.')).toEqual(['سامر عيسى'])
    expect(people('وسجل ناصر عيسى الهدف الأول للفريق.')).toEqual(['ناصر عيسى'])
    expect(people('وحضر الأمير غازي الحارثي الجلسة الأولى للمؤتمر.')).toEqual(['غازي الحارثي'])
  })

  it('ends a name before a noun with the article that الوحيد or الأخير ranks', () => {
    expect(people('وسجل ماجد سليمان الهدف الوحيد للفريق.')).toEqual(['ماجد سليمان'])
    expect(people('وأضاع اللاعب سامر عيسى الفرصة الأخيرة في اللقاء.')).toEqual(['سامر عيسى'])
  })

  it('ends a family name in ة before a particle written apart', () => {
    expect(people('وقال النائب كمال جرادة لـ"الموقع" إن الجلسة طويلة.')).toEqual(['كمال جرادة'])
  })

  it('keeps a family name in ة before the clause’s object, also when the article never repeats it', () => {
    const text = 'تابع النائب سمير حلاوة أزمة الكهرباء في المدينة. وأعلن حلاوة أنه سيطرح الموضوع غداً.'
    expect(people(text)).toEqual(['سمير حلاوة'])
    const alone = 'تابع النائب سمير حلاوة أزمة الكهرباء في المدينة. وتشتهر حلاوة المولد في المدينة.'
    expect(people(alone)).toEqual(['سمير حلاوة'])
  })

  it('ends a name before an ordinary word of news behind ب or ل', () => {
    expect(people('وقال الطبيب سامر عيسى لمراسل الإذاعة إن الأدوية نفدت.')).toEqual(['سامر عيسى'])
    expect(people('والتقى الوزير نادر قرطبي بممثلي النقابات صباح اليوم.')).toEqual(['نادر قرطبي'])
  })

  it('ends a name before a verb of a derived form in the past', () => {
    expect(people('وأعلنت الوزارة أن الوزير نادر قرطبي اجتمع مع النقابات.')).toEqual(['نادر قرطبي'])
    expect(people('وبرعاية محافظ المدينة سامر خليل الحسن انعقدت أمس جلسة المجلس.')).toEqual([
      'سامر خليل الحسن',
    ])
    expect(people('وبرعاية الوزير نادر قرطبي استقبلت القاعة المعرض.')).toEqual(['نادر قرطبي'])
  })

  it('takes no person from a state named by its form after a title', () => {
    const text = 'وقال رئيس جمهورية ناورو، السيد باسل فخري، إن الأمن مستتب.'
    expect(people(text)).toEqual(['باسل فخري'])
    expect(speakerNames(text)).toEqual(['باسل فخري'])
  })

  it('reads a given name no list knows before بنت or بن and a given name', () => {
    expect(people('وقالت الأستاذة ريحانة بنت سعيد الصالح إن الحملة مستمرة.')).toEqual([
      'ريحانة بنت سعيد الصالح',
    ])
    expect(people('وحضر الوزير، وشمسة بنت حمد الكندي وكيلة الوزارة.')).toEqual(['شمسة بنت حمد الكندي'])
    expect(people('واستقبلت الجمعية عدداً بنت من المتطوعين.')).toEqual([])
  })

  it('keeps the grandfather’s name between the father’s and a family name', () => {
    expect(people('وحضرت الحفل الشيخة ريحانة بنت سالم مصبح المهيري رئيسة المجلس.')).toEqual([
      'ريحانة بنت سالم مصبح المهيري',
    ])
    expect(people('ورحب الشيخ ناصر آل مسعود بلقب البطولة.')).toEqual(['ناصر آل مسعود'])
  })

  it('keeps الأمين or المختار inside a name, not before the role’s complement', () => {
    expect(people('وأعلن القاضي سالم ولد محمد الأمين أن الجلسة تأجلت.')).toEqual(['سالم ولد محمد الأمين'])
    expect(people('وأعلن القاضي سالم ولد محمد الأمين العام للمحكمة أن الجلسة تأجلت.')).toEqual([
      'سالم ولد محمد',
    ])
  })

  it('leaves the accusative of a participle after a name to the clause', () => {
    expect(people('وتحدث النائب سالم شاكرا الحكومة على دعمها.')).toEqual(['سالم'])
  })

  it('takes a title before a family name alone for the one person whose full name ends in it', () => {
    const text = 'أكد النائب سجيع عطية أن المشروع مهم. وتحدث النائب عطية عن دعم الوكالة.'
    expect(people(text)).toEqual(['سجيع عطية'])
  })

  it('keeps a family name in -يان, which is not read as a verb in the dual', () => {
    expect(people('وقال النائب سركيس توماسيان إن الجلسة طويلة.')).toEqual(['سركيس توماسيان'])
  })

  it('reads بلان as a name, not ب before لأن', () => {
    expect(people('وقال المدرب جان بلان إن النتيجة عادلة.')).toEqual(['جان بلان'])
  })

  it('still ends a name before a noun in ة that the clause goes on with', () => {
    expect(people('وبدأ الوزير خالد زيارة رسمية إلى عمّان.')).toEqual(['خالد'])
  })

  it('keeps a family name in its nisba shape after the word a particle introduces', () => {
    expect(people('وقال الرئيس أحمد ولد الشيخ التندغي إن الحوار مفتوح.')).toEqual(['أحمد ولد الشيخ التندغي'])
  })

  it('ends a name before a present verb of three letters', () => {
    expect(people('وأكد الرئيس سالم منير يثق في الجيش.')).toEqual(['سالم منير'])
  })

  it('reads a given name that is also a word as a name before a title or between commas', () => {
    expect(people('قال كريم بنشقرون وزير النقل إن الطريق سيفتح قريباً.')).toEqual(['كريم بنشقرون'])
    expect(people('وقال وزير النقل، ناصر بلعيدة، إن الطريق سيفتح قريباً.')).toEqual(['ناصر بلعيدة'])
  })

  it('reads a regional director as a role, not a family name', () => {
    expect(people('وأكد المدير الجهوي للتعليم السيد محمد سالم أن الامتحانات تسير جيداً.')).toEqual([
      'محمد سالم',
    ])
  })

  it('takes no name from a noun with a possessive after a title', () => {
    expect(people('وأكد الوزير دعمه للمبادرة الجديدة.')).toEqual([])
    expect(people('واستهل الوزير الأول جولته في المعرض.')).toEqual([])
  })

  it('keeps a family name compounded with الله', () => {
    expect(people('وقال النائب يوسف العبد الله إن الجلسة طويلة.')).toEqual(['يوسف العبد الله'])
    expect(people('ونقلت الصحف عن نائب الوزير، خالد الجار الله، تأكيده الاتفاق.')).toEqual([
      'خالد الجار الله',
    ])
  })

  it('ends a name before the office it is given, a title in the accusative', () => {
    expect(people('وبايع المجلس الشيخ فهد الأحمد أميرا للبلاد.')).toEqual(['فهد الأحمد'])
  })

  it('ends a name before a given name that is the clause’s verb (أشرف على)', () => {
    expect(people('وذكرت الوزارة أن الوكيل الشيخ فهد المطيري أشرف على الحملة.')).toEqual(['فهد المطيري'])
    expect(people('ودعا الرئيس السابق شريف شيخ أحمد إلى الحوار.')).toEqual(['شريف شيخ أحمد'])
  })
})

describe('titles before a name', () => {
  const said = (text: string) => extract(text).quotes.map((q) => q.speaker?.name ?? null)

  it('reads a founder as a title, with a partner and a quoted body in the role', () => {
    const { entities } = extract('وقال المؤسس المشارك لـ"نماء" سامي العتيبي إن الشركة ستتوسع.')
    expect(entities.find((e) => e.kind === 'person')?.roles).toEqual(['المؤسس المشارك لنماء'])
  })

  it('takes the person after two titles joined by و as the subject', () => {
    expect(said('وقال الرئيس التنفيذي والمؤسس المشارك للشركة سامي العتيبي إن الشركة ستتوسع.')).toEqual([
      'سامي العتيبي',
    ])
  })

  it('still reads an institution, the feminine of founder, as a body', () => {
    const { entities } = extract('وقالت مؤسسة الفكر العربي إن المؤتمر ناجح.')
    expect(entities.map((e) => [e.kind, e.name])).toEqual([['organization', 'مؤسسة الفكر العربي']])
  })
})

describe('names after a role, as courts and the Maghreb press write them', () => {
  it('reads the name after a former office’s سابقاً', () => {
    expect(people('وقضت المحكمة بسجن وزيرة السياحة سابقاً سامية بلحاج لخمس سنوات.')).toEqual(['سامية بلحاج'])
  })

  it('reads a name set whole in quote marks after its role, with or without a comma', () => {
    expect(people('وحكمت المحكمة على وزير الإعلام السابق "كمال بلعيد" بالسجن.')).toEqual(['كمال بلعيد'])
    expect(people('وشملت الأحكام المدير العام السابق للشركة، "سامي عواد"، الذي أدين.')).toEqual(['سامي عواد'])
    expect(extract('وحكمت المحكمة على وزير الإعلام السابق "كمال بلعيد" بالسجن.').quotes).toEqual([])
  })

  it('ends a name before a number word behind a particle', () => {
    expect(people('وحكم على المدير سامر حداد لخمس سنوات.')).toEqual(['سامر حداد'])
  })

  it('keeps a given name in ة before a family name in ي', () => {
    expect(people('واستقبلت الوزيرة نورية سامية بلعربي الوفد.')).toEqual(['نورية سامية بلعربي'])
  })
})

describe('places as the news names them', () => {
  const places = (text: string) =>
    extract(text)
      .entities.filter((e) => e.kind === 'location')
      .map((e) => e.name)

  it('reads a capital named with العاصمة and a state named with its adjective as one place', () => {
    expect(places('وعقدت الجلسة في الجزائر العاصمة أمس.')).toEqual(['الجزائر العاصمة'])
    expect(places('ووقعت الكونغو الديمقراطية اتفاق سلام.')).toEqual(['الكونغو الديمقراطية'])
  })
})

describe('a role with its link, then a name that is also a link', () => {
  it('reads باسم after a spokesman’s role as the given name that starts the person', () => {
    const { entities, quotes } = extract(
      'وقال المتحدث الرسمي باسم الحكومة العراقية باسم العوادي إن الأراضي العراقية ليست ساحة للصراع.',
    )
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['باسم العوادي'])
    expect(quotes[0]?.speaker?.entity).toBe('person:باسم-العوادي')
  })
})

describe('names of several parts', () => {
  it('reads a given name with the article as a middle name when the name runs on', () => {
    expect(people('أكد وزير الخارجية محمد الطاهر سيالة، أن المجلس حريص على الحل.')).toEqual([
      'محمد الطاهر سيالة',
    ])
    expect(people('وأكد المدير الجهوي السيد محمد المصطفى ولد أحمد توفير الوسائل.')).toEqual([
      'محمد المصطفى ولد أحمد',
    ])
    expect(people('وقال الوزير محمد الأمين إن الاجتماع انتهى.')).toEqual(['محمد الأمين'])
  })

  it('never starts a role’s name with و: the name after it is a second person', () => {
    expect(people('وتقرر أن يكون سامي غالب محافظاً للبنك المركزي ومحمد عمر باناجة نائباً له.')).toEqual([
      'سامي غالب',
      'محمد عمر باناجة',
    ])
  })
})

describe('particles after a preposition', () => {
  it('reads لكل and بكل as particles, never as the start of a name after a title', () => {
    expect(people('وأكد أن مقدرات الشعب هي ملك لكل الليبيين دون استثناء.')).toEqual([])
    expect(people('وقال المدرب الفرنسي لوران بلان إن المباراة صعبة.')).toEqual(['لوران بلان'])
  })
})

describe('names the context vouches for', () => {
  const speakers = (text: string) => extract(text).quotes.map((q) => q.speaker?.name)

  it('reads the whole name between a role’s comma and the next, whatever its words also mean', () => {
    const text = 'وأكد وزير الري، حسن التوفيق، أن السدود امتلأت هذا الشتاء.'
    expect(people(text)).toEqual(['حسن التوفيق'])
    expect(speakers(text)).toEqual(['حسن التوفيق'])
    expect(people('قالت رئيسة البلدية، سارة الفرجاني المزوغي، إن الأشغال تنتهي قريبا.')).toEqual([
      'سارة الفرجاني المزوغي',
    ])
  })

  it('takes no name from a role’s apposition that holds a date, a verb or a remark', () => {
    expect(people('قال وزير المالية، الثلاثاء، إن العجز تراجع.')).toEqual([])
    expect(people('أوضح مدير الميناء، متحدثا للصحفيين، أن الحركة عادت.')).toEqual([])
  })

  it('reads a feminine relational title with its pronoun (مديرتها) before the name', () => {
    const found = extract('أعلنت المدرسة، على لسان مديرتها بالوكالة ليلى القاسمي، عن موعد الدخول.')
    const person = found.entities.find((e) => e.kind === 'person')
    expect(person?.name).toBe('ليلى القاسمي')
    expect(person?.roles).toEqual(['المديرة بالوكالة'])
    expect(people('وقالت الشركة على لسان مديرها العام فارس الحمدي إن الأرباح ارتفعت.')).toEqual([
      'فارس الحمدي',
    ])
  })

  it('keeps a family name that is also a preposition where no noun follows it', () => {
    expect(people('أعلن ذلك الإعلامي محمد خلف المدير العام للإذاعة المحلية.')).toEqual(['محمد خلف'])
    expect(people('استقبل الرئيس محمد خلف، وفدا من التجار.')).toEqual(['محمد خلف'])
    expect(people('ووقف الوزير محمد خلف المنصة طويلا.')).toEqual(['محمد'])
  })
})

describe('roles that name their person after a place or a second title', () => {
  const person = (text: string) => extract(text).entities.find((e) => e.kind === 'person')

  it('opens the name at a bare nisba after a definite title when a family name follows (الأمير تركي الفيصل)', () => {
    expect(people('وتقدم الحضور الأمير تركي الفيصل، والأمير خالد بن فهد.')).toEqual([
      'تركي الفيصل',
      'خالد بن فهد',
    ])
    expect(people('وقال السفير تركي إن العلاقات متينة.')).toEqual([])
  })

  it('reads دكتور without the article as a title in apposition, not as part of the name', () => {
    expect(person('أعلن وزير المالية، دكتور جبريل عثمان عن خطة جديدة.')?.name).toBe('جبريل عثمان')
    expect(people('وقال دكتور سامي ناصر إن العلاج متوفر.')).toEqual(['سامي ناصر'])
  })

  it('reads the name after the place of the office (في …) when a comma or a complementiser closes it', () => {
    expect(person('وأفاد مراسل القناة في نابلس سامي حمدان، بأن القوات انسحبت.')?.name).toBe('سامي حمدان')
    const found = person('أعلن رئيس ولاية جوبالاند في الصومال، علي غودلاوي، الإثنين، تشكيل الحكومة.')
    expect(found?.name).toBe('علي غودلاوي')
    expect(found?.roles).toEqual(['رئيس ولاية جوبالاند في الصومال'])
  })
})

describe('a family name the article repeats alone', () => {
  it('closes a name with a word that reads otherwise when the article uses it alone as a name', () => {
    expect(people('وترأس الجلسة رئيس البلدية عبد الله كبارة، وانتهت بانتخاب كبارة نائبا للرئيس.')).toEqual([
      'عبد الله كبارة',
    ])
    expect(people('وقال النائب عبد الله كبارة، إن الجلسة تأجلت. وأضاف كبارة أن الموعد لم يحدد.')).toEqual([
      'عبد الله كبارة',
    ])
  })

  it('takes the gender of a man’s family name in ة from his full name, for a pronoun verb after it', () => {
    const text =
      'وقالت الوزيرة سعاد الحسن إن الخطة جاهزة. وحضر النائب عبد الله كبارة، وقال كبارة إن المهمة صعبة. وأضافت أن التنفيذ يبدأ غدا.'
    expect(extract(text).quotes.map((q) => q.speaker?.name)).toEqual([
      'سعاد الحسن',
      'عبد الله كبارة',
      'سعاد الحسن',
    ])
  })

  it('leaves a noun after a name that the article repeats only as a noun', () => {
    expect(people('وألقى الوزير أحمد كلمة، ثم ألقى المدير كلمة أخرى.')).toEqual(['أحمد'])
  })
})

describe('nouns that look like names after a given name or a title', () => {
  it('reads no family name in a plural with the article', () => {
    expect(people('وتهدد هذه الأعمال سلامة المسافرين في المطار.')).toEqual([])
    expect(people('وتهدد هذه الأعمال سلامة الأشخاص والممتلكات.')).toEqual([])
    expect(people('وتسلم الوزير أمين الفعاليات الثقافية.')).not.toContain('أمين الفعاليات')
  })

  it('reads no name in a verbal noun or a broken plural after a title', () => {
    expect(people('وأكد الوزير استمرار العمل في المشروع.')).toEqual([])
    expect(people('وافتتحت الرئيسة أشغال الدورة بكلمة.')).toEqual([])
    expect(people('وترأس الرئيس نبيه انعقاد المجلس.')).toEqual(['نبيه'])
  })

  it('still reads a family name with the article that is no plural', () => {
    expect(people('وقال الوزير سامي الحسين إن العمل مستمر.')).toEqual(['سامي الحسين'])
    expect(people('وقال المتحدث استيفان دوجاريك إن الفريق جاهز.')).toEqual(['استيفان دوجاريك'])
    expect(people('وقال النائب أنطوان حبشي إن الجلسة طويلة.')).toEqual(['أنطوان حبشي'])
  })
})

describe('names no list knows, vouched for by their place', () => {
  it('reads a name of no known word between a role’s comma and the next', () => {
    expect(people('أشرف الوزير الأول، نذير بوعرباوي، على حفل الافتتاح.')).toEqual(['نذير بوعرباوي'])
    expect(people('وقال المدير، ردا على سؤال، إن الموعد ثابت.')).toEqual([])
    expect(people('وقال الوزير، بدوره، إن الموعد ثابت.')).toEqual([])
  })

  it('reads a name of no known word set whole in quote marks after its role', () => {
    expect(people('وقال المدرب الجديد "كورانتان مارتان"، في تصريح، إن الفوز ممكن.')).toEqual([
      'كورانتان مارتان',
    ])
  })

  it('reads a given name behind ل after a role as the role’s genitive, not its holder', () => {
    const found = extract('وقال الطرف الممثل لفتحي بوشاغة إن المقترح جاهز.').entities.filter(
      (e) => e.kind === 'person',
    )
    expect(found.map((e) => [e.name, e.roles])).toEqual([['فتحي بوشاغة', []]])
  })
})

describe('a name no list knows before a family name in its nisba shape', () => {
  it('opens a name with a word of a given name’s shape before a family name in ي', () => {
    expect(people('وشاركت في الندوة الباحثة جيهانة البرقاوي والكاتبة نسيمة الدوعاني.')).toEqual([
      'جيهانة البرقاوي',
      'نسيمة الدوعاني',
    ])
    expect(people('وحضر اللقاء عزيزة القرمادي وعدد من الأهالي.')).toEqual(['عزيزة القرمادي'])
  })

  it('leaves a noun of the clause before an adjective in ي', () => {
    expect(people('وتحدث عن دورنا الرقابي في المجلس.')).toEqual([])
    expect(people('ولفت إلى مراحل التقاضي الطويلة.')).toEqual([])
    expect(people('وأكد أن طالبو القاضي حضروا الجلسة.')).toEqual([])
    expect(people('وكتب في منشوره: لن أعبد الكرسي يوماً.')).toEqual([])
  })

  it('takes no word in ى for a nisba', () => {
    expect(people('وتوجهوا إلى صحراء المثنى الواسعة.')).toEqual([])
  })
})

describe('the given name علي, written apart from the preposition على', () => {
  it('opens a name after a reporting verb with no title before it', () => {
    expect(people('وأكد علي مرادي أن الوضع صعب في الحي.')).toEqual(['علي مرادي'])
  })

  it('leaves the preposition على alone', () => {
    expect(people('وأكد على ضرورة العمل المشترك.')).toEqual([])
  })
})

describe('the family’s name after the father’s in a Mauritanian name', () => {
  it('keeps a word no list knows after ولد and the father’s name where the name ends', () => {
    expect(people('وقال الوزير إسلمو ولد محمد أمبادي إن العمل مستمر.')).toEqual(['إسلمو ولد محمد أمبادي'])
    expect(people('وقالت الوزيرة مريم منت أحمد بوكي، إن البرنامج انطلق.')).toEqual(['مريم منت أحمد بوكي'])
  })

  it('leaves the clause’s word after the father’s name', () => {
    expect(people('وعين الوزير محمد ولد أحمد رئيسا للجنة.')).toEqual(['محمد ولد أحمد'])
    expect(people('وقال سالم بن أحمد بوكي إن الأمر مهم.')).toEqual(['سالم بن أحمد'])
  })
})

describe('a compound given name in a list of names', () => {
  it('opens a name with عبد after و', () => {
    expect(
      people('وحضر الجلسة المحامي سمير خليل، وعبد العزيز محمود القاسمي، وعبد الرحمن علي الصباغ.'),
    ).toEqual(['سمير خليل', 'عبد العزيز محمود القاسمي', 'عبد الرحمن علي الصباغ'])
  })

  it('reads a common word before الدين as a given name', () => {
    expect(people('وحضر اللقاء رئيس النادي بدر الدين عبد الله الكرمي، وشهاب الدين منصور الخطيب.')).toEqual([
      'بدر الدين عبد الله الكرمي',
      'شهاب الدين منصور الخطيب',
    ])
  })

  it('leaves عبد as a noun when no name follows it', () => {
    expect(people('وقال إن الإنسان عبد لعاداته، وعبد لما يملك.')).toEqual([])
  })
})

describe('an ambiguous given name before الدين', () => {
  it('stays a phrase when no name follows the compound', () => {
    expect(people('وقال الخطيب إن نصر الدين قريب.')).toEqual([])
  })
})

describe('a given name with the article', () => {
  it('opens a name before a particle, a given name or a family name', () => {
    expect(people('وقال المختار ولد محمد إن الاجتماع ناجح.')).toEqual(['المختار ولد محمد'])
    expect(people('وحضر اللقاء الحسين بن علي الهاشمي.')).toEqual(['الحسين بن علي الهاشمي'])
    expect(people('وحضر المختار الكعبي الاجتماع.')).toEqual(['المختار الكعبي'])
  })

  it('stays an adjective after a title or a role it agrees with', () => {
    expect(people('وقال الرئيس المختار إن الاجتماع ناجح.')).toEqual([])
    expect(people('وكرم الطالب الفاضل محمد في الحفل.')).toEqual([])
  })

  it('needs a particle after it when news uses it as an ordinary word', () => {
    expect(people('وتحدث الحسين عن الثورة.')).toEqual([])
  })
})

describe('an ambiguous given name after a verb', () => {
  it('is a name before a family name in its nisba shape', () => {
    expect(people('وسجل ماجد الشمري هدفا في المباراة.')).toEqual(['ماجد الشمري'])
    expect(people('ووصل حسن العلوي إلى المدينة.')).toEqual(['حسن العلوي'])
  })

  it('is a name before such a family name with no verb before it, alone or after و', () => {
    expect(people('وجاء الهدف الثاني عن طريق صلاح الهاشمي قبل نهاية الشوط.')).toEqual(['صلاح الهاشمي'])
    expect(people('وتنافس في الجولة الثانية مرشحان: منصور الكعبي وسعيد البلوشي.')).toEqual([
      'منصور الكعبي',
      'سعيد البلوشي',
    ])
  })

  it('is a name before a family name no list knows that closes the name', () => {
    expect(people('وسجل الهدف الأول للفريق رياض بوكرزازة، فيما أضاع زملاؤه فرصا عدة.')).toEqual([
      'رياض بوكرزازة',
    ])
    expect(people('وتقدم في الجولة الثانية المرشح المحافظ سعيد جلالوند في مواجهة منافسه.')).toEqual([
      'سعيد جلالوند',
    ])
  })

  it('stays a word before an adjective, a word of the clause or a word the name runs on into', () => {
    expect(people('ونجح المدرب نظرا لتوفر رصيد بشري محترم جدا لديه.')).toEqual([])
    expect(people('واحتفل الأطفال في الحي بعيد ميلاده مساء السبت.')).toEqual([])
    expect(people('وصدر عن الوزارة بيان صحفي أمس.')).toEqual([])
  })

  it('stays a word before a word in ى, the article or an ordinary word', () => {
    expect(people('وتعطلت الدراسة في عيد الأضحى أسبوعا.')).toEqual([])
    expect(people('وقال إن نجاح المصري في الامتحان كان متوقعا.')).toEqual([])
  })

  it('stays a word before an ordinary word with the article', () => {
    expect(people('وأصبح حسن الخلق مطلوبا.')).toEqual([])
    expect(people('وكان فريد العصر في عمله.')).toEqual([])
  })
})

describe('a role’s link before a noun in the construct state', () => {
  it('keeps باسم in the role, so that it names no one and the name after the comma is the speaker', () => {
    const text = 'وقال المتحدث باسم عمال الميناء، سالم ولد احميده، إن الإضراب مستمر.'
    expect(people(text)).toEqual(['سالم ولد احميده'])
    expect(speakerNames(text)).toEqual(['سالم ولد احميده'])
  })

  it('still reads a given name after باسم in the role as a name', () => {
    expect(people('وقال المتحدث باسم الحكومة باسم العوادي إن القرار نهائي.')).toContain('باسم العوادي')
  })
})

describe('a courtesy title inside a run of name words', () => {
  it('opens the name after it instead of closing the one before', () => {
    const names = people('وحضر الافتتاح حاكم نواذيبو السيد سيد محمد ولد ابيه وممثلون عن البلدية.')
    expect(names).toEqual(['سيد محمد ولد ابيه'])
  })
})

describe('a name set whole in quote marks after its role', () => {
  it('is a name whatever its first word’s ending or first letter reads as', () => {
    expect(people('أكد المدرب الفرنسي "كورينتين مارتينيز"، في تصريح للموقع أن الفريق جاهز.')).toEqual([
      'كورينتين مارتينيز',
    ])
    expect(people('وقال المدير الجديد "باتريك لوران"، في مؤتمر صحفي إن الخطة جاهزة.')).toEqual([
      'باتريك لوران',
    ])
  })
})

describe('a verb of a match report before a player’s name', () => {
  it('is no word of the name it is followed by', () => {
    expect(people('وحسم الضيوف اللقاء، سدد دوريان كالوتي في الدقيقة 90 كرة قوية.')).toEqual(['دوريان كالوتي'])
    expect(people('وأضاع محمد صلاح فرصة محققة قبل النهاية.')).toEqual(['محمد صلاح'])
  })
})

describe('a month that is also a man’s name', () => {
  it('is the month right after the noun شهر, whatever word closes after it', () => {
    expect(people('وقال البائع إن موعد السوق قبل شهر رمضان مناسب، ونحن مستعدون.')).toEqual([])
    expect(people('وقال رمضان بوعلام، رئيس البلدية، إن الأشغال انتهت.')).toEqual(['رمضان بوعلام'])
  })
})

describe('a family name in ة after a given name', () => {
  it('ends the name when news does not use the word as an ordinary one', () => {
    expect(people('وقد تم تأجيل البت باستقالة النائب مروان حمادة لتوضيح ما جاء فيها.')).toEqual([
      'مروان حمادة',
    ])
    expect(people('وقال المدرب يوسف قنانة، إن الفريق جاهز.')).toEqual(['يوسف قنانة'])
  })

  it('leaves out a word in ة of a verbal noun’s pattern', () => {
    expect(people('وسلم المدير يوسف زيارة رسمية إلى الوزارة.')).not.toContain('يوسف زيارة')
  })
})

describe('a verbal noun the article repeats after a name', () => {
  it('is the verb’s object, not the family name (أعلن … انتهاء)', () => {
    const text =
      'أعلن رئيس المجلس الدكتور سامي عبد العال انتهاء الدورة. وكان المجلس قد أعلن انتهاء الدورة السابقة في مايو.'
    expect(people(text)).toEqual(['سامي عبد العال'])
  })
})

describe('a past verb of form V after a name', () => {
  it('ends the name where news uses the verb', () => {
    expect(people('قال العالم الروسي، بوريس كارلوف تمكن فريقه من حل المسألة.')).toContain('بوريس كارلوف')
    expect(people('وقال الرئيس دونالد ترمب إن الاتفاق قريب.')).toEqual(['دونالد ترمب'])
  })
})

describe('a defective verb’s present after a title', () => {
  it('opens no name (الأمير يرعى)', () => {
    expect(people('سمو الأمير يرعى حفل تكريم المتفوقين')).toEqual([])
    expect(people('قال المدرب يحيى عطية إن الفريق جاهز.')).toEqual(['يحيى عطية'])
  })

  it('reads a state’s nisba after a title as the state, not as a name, for a state whose nisba is its name', () => {
    const text = 'ووعد الرئيس الجيبوتي في خطابه بمواصلة الإصلاحات.'
    expect(people(text)).toEqual([])
    expect(entityNames(text, 'location')).toEqual(['جيبوتي'])
  })
})

describe('an ordinary word of news after a given name and a second name', () => {
  it('is the clause’s when a noun of the clause follows it, or behind ب when its base is one', () => {
    expect(people('وأعلن رئيس اللجنة المستشار حسن رفعت فوز المرشح بالمقعد.')).toEqual(['حسن رفعت'])
    expect(people('وأصدر المدير سامر ناجي قرارا بنقل الموظفين.')).toEqual(['سامر ناجي'])
    expect(people('ورد القاضي سامر ناجي باعتبار أن الجلسة مفتوحة.')).toEqual(['سامر ناجي'])
    expect(people('وقام الوزير الجديد عادل منير بأداء اليمين أمام الرئيس.')).toEqual(['عادل منير'])
  })

  it('leaves a name word the text goes on from, and a listed name, in the name', () => {
    expect(people('وحصل المرشح أحمد كمال أوغلو على نصف الأصوات.')).toEqual(['أحمد كمال أوغلو'])
    expect(people('وزار الوزير سامر ناجي لبنان الأسبوع الماضي.')).toContain('سامر ناجي لبنان')
  })
})

describe('a given name with the article after a courtesy title', () => {
  it('opens a name with a family name of no known class that punctuation, a title, a verb or a complementiser closes', () => {
    expect(people('وترأس السيد الحسن قنطار، رئيس الجماعة، الحفل.')).toEqual(['الحسن قنطار'])
    expect(people('وأكد السيد المهدي قنطار أن المشروع سينطلق قريبا.')).toEqual(['المهدي قنطار'])
    expect(people('وتحدث السيد المختار بصراحة عن الوضع.')).toEqual([])
  })
})

describe('ordinary words between a role’s comma and the sentence’s end', () => {
  it('are the clause going on, not a name in apposition', () => {
    expect(people('وترأس السيد الحسن قنطار، رئيس الجماعة، حفل الافتتاح.')).toEqual(['الحسن قنطار'])
    expect(people('وقال المتحدث باسم الوزارة، سامر ناجي، إن الوضع مستقر.')).toEqual(['سامر ناجي'])
  })
})

describe('a feminine noun with the article after a name', () => {
  it('is the clause’s when news writes it as an ordinary word, not a family name in ة', () => {
    expect(people('وخطف اللاعب سامي عيسى الكرة من المدافع.')).toEqual(['سامي عيسى'])
    expect(people('وقال النائب خالد الطراونة إن القرار صائب.')).toEqual(['خالد الطراونة'])
    expect(people('وتابع الرئيس حل القضية لن يكون بالقوة.')).toEqual([])
  })

  it('is a family name after one given name where the name closes after it', () => {
    expect(people('وتعهد رئيس الحكومة عبدالكريم الدبيبة، أمس، بالدعم.')).toEqual(['عبدالكريم الدبيبة'])
    expect(people('وقال المدرب سامي الدبيبة إن الفريق جاهز.')).toEqual(['سامي الدبيبة'])
    expect(people('وخطف اللاعب عيسى الكرة من المدافع.')).toEqual(['عيسى'])
  })
})

describe('ب or ل before a verbal noun of a derived form after a title', () => {
  it('opens no name', () => {
    expect(people('وأحالت المحكمة أوراق المتهم إلى مفتي البلاد لاستطلاع رأيه في الحكم.')).toEqual([])
    expect(people('وقال الوزير بلال سعيد إن الوضع مستقر.')).toEqual(['بلال سعيد'])
  })
})

describe('a word behind ل after a title, with a name in apposition after it', () => {
  it('is the body the role serves, and the apposed name is the role’s', () => {
    expect(people('وقال المدير العام لبيكرو، سامر ناجي، إن الشركة مستعدة.')).toEqual(['سامر ناجي'])
    expect(people('وأكد الوزير لقجع، رئيس الجامعة، أن الفريق جاهز.')).toEqual(['لقجع'])
  })
})

describe('a given name opening with an alef with hamza and ل', () => {
  it('has no article and opens a longer name', () => {
    expect(people('وحصل لاعب الوسط ألكسندر بيتروفيتش على جائزة أفضل لاعب.')).toEqual(['ألكسندر بيتروفيتش'])
    expect(people('وقال السيد الحسن قنطار إن المشروع جاهز.')).toEqual(['الحسن قنطار'])
  })

  it('opens a name no list knows after a title', () => {
    expect(people('وقال المهاجم ألبرتو غوميز إن الفريق جاهز.')).toEqual(['ألبرتو غوميز'])
  })

  it('is a word of a transliterated name in apposition, before a role and in a list', () => {
    expect(people('وقال مدرب الفريق، ألبرتو غوميز، إن الفريق جاهز.')).toEqual(['ألبرتو غوميز'])
    expect(people('وأكد ألبرتو غوميز، مدرب الفريق، أن الفريق جاهز.')).toEqual(['ألبرتو غوميز'])
    expect(people('وشارك في اللقاء سامي ناجي، ألبرتو غوميز، وعلي حسن.')).toEqual([
      'سامي ناجي',
      'ألبرتو غوميز',
      'علي حسن',
    ])
  })
})

describe('a month that is also a man’s name after a given name', () => {
  it('is his family name unless the month’s complement or a word of the calendar follows it', () => {
    expect(people('وقال رئيس الهيئة، الفريق سامي ربيع، اليوم الاثنين، إن العمل جار.')).toEqual(['سامي ربيع'])
    expect(people('وقال المدير سامي رجب إن العمل جار.')).toEqual(['سامي رجب'])
    expect(people('وقال الوزير سامي ربيع الماضي إن العمل جار.')).toEqual(['سامي'])
  })
})

describe('a given name that is also a title, inside a name, round 34', () => {
  it('keeps أمين between a given name and a family name', () => {
    expect(people('وقال سامي أمين الجبوري إن الأشغال انتهت.')).toEqual(['سامي أمين الجبوري'])
    expect(people('وحضر اللواء خالد أمين الرفاعي الاجتماع.')).toEqual(['خالد أمين الرفاعي'])
  })

  it('leaves أمين a title where its complement follows', () => {
    expect(people('وقال سامي أمين الصندوق إن الأشغال انتهت.')).not.toContain('سامي أمين الصندوق')
  })
})

describe('a family name that opens with و, round 34', () => {
  it('reads a nisba in و whose rest no list knows as the family name', () => {
    expect(people('وحضر سمير وهبي الاجتماع الطارئ.')).toEqual(['سمير وهبي'])
  })

  it('leaves و on a given name, a place’s nisba and a word in ى', () => {
    expect(people('وحضر سمير وهبي وسامي الاجتماع.')).toEqual(['سمير وهبي'])
    expect(people('والتقى الوزير سمير ولبناني آخر.')).not.toContain('سمير ولبناني')
    expect(people('وحضر الأمير حسين ورجوى الحفل.')).not.toContain('حسين ورجوى')
  })
})

describe('a given name with the article between commas, round 34', () => {
  it('opens a name whose family name no list knows, after a role’s comma', () => {
    expect(people('وأكد وزير النقل، السعيد بوعلاق، أن الأشغال انتهت.')).toEqual(['السعيد بوعلاق'])
  })

  it('leaves a definite word between commas that opens no name', () => {
    expect(people('وزار الوفد المدينة، المدينة الجديدة، أمس.')).toEqual([])
  })
})

describe('a title with the article inside a Mauritanian name, round 34', () => {
  it('keeps الشيخ between a given name and ولد', () => {
    expect(people('وطالب الدفاع بإطلاق سراح موكله أحمد الشيخ ولد اعبيدي أمس.')).toEqual([
      'أحمد الشيخ ولد اعبيدي',
    ])
  })

  it('leaves a title before ولد where no given name precedes it', () => {
    expect(people('واستقبل الرئيس ولد الغزواني الوفد.')).toEqual(['ولد الغزواني'])
  })
})
