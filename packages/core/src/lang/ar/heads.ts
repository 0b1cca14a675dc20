// Head nouns that announce a name: an outlet (صحيفة "الحياة"), a body (وزارة الدفاع), or any named thing whose name
// is set in quote marks (برنامج "فرصة"): a quoted span right after one of these is a name, not speech.

/** Heads of media names. Unquoted words after the `open` ones are taken as the name (صحيفة نيويورك تايمز). */
export const mediaHeads: readonly { word: string; open: boolean }[] = [
  { word: 'صحيفة', open: true },
  { word: 'جريدة', open: true },
  { word: 'مجلة', open: true },
  { word: 'قناة', open: true },
  { word: 'فضائية', open: true },
  { word: 'إذاعة', open: true },
  { word: 'شبكة', open: false },
  { word: 'وكالة', open: false },
  { word: 'موقع', open: false },
  { word: 'منصة', open: false },
  { word: 'تلفزيون', open: false },
  { word: 'التلفزيون', open: false },
  { word: 'الإذاعة', open: false },
  { word: 'راديو', open: true },
]

/**
 * Outlet heads before the place an outlet serves (تلفزيون السودان، وكالة السودان الرسمية، شبكة أخبار العراق):
 * `bare`: the place alone after the head names the outlet; the others need a news word before the place or an
 * ending of `placeOutletEndings` after it (وكالة السودان alone is no name, قناة السويس a canal).
 */
export const placeOutletHeads: readonly { word: string; bare: boolean }[] = [
  { word: 'تلفزيون', bare: true },
  { word: 'إذاعة', bare: true },
  { word: 'راديو', bare: true },
  { word: 'وكالة', bare: false },
  { word: 'شبكة', bare: false },
  { word: 'صحيفة', bare: false },
  { word: 'جريدة', bare: false },
  { word: 'موقع', bare: false },
]

/**
 * Newsroom nouns before the outlet they work for (مراسل الجزيرة، كاميرا الجزيرة): a known outlet after them is the
 * outlet even where its bare name is also a place; they are no part of its name.
 */
export const newsroomNouns: readonly string[] = ['مراسل', 'مراسلة', 'كاميرا', 'مذيع', 'مذيعة', 'شاشة']

/** Heads that make an organisation name with the words after them: وزارة الصحة الفلسطينية، البنك المركزي المصري. */
export const organizationHeads: readonly string[] = [
  'وزارة',
  'مجلس',
  'هيئة',
  'منظمة',
  'حزب',
  'حركة',
  'شركة',
  'بنك',
  'البنك',
  'مصرف',
  'المصرف',
  'جامعة',
  'الجامعة',
  'نادي',
  'محكمة',
  'المحكمة',
  'جمعية',
  'مؤسسة',
  'المؤسسة',
  'صندوق',
  'الصندوق',
  'ائتلاف',
  'تحالف',
  'جبهة',
  'تنظيم',
  'المفوضية',
  'مفوضية',
  'الجيش',
  'جيش',
  'البرلمان',
  'برلمان',
  'المجلس',
  'الهيئة',
  'المنظمة',
  'مجموعة',
  'اتحاد',
  'الاتحاد',
  'معهد',
  'المعهد',
  'مستشفى',
  'منتخب',
  'المنتخب',
  'كتلة',
  'تيار',
  'التيار',
  'الائتلاف',
  'التحالف',
  'الحزب',
  'مديرية',
  'المديرية',
  // إدارة الأمن العام، إدارة المرور: a directorate named by its domain.
  'إدارة',
  'خلية',
  'قيادة',
  'جهاز',
  'الجهاز',
  'مكتب',
  'بلدية',
  'سلطة',
  'النيابة',
  'نيابة',
  'الادعاء',
  'بورصة',
  'البورصة',
  'مركز',
  'دائرة',
  'أمانة',
  'الأمانة',
  'ديوان',
  'الديوان',
  'سفارة',
  'السفارة',
  'قنصلية',
  'القنصلية',
  'رئاسة',
  'قوى',
  'القيادة',
  'مدرسة',
  'إعدادية',
  'أكاديمية',
  // كلية الآداب، نقابة المحامين: a faculty and a union, named by their field.
  'كلية',
  'نقابة',
  'بعثة',
  'منتدى',
  // غرفة تجارة وصناعة عمّان، الغرفة التجارية: chambers of commerce and industry.
  'غرفة',
  'الغرفة',
  'مليشيا',
  'ميليشيا',
  'كتيبة',
  'عمادة',
  'فرقة',
  'مكتبة',
  'ثانوية',
  // الحرس الوطني، الدرك الوطني، حرس الحدود: guards and gendarmeries, named by what follows.
  'الحرس',
  'حرس',
  'الدرك',
]

/** Heads whose name, set in quote marks, is not speech: `حركة "حماس"`, `عملية "درع الفرات"`, `وسم "#…"`. */
export const namingHeads: readonly string[] = [
  'برنامج',
  'مبادرة',
  'حملة',
  'عملية',
  'مشروع',
  'كتاب',
  'فيلم',
  'مسلسل',
  'رواية',
  'أغنية',
  'ألبوم',
  'تطبيق',
  'شعار',
  'وسم',
  'هاشتاغ',
  'هاشتاج',
  'مصطلح',
  'عبارة',
  'كلمة',
  'اسم',
  'لقب',
  'تسمية',
  'عنوان',
  'قانون',
  'اتفاق',
  'اتفاقية',
  'مؤتمر',
  'قمة',
  'مهرجان',
  'بطولة',
  'جائزة',
  'خطة',
  'استراتيجية',
  'رؤية',
  'معرض',
  'مسابقة',
  'صفقة',
  'فصيل',
  'لواء',
  'كتيبة',
  'جماعة',
  'ميليشيا',
  'مليشيا',
  'مجموعة',
  'سفينة',
  'صاروخ',
  'طائرة',
  'منظومة',
  'مسيرة',
  'مناورات',
  'تمرين',
  'مقال',
  'تقرير',
  'دراسة',
  'وثيقة',
  'ملف',
  'قضية',
  'صندوق',
  'ندوة',
  'منتدى',
  'دورة',
  'نشرة',
  'يسمى',
  'تسمى',
  'يعرف',
  'تعرف',
  'المسمى',
  'المسماة',
  'المعروف',
  'المعروفة',
  'يدعى',
  'تدعى',
  'سماه',
  'أسماه',
  'بعنوان',
  'باسم',
]

/** Nouns of places in the construct state before a place's name (ولاية تكانت); the duals name two (ولايتي). */
export const placeHeads: readonly string[] = [
  'ولاية',
  'ولايتي',
  'محافظة',
  'محافظتي',
  'مدينة',
  'مدينتي',
  'بلدة',
  'بلدتي',
  'قرية',
  'مستوطنة',
  'جزيرة',
  'مقاطعة',
  'حي',
  'حيي',
  'أحياء',
  'قضاء',
  'منطقة',
  'منطقتي',
  'إقليم',
  'عمالة',
  'معتمدية',
  'جمهورية',
  'مملكة',
  'سلطنة',
  'إمارة',
]

/**
 * Head nouns of administrative divisions and settlements before a name from a list of them (`@marsad/core/places`):
 * ولاية سطيف، معتمدية نفزة، مديرية السبرة، عزلة سواخ. After one of these, a listed name is a place even when it is
 * also an ordinary word (مديرية الثورة).
 */
export const divisionHeads: readonly string[] = [
  'ولاية',
  'محافظة',
  'مديرية',
  'معتمدية',
  'بلدية',
  'قضاء',
  'عزلة',
  'قرية',
  'بلدة',
  'دائرة',
  'عمالة',
  'مقاطعة',
]

/**
 * Heads of a body that governs a town, named after it (بلدية برج العرب): what follows the head is the town, a
 * place of its own beside the body.
 */
export const municipalityHeads: readonly string[] = ['بلدية']

/** Heads of a district that also head a body (مديرية الصحة, a directorate): a listed name after one is the district. */
export const districtHeads: readonly string[] = ['مديرية', 'معتمدية']

/**
 * Nouns that head a place or something else (مدينة الملاهي، منطقة عازلة، حي سكني، مركز الشرطة، جماعة مسلحة، جهة رسمية): after
 * one, a listed name is a place only when it is not also an ordinary word.
 */
export const looseDivisionHeads: readonly string[] = [
  'مدينة',
  'منطقة',
  'إقليم',
  'حي',
  'مركز',
  'جماعة',
  'ناحية',
  'لواء',
  'جهة',
]

/**
 * Plurals of places before a list of their names (مدن طرابلس والميناء والقلمون، المقاطعات الإدارية الشراقة،
 * الدار البيضاء وسيدي امحمد): every item of the list is a place.
 */
export const placeListHeads: readonly string[] = [
  'مدن',
  'المدن',
  'أحياء',
  'الأحياء',
  'مناطق',
  'المناطق',
  'قرى',
  'القرى',
  'بلدات',
  'البلدات',
  'مخيمات',
  'المخيمات',
  'محافظات',
  'المحافظات',
  'ولايات',
  'الولايات',
  'مقاطعات',
  'المقاطعات',
  'مديريات',
  'المديريات',
  'أقاليم',
  'الأقاليم',
  'جزر',
  'الجزر',
  'حقول',
  'الحقول',
]

/** Nouns of a place's surroundings, after ب or في a phrase of their own (بوسكورة بضواحي الدار البيضاء، بريف دمشق). */
export const vicinityNouns: readonly string[] = [
  'ضواحي',
  'ريف',
  'محيط',
  'أطراف',
  'قرب',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'وسط',
  'مدخل',
]

/** Nouns of a state's long form before its feminine nisba (الجمهورية التونسية، المملكة المغربية); الدولة اللبنانية is the state as an institution, no place. */
export const stateForms: readonly string[] = ['الجمهورية', 'المملكة', 'السلطنة']

/** A state named by its form (رئيس جمهورية أرض الصومال، دولة أجنبية): never a word of a person's name. */
export const stateNouns: readonly string[] = ['جمهورية', 'مملكة', 'سلطنة', 'إمارة', 'دولة', 'إمارات']

/**
 * First words of place names of two words, whatever the second (أم قصر، أبي الجعد، بئر علي، عين زارة، رأس غارب، بيت
 * أمر، برج البراجنة، حارة حريك، الشيخ مقصود):
 * after a place's head the pair is a name even when the second word is a given name or a known word.
 */
export const placeNameOpeners: readonly string[] = [
  'أم',
  // حي ابن خلدون، شارع ابن سينا: a quarter or a street named after a scholar.
  'ابن',
  'أبو',
  'أبي',
  'بئر',
  'بير',
  'عين',
  'رأس',
  'دير',
  'بني',
  'خور',
  'تل',
  'باب',
  'سيدي',
  'بيت',
  'كفر',
  'برج',
  'حارة',
  'خان',
  'الشيخ',
]

/**
 * Heads of named sites and features: with its name the head makes a place of its own (كورنيش أبوظبي، ملعب الأمير
 * عبدالله الفيصل، ميناء جيهان), apart from the city it may name.
 */
export const featureHeads: readonly string[] = [
  'كورنيش',
  'ملعب',
  'ستاد',
  'استاد',
  'ميناء',
  'مرفأ',
  'مطار',
  'مخيم',
  'شارع',
  'ميدان',
  'قصر',
  'معسكر',
  'جبل',
  // A range named as one (جبال الأطلس، جبال ظفار).
  'جبال',
  'محمية',
  'مقبرة',
  'هضبة',
  'وادي',
  'محلة',
  'مركب',
  'مجمع',
  'حقل',
  'مزرعة',
  'مغارة',
  'كهف',
  'مضيق',
  'بحيرة',
  // بحر الكاريبي، خليج السويس (no feature's name holds another head: the gazetteer's بحر العرب is its own).
  'بحر',
  'خليج',
  'جسر',
  'معبر',
  'منفذ',
  'مسرح',
  'قاعة',
  'صحراء',
  'عزبة',
  'نجع',
  'دير',
  'كفر',
  'خربة',
  'تل',
  'ضاحية',
  'حارة',
  'قلعة',
  'دوار',
  'طريق',
]

/**
 * Heads of sites that name one only with a title and a name, or a known place, after them (طريق السلطان قابوس، طريق
 * دمشق): a road is also a way (عن طريق الحوار، طريق طويل).
 */
export const titledFeatureHeads: readonly string[] = ['طريق']

/**
 * Heads of sites that also head an ordinary phrase (مركب صيد، مجمع عليه، حقل الطاقة، مزرعة الأبقار): the site's name
 * must open with a word that is no ordinary word of news (مركب محمد الخامس، مجمع فؤاد شهاب، حقل الشيبة).
 */
export const looseFeatureHeads: readonly string[] = [
  // جبال الديون: mountains of an ordinary thing.
  'جبال',
  'مركب',
  'مجمع',
  'حقل',
  'مزرعة',
  'جسر',
  'معبر',
  'منفذ',
  'مسرح',
  'قاعة',
  'صحراء',
  // في بحر الأسبوع، بحر من الوعود: within, a sea of.
  'بحر',
]

/**
 * Heads after which a name of no known class may follow, of one or two words (جامعة بيرزيت، شركة جدوى للاستثمار،
 * محكمة سيدي امحمد).
 */
export const openHeads: readonly string[] = [
  'نادي',
  'جامعة',
  'مستشفى',
  'منتخب',
  'شركة',
  'محكمة',
  'مدرسة',
  'إعدادية',
  'بلدية',
]

/** Heads of schools, numbered after their name in many states (إعدادية عرفات 8، مدرسة الرمال 2). */
export const numberedHeads: readonly string[] = ['مدرسة', 'إعدادية']

/** Open heads whose first word must not be an adjective of theirs (شركة ناشئة، محكمة مختصة، مدرسة ابتدائية). */
export const openHeadsNeedingName: readonly string[] = ['شركة', 'محكمة', 'مدرسة', 'إعدادية']

/** Heads of bodies named after a sovereign or a sheikh: مركز الملك سلمان للإغاثة، مؤسسة الشيخ زايد. */
export const namedAfterHeads: readonly string[] = ['مركز', 'مؤسسة', 'جامعة', 'مستشفى', 'صندوق']

/**
 * Heads of sites and bodies named after a person (مسجد الحسن الثاني، مستشفى محمد الخامس، ثانوية الشهيد NAME، المركب
 * الرياضي NAME): the person in such a name is its namesake, not a person the text speaks of; the site is a place, the
 * body an organisation. The sites' heads (`featureHeads`) count, but for طريق, which is also a means (عن طريق اللاعب
 * NAME), and وادي, which is also وأدى (وأدى NAME الصلاة). A prize or a cup (كأس الملك NAME، جائزة NAME) is left to name its person: it is no entity to stand instead,
 * and its person tells one cup's match from another's in a story (round 31).
 */
export const namesakeSiteHeads: readonly string[] = [
  ...featureHeads.filter((head) => head !== 'طريق' && head !== 'وادي'),
  'مسجد',
  'جامع',
  'حي',
  'قاعدة',
  'ساحة',
]
export const namesakeBodyHeads: readonly string[] = [
  ...namedAfterHeads,
  'مدرسة',
  'ثانوية',
  'إعدادية',
  'كلية',
  'معهد',
  'أكاديمية',
  'دار',
]

/**
 * Namesake heads that also name what a person owns or lives in (دار الشيخ NAME، قصر الأمير NAME): they name after a
 * person only with a complement between (دار الثقافة NAME، قصر الثقافة NAME).
 */
export const ownedPlaceHeads: readonly string[] = ['دار', 'قصر', 'مزرعة']

/** Titles that stand inside a namesake's name (ثانوية الشهيد NAME، مسجد الإمام NAME، ملعب الأمير مولاي NAME). */
export const namesakeTitles: readonly string[] = [
  'الملك',
  'الأمير',
  'الشيخ',
  'السلطان',
  'الشهيد',
  'الإمام',
  'مولاي',
]

/** Heads that name a body only with a sovereign's name after them: مركز alone is also a place or a rank. */
export const namedOnlyHeads: readonly string[] = ['مركز']

/**
 * Heads of parties and movements whose name is also written without them: حزب اليسار الألماني … اليسار الألماني،
 * حركة النهضة … النهضة is too short to be told from the noun, so only names of two words or more are read so.
 */
export const partyHeads: readonly string[] = ['حزب', 'حركة', 'تيار', 'جبهة', 'ائتلاف', 'تحالف']

/**
 * Heads of a leadership (قيادة، رئاسة): before anything but a body they name an office or an act (رئاسة المهرجان،
 * قيادة الدولة، رئاسة الصومال), a body only with the complements listed here (رئاسة الجمهورية، قيادة العمليات).
 */
export const leadershipHeads: readonly string[] = ['قيادة', 'رئاسة']
export const leadershipComplements: readonly string[] = ['الجمهورية', 'الأركان', 'العمليات', 'القوات']

/** Heads of commands and offices whose complement is a body of its own (قيادة العمليات المشتركة، مكتب الأمم المتحدة). */
export const governingHeads: readonly string[] = ['قيادة', 'مكتب', 'رئاسة', 'إدارة']

/** Heads of missions whose name runs on to the city they sit in: السفارة الأردنية في موسكو. */
export const seatedHeads: readonly string[] = ['سفارة', 'السفارة', 'قنصلية', 'القنصلية', 'بعثة', 'البعثة']

/**
 * Portfolios that stand for their ministry before a feminine nisba of a state, the word وزارة left out: الخارجية
 * الفرنسية، الصحة الفلسطينية، الدفاع الروسية (the masculine الدفاع المدني is no ministry).
 */
export const ministryPortfolios: readonly string[] = [
  'الخارجية',
  'الداخلية',
  'الدفاع',
  'الصحة',
  'العدل',
  'المالية',
  'التربية',
  'الاقتصاد',
  'الزراعة',
  'الإعلام',
  'الثقافة',
]

/**
 * Two-word heads of bodies named by the place they serve (ولاية أمن الدار البيضاء, a police prefecture): with a
 * known place after them a body, never a place named أمن.
 */
export const placeBodyHeads: readonly string[] = ['ولاية أمن', 'ولاية الأمن']

/**
 * Heads of places that are also verbal nouns: a term of office (ولاية السيسي، ولاية ثانية) and a boycott (مقاطعة
 * الانتخابات). Before a person or an ordinary word they govern it and name no place.
 */
export const placeVerbalNounHeads: readonly string[] = ['ولاية', 'مقاطعة', 'قضاء']

/** A place's head and a complement that make a phrase of the language, no place: the penalty area of a pitch. */
export const placeHeadIdioms: readonly string[] = ['منطقة الجزاء', 'منطقة جزاء']

/**
 * Heads that are also verbal nouns (إدارة, managing): a body only where nothing governs the noun, not after a
 * preposition (في إدارة الأزمة، لإدارة المدينة) or a board's noun (مجلس إدارة الشركة).
 */
export const verbalNounHeads: readonly string[] = ['إدارة']

/** Heads of courts whose name runs on to the city after ب: المحكمة الابتدائية بتونس، محكمة الاستئناف بالرباط. */
export const courtHeads: readonly string[] = ['محكمة', 'المحكمة']

/**
 * A body's head with a generic genitive: a part or a board of any body (مجلس الإدارة، هيئة المحكمة) or no body at
 * all (حركة السيارات, traffic), never an organisation's name.
 */
export const genericBodies: readonly string[] = [
  'مجلس الإدارة',
  'مجلس الأمناء',
  'مجلس المديرين',
  'هيئة المحكمة',
  // محكمة الدرجة الأولى: any court of first instance.
  'محكمة الدرجة',
  'هيئة التدريس',
  'الهيئة التدريسية',
  // A team's staff and a state's courts, not a body of their own (الجهاز الفني للمنتخب).
  'الجهاز الفني',
  'الجهاز الطبي',
  'الجهاز القضائي',
  'هيئة الدفاع',
  'هيئة المحلفين',
  'لجنة التحكيم',
  'حركة السيارات',
  'حركة المرور',
  'حركة السير',
  'حركة الملاحة',
  'حركة الطيران',
  'حركة التجارة',
  'حركة النزوح',
  // The electric current, which ends no party's name (التيار الوطني الحر).
  'التيار الكهربائي',
]

/**
 * Nouns of companies and their shares before a list of names in brackets (شركات (الأولى) و(الثانية)، أسهم (…)):
 * the market reports' way of naming listed companies by their short names.
 */
export const companyListNouns: readonly string[] = ['شركة', 'شركات', 'الشركات', 'سهم', 'أسهم', 'الأسهم']

/**
 * A body's board in the construct state before the body it governs (مجلس إدارة البنك المركزي، مجلس أمناء الجامعة):
 * the board is no body of its own; the body after it is.
 */
export const boardsOfBodies: readonly string[] = ['مجلس إدارة', 'مجلس أمناء', 'مجلس مديري', 'هيئة إدارة']

/**
 * Definite heads of bodies named by their function, which alone or with an adjective are as often no body (المركز
 * الأول، المجموعة الثانية، الشركة الجديدة): a body only with an adjective and a genitive with ل after them (المركز
 * الوطني للإحصاء، المجموعة الكونفدرالية للشغل، الوكالة الوطنية للنشر والإشهار، المرصد السوري لحقوق الإنسان).
 */
export const functionBodyHeads: readonly string[] = [
  'المركز',
  'المجموعة',
  'الشركة',
  'الوكالة',
  'اللجنة',
  'المرصد',
  'الغرفة',
  'الرابطة',
  'النقابة',
  'الجمعية',
  'الشبكة',
  'المكتب',
  'الإدارة',
]

/**
 * Security forces named by their state's nisba (الشرطة العمانية، الاستخبارات التركية، قوات الأمن الصومالية): the
 * force of that state is a body; with another adjective (الشرطة القضائية، الاستخبارات الأجنبية) it is a kind of force.
 */
export const securityForceHeads: readonly string[] = [
  'الشرطة',
  'الاستخبارات',
  'المخابرات',
  'الدرك',
  'قوات الأمن',
]

/**
 * Heads of governments named by what they stand for and its adjective (حكومة الوحدة الوطنية، حكومة الوفاق الوطني):
 * with a place's nisba or a bare noun after them (حكومة الاحتلال، الحكومة العراقية) the news names them both as
 * bodies and as the state's government, so only that named shape is read.
 */
export const governmentHeads: readonly string[] = ['حكومة']

/**
 * Heads of institutions that own, govern or gather outlets and journalists: with a genitive that names news
 * (مؤسسة الشارقة للإعلام، الاتحاد العراقي للصحافة الرياضية، المديرية العامة للإذاعة) they stay organisations, where
 * an agency or an authority with one (الهيئة العامة للإذاعة والتلفزيون) is an outlet.
 */
export const institutionHeads: readonly string[] = [
  'مؤسسة',
  'المؤسسة',
  'اتحاد',
  'الاتحاد',
  'مديرية',
  'المديرية',
  'نقابة',
  'النقابة',
  'جمعية',
  'الجمعية',
  'رابطة',
  'الرابطة',
  'وزارة',
  'مجلس',
  'المجلس',
  'معهد',
  'المعهد',
  'كلية',
  'الكلية',
  'جامعة',
  'الجامعة',
  'مكتب',
  'المكتب',
  'دائرة',
  'الدائرة',
  'لجنة',
  'اللجنة',
]

/**
 * Organs of a party or a body, named by their function (اللجنة التنفيذية لمنظمة التحرير، المكتب السياسي لحركة
 * حماس): a body of their own when the body they belong to follows with ل.
 */
export const organsOfBodies: readonly string[] = [
  'اللجنة التنفيذية',
  'اللجنة المركزية',
  'المكتب السياسي',
  'المكتب التنفيذي',
  'المجلس الثوري',
  'المجلس المركزي',
  'الأمانة العامة',
  'الهيئة التنفيذية',
]

/** A district's head that is also a rank (لواء): a district only after ل and before a known place (للواء قصبة إربد). */
export const rankDistrictHeads: readonly string[] = ['لواء']

/** Heads of a Moroccan province or prefecture, which name where a commune lies (بإقليم الحوز، (عمالة …). */
export const provinceHeads: readonly string[] = ['إقليم', 'عمالة']

/** The head of a Moroccan commune (بجماعة إيغيل), also a group (جماعة مسلحة): only a province after it vouches. */
export const communeHead = 'جماعة'

/** Plural and generic nouns of places (الأماكن، المناطق): heads of a list, never a place's name. */
export const genericPlaceNouns: readonly string[] = ['الأماكن', 'المواقع', 'البلاد', 'المنطقة', 'المناطق']

/**
 * Heads of competitions (كأس آسيا، بطولة أفريقيا، دوري أبطال آسيا): a place named right after one is part of the
 * competition's name, which is no entity; the place is named only where the text names it elsewhere.
 */
export const competitionHeads: readonly string[] = ['كأس', 'كاس', 'بطولة', 'بطولات', 'دوري', 'بطولتي']

/** Words between a competition's head and its place: كأس أمم أفريقيا، دوري أبطال آسيا. */
export const competitionLinks: readonly string[] = ['أمم', 'الأمم', 'أبطال', 'أندية', 'منتخبات']
