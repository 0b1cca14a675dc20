// Calendar words of Arabic news. Month lists are indexed January (or Muharram) = 0.

/**
 * Gregorian month names: the Egyptian and Gulf forms, then those of Algeria and Tunisia (جانفي، أفريل، جوان), then
 * Morocco's (يوليوز، غشت، شتنبر، نونبر، دجنبر).
 */
export const gregorianMonths: readonly (readonly string[])[] = [
  ['يناير', 'جانفي'],
  ['فبراير', 'فيفري'],
  ['مارس'],
  ['أبريل', 'إبريل', 'أفريل'],
  ['مايو', 'ماي'],
  ['يونيو', 'يونيه', 'جوان'],
  ['يوليو', 'يوليه', 'جويلية', 'يوليوز'],
  ['أغسطس', 'أوت', 'غشت'],
  ['سبتمبر', 'شتنبر'],
  ['أكتوبر'],
  ['نوفمبر', 'نونبر'],
  ['ديسمبر', 'دجنبر'],
]

/** The Syriac month names of the Levant and Iraq, for the same Gregorian months. */
export const levantineMonths: readonly (readonly string[])[] = [
  ['كانون الثاني'],
  ['شباط'],
  ['آذار'],
  ['نيسان'],
  ['أيار'],
  ['حزيران'],
  ['تموز'],
  ['آب'],
  ['أيلول'],
  ['تشرين الأول'],
  ['تشرين الثاني'],
  ['كانون الأول'],
]

export const hijriMonths: readonly (readonly string[])[] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول'],
  ['ربيع الآخر', 'ربيع الثاني'],
  ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
]

/** Feasts of the Hijri year by their month (Muharram = 1) and day: عيد الفطر is the first of Shawwal. */
export const hijriFeasts: readonly (readonly [name: string, month: number, day: number])[] = [
  ['عيد الفطر', 10, 1],
  ['عيد الأضحى', 12, 10],
  ['رأس السنة الهجرية', 1, 1],
  ['المولد النبوي', 3, 12],
]

/** Month names that are also common words or given names: dates only next to a day, a year or شهر. */
export const ambiguousMonths: readonly string[] = [
  'مارس',
  'ماي',
  'جوان',
  'أوت',
  'آب',
  'تموز',
  'صفر',
  'رجب',
  'شعبان',
  'رمضان',
  'محرم',
  'المحرم',
  'يوليه',
]

/** Weekdays, Sunday = 0 as in `Date.prototype.getUTCDay` (الثلثاء: the Levantine spelling). */
export const weekdays: readonly (readonly string[])[] = [
  ['الأحد'],
  ['الاثنين', 'الإثنين'],
  ['الثلاثاء', 'الثلثاء'],
  ['الأربعاء'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
]

/**
 * Weekdays that are also common words (الأحد "the one", الاثنين "the two", الجمعة the Friday prayer): days unless a
 * word around them makes them the word.
 */
export const ambiguousWeekdays: readonly string[] = ['الأحد', 'الاثنين', 'الإثنين', 'الجمعة']

/**
 * Of those, the ones that after a noun name both of two more often than a Monday (وضع الاثنين في مكان واحد): days only
 * with يوم, between commas, after a verb or with their marker. The others are days unless a word around them says not.
 */
export const mostlyCommonWeekdays: readonly string[] = ['الاثنين']

/** Words before an ambiguous weekday that make it the common word: صلاة الجمعة، بين الاثنين، عبد الأحد. */
export const notWeekdayBefore: readonly string[] = [
  'صلاة',
  'صلوات',
  'خطبة',
  'خطب',
  'خطيب',
  'إمام',
  'أئمة',
  'سورة',
  'بين',
  'كلا',
  'كلتا',
  'عبد',
  'الواحد',
]

/** Words after an ambiguous weekday that make it the common word: الأحد عشر، الاثنين معاً. */
export const notWeekdayAfter: readonly string[] = ['عشر', 'عشرة', 'معاً', 'والعشرين', 'والثلاثين']

export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year'

/** Units of relative time, singular, dual (counting two) and plural. */
export const timeUnits: readonly {
  unit: TimeUnit
  singular: readonly string[]
  dual: readonly string[]
  plural: readonly string[]
}[] = [
  // The singular in the accusative too, as it follows a count of 11 to 99 (قبل 20 يوماً، منذ 15 عاماً).
  { unit: 'hour', singular: ['ساعة'], dual: ['ساعتين', 'ساعتان'], plural: ['ساعات'] },
  { unit: 'day', singular: ['يوم', 'يوماً'], dual: ['يومين', 'يومان'], plural: ['أيام'] },
  { unit: 'week', singular: ['أسبوع', 'أسبوعاً'], dual: ['أسبوعين', 'أسبوعان'], plural: ['أسابيع'] },
  { unit: 'month', singular: ['شهر', 'شهراً'], dual: ['شهرين', 'شهران'], plural: ['أشهر', 'شهور'] },
  {
    unit: 'year',
    singular: ['عام', 'عاماً', 'سنة'],
    dual: ['عامين', 'عامان', 'سنتين', 'سنتان'],
    plural: ['أعوام', 'سنوات', 'سنين'],
  },
]

/** Cardinal numbers written as words, masculine and feminine forms. */
export const numberWords: readonly (readonly string[])[] = [
  [],
  ['واحد', 'واحدة'],
  ['اثنين', 'اثنان', 'اثنتين', 'اثنتان'],
  ['ثلاثة', 'ثلاث'],
  ['أربعة', 'أربع'],
  ['خمسة', 'خمس'],
  ['ستة', 'ست'],
  ['سبعة', 'سبع'],
  ['ثمانية', 'ثماني', 'ثمان'],
  ['تسعة', 'تسع'],
  ['عشرة', 'عشر'],
]

/**
 * The ordinals of a month's later days: the units' form in a compound (الحادي عشر، الحادي والعشرين), the word for
 * ten after a unit (الثاني عشر), and the tens (العشرين، الثاني والعشرين، الثلاثين).
 */
export const compoundOrdinalOne: readonly string[] = ['الحادي', 'الحادية']
export const ordinalTeen: readonly string[] = ['عشر', 'عشرة']
export const ordinalTens: readonly (readonly [word: string, value: number])[] = [
  ['العشرين', 20],
  ['العشرون', 20],
  ['الثلاثين', 30],
  ['الثلاثون', 30],
]

/**
 * Nouns whose name a year closes after ل as part of a reference, not a time of the news: قانون المالية لسنة 2022،
 * القانون رقم 12 لسنة 2007 (a number after رقم does the same: القضية رقم 20041 لسنة 2015), and a budget's year, the
 * year it is drawn for (مشروع الميزانية العامة لسنة 2027، موازنة الدولة للعام 2026).
 */
export const documentCues: readonly string[] = ['قانون', 'مرسوم', 'دستور', 'رقم', 'ميزانية', 'موازنة']

/** The Maghreb's word for the first day, which the month may follow without من: فاتح يوليوز، الفاتح نوفمبر. */
export const firstDayWords: readonly string[] = ['الفاتح', 'فاتح']

/** Ordinal days of the month, as in `الثالث من مارس`; `firstDayWords` among the first (الفاتح من مارس). */
export const ordinalDays: readonly (readonly string[])[] = [
  [],
  ['الأول', 'الأولى', ...firstDayWords],
  ['الثاني'],
  ['الثالث'],
  ['الرابع'],
  ['الخامس'],
  ['السادس'],
  ['السابع'],
  ['الثامن'],
  ['التاسع'],
  ['العاشر'],
]

/** Words that place a relative expression before or after the publication date. */
export const pastMarkers: readonly string[] = [
  'الماضي',
  'الماضية',
  'المنصرم',
  'المنصرمة',
  'الفائت',
  'الفائتة',
  'السابق',
]
export const futureMarkers: readonly string[] = ['المقبل', 'المقبلة', 'القادم', 'القادمة']
export const currentMarkers: readonly string[] = ['الجاري', 'الجارية', 'الحالي', 'الحالية']

/** Parts of the day that may open a date: صباح الاثنين، مساء أمس. */
export const dayParts: readonly string[] = [
  'صباح',
  'مساء',
  'ليلة',
  'ليل',
  'ظهر',
  'عصر',
  'فجر',
  'صبيحة',
  'منتصف',
]

/**
 * Parts of a year counted in reports of accounts and figures, before their ordinal: الربع الثالث، النصف الأول من العام
 * الحالي، الثلاثية الأخيرة من 2025 (a quarter in Tunisia and Algeria).
 */
export const yearFractions: readonly string[] = ['الربع', 'النصف', 'الثلث', 'الثلاثية', 'السداسي']
export const fractionOrdinals: readonly string[] = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الأخير',
  'الأولى',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الأخيرة',
]

/** Parts of a month or year: مطلع الشهر، أواخر العام. */
export const periodParts: readonly string[] = [
  'مطلع',
  'أوائل',
  'بداية',
  'مستهل',
  'منتصف',
  'أواسط',
  'أواخر',
  'نهاية',
  'آخر',
  'أول',
]

/**
 * Words that make the date right after them a deadline, not a time of the news: بحلول عام 2030 (ب comes off as a
 * particle, leaving حلول; also مع حلول), حتى عام 2035، لغاية 2040، في أفق 2030. A part of the year may stand between
 * (حتى نهاية عام 2025).
 */
export const deadlineCues: readonly string[] = ['حلول', 'حتى', 'غاية', 'أفق', 'آفاق']

/**
 * Nouns that name a plan or a goal, whose name a year closes: رؤية 2030، خطة عام 2052، مخطط التنمية لعام 2052،
 * استراتيجية 2040. Written without the article: the rule adds ال and reads up to three words of the name between the
 * noun and the year.
 */
export const planCues: readonly string[] = [
  'رؤية',
  'خطة',
  'مخطط',
  'استراتيجية',
  'إستراتيجية',
  'أجندة',
  'مستهدفات',
  'أهداف',
  'هدف',
  'برنامج',
  'مئوية',
]

/**
 * Labels of the line that states an article's own date in a page's header: `تاريخ النشر: 15 أكتوبر 2025`,
 * `نشر في 15 أكتوبر 2025`, `date 2025-10-16`. Matched at the end of the text before the date, in its line.
 */
export const dateHeaderCues: readonly string[] = [
  'تاريخ النشر',
  'تاريخ',
  'بتاريخ',
  'نشر في',
  'نشر بتاريخ',
  'نشر',
  'آخر تحديث',
  'تحديث',
  'التوقيت',
  'date',
  'published',
  'updated',
]

/**
 * Months that are also men's names (ربيع، رجب، شعبان، رمضان): after a title the word is a name when a family name
 * follows it rather than the month's complement (محافظ الشمال ربيع الأيوبي, not ربيع الأول).
 */
export const monthsThatAreNames: readonly string[] = ['ربيع', 'رجب', 'شعبان', 'رمضان']

/** What follows a month that is also a name, when it is the month: ربيع الأول، رمضان المقبل. */
export const monthComplements: readonly string[] = ['الأول', 'الثاني', 'الآخر', 'المقبل', 'الماضي', 'الجاري']

/** Words for a year before its digits, with the particles news attaches: عام 2025، للعام 2024، عامي 2023 و2024. */
export const yearWords: readonly string[] = [
  'عام',
  'العام',
  'سنة',
  'السنة',
  'لعام',
  'للعام',
  'لسنة',
  'وعام',
  'عامي',
  'سنتي',
]

/** Periods named with the article and a direction: الأسبوع الماضي، الشهر المقبل، العام الجاري. */
export const periodNouns: readonly (readonly [word: string, unit: 'week' | 'month' | 'year'])[] = [
  ['الأسبوع', 'week'],
  ['الشهر', 'month'],
  ['العام', 'year'],
  ['السنة', 'year'],
]

/** Words that put a span of time before or after now: قبل أسبوعين، منذ ثلاثة أيام، بعد شهر. */
export const relativeDirections: readonly (readonly [word: string, direction: -1 | 1])[] = [
  ['قبل', -1],
  ['منذ', -1],
  ['بعد', 1],
]

/** Words of an approximate count between a direction and its count: قبل نحو أسبوع، قبل حوالي شهرين. */
export const approximateWords: readonly string[] = ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء']

/**
 * Words that may close a span of time before what it is counted from: بعد يومين فقط من الاقتراع، بعد عامين ونصف من
 * الإحالة.
 */
export const spanTails: readonly string[] = ['فقط', 'تقريباً', 'ونصف', 'ونيف']

/** Words after من that count a span from the day of writing: بعد أسبوعين من الآن، بعد شهر من اليوم. */
export const nowWords: readonly string[] = ['الآن', 'اليوم']

/**
 * Words that put a date of another form right after a day (يوم الأربعاء الموافق 27 آب، المصادف الثاني من شباط): both
 * name one day.
 */
export const sameDayCues: readonly string[] = ['الموافق', 'الموافقة', 'المصادف', 'المصادفة']

/** The same cues before two days (يومي الثلاثاء والأربعاء الموافقين 20 و21 مايو). */
export const sameDaysCues: readonly string[] = ['الموافقين', 'المصادفين']

/**
 * Words before اليوم that make it a day already named, not today (في نفس اليوم، في ذات اليوم), and after الأمس that
 * make it "lately" (في الأمس القريب), or after أمس the superlative أمسّ, "most in need" (في أمس الحاجة إلى).
 */
export const sameWords: readonly string[] = ['نفس', 'ذات']
export const latelyWords: readonly string[] = ['القريب', 'الحاجة']

/** Nouns a day and month name an event by (ثورة 25 يناير، ثورة 14 تموز): a name, not a date of the news. */
export const namedDayNouns: readonly string[] = ['ثورة', 'الثورة']

/** Counts that give no number: بضعة أيام، عدة أسابيع. */
export const vagueCounts: readonly string[] = ['بضعة', 'بضع', 'عدة', 'بضعه', 'عده']

/** Words before a month name that make it the month, not a name (في مايو، مطلع تموز). */
export const monthContextWords: readonly string[] = [
  'في',
  'منذ',
  'حتى',
  'خلال',
  'شهر',
  'مطلع',
  'أواخر',
  'منتصف',
  'نهاية',
  'بداية',
  'أوائل',
]

/** Words of a span before a month alone that make it a time too (اعتباراً من تشرين الثاني، لما بعد سبتمبر، شهري يوليو). */
export const monthSpanWords: readonly string[] = ['من', 'بعد', 'قبل', 'إلى', 'بين', 'شهري']

/**
 * Seasons: a date with a marker or a year after them (الخريف الماضي، هذا الصيف، صيف 2024), a season's name alone
 * (فصل الشتاء، الربيع العربي) no point in time.
 */
export const seasons: readonly string[] = [
  'الربيع',
  'الصيف',
  'الخريف',
  'الشتاء',
  'ربيع',
  'صيف',
  'خريف',
  'شتاء',
]

/** Words after a month alone that make it a time (تظاهرات سبتمبر الأخيرة). */
export const lastMarkers: readonly string[] = ['الأخير', 'الأخيرة']

/** Words before اليوم that make it a point in time (اعتباراً من اليوم، بعد اليوم). */
export const fromTodayWords: readonly string[] = ['بعد', 'من', 'اعتباراً', 'ابتداءً']

export const yesterdayWords: readonly string[] = ['أمس', 'الأمس', 'البارحة']

export const tomorrowWords: readonly string[] = ['غداً']

/** Demonstratives before a period: هذا الأسبوع، هذه السنة. */
export const thisWords: readonly string[] = ['هذا', 'هذه']

/**
 * The third of a month a part of it names before the month (مطلع فبراير: its first ten days; أواخر فبراير: its last):
 * a day of that month in that third may be the date it names. منتصف is a part of a day too (منتصف الليل).
 */
export const monthThirds: readonly (readonly [word: string, third: 1 | 2 | 3])[] = [
  ['مطلع', 1],
  ['مستهل', 1],
  ['أوائل', 1],
  ['بداية', 1],
  ['أواسط', 2],
  ['أواخر', 3],
  ['نهاية', 3],
]

/**
 * A part of a year named before its digits (بحلول نهاية 2026، مطلع 2025، منتصف 2024) dates as the year does, as
 * عام 2026 does.
 */
export const periodsOfYear: readonly string[] = ['نهاية', 'مطلع', 'منتصف', 'بداية', 'أواخر', 'أوائل', 'أواسط']

/** Words of the news cycle beside the weekdays (اليوم، أمس، غداً، الليلة): a date of the reporting as much as the fact. */
export const newsCycleWords: readonly string[] = ['اليوم', 'أمس', 'غداً', 'الليلة']

/** Words around a date that are no part of its value (في، يوم، صباح، الـ in «الـ6 من فبراير»), dropped to compare. */
export const dateFillers: readonly string[] = [
  'في',
  'يوم',
  'نهار',
  'فجر',
  'صباح',
  'ظهر',
  'عصر',
  'مساء',
  'ليل',
  'ليلة',
  'منتصف',
  'من',
  'الـ',
]

/** The year's nouns alone, before a year's number (عام 2023، السنة 2019). */
export const bareYearWords: readonly string[] = ['عام', 'العام', 'سنة', 'السنة']

/** Year words of two years, before the first of them (عامي 2002 و2019، سنتي 2016 و2017). */
export const dualYearWords: readonly string[] = ['عامي', 'سنتي', 'وعامي', 'وسنتي']

/** Prepositions of time after which a number alone is a year (في 1991، منذ 2015، خلال 2024). */
export const yearPrepositions: readonly string[] = ['في', 'منذ', 'خلال']

/** Words a year is written after, in a quantity's context (عام 2023، منذ 2020): the number is no quantity. */
export const yearCueWords: readonly string[] = ['عام', 'العام', 'سنة', 'منذ']

/**
 * Words before اليوم that date a credit line (صباح اليوم -، حتى اليوم): with them, اليوم is a time, not the end of an
 * outlet's name.
 */
export const timeBeforeToday: readonly string[] = [
  'صباح',
  'مساء',
  'ظهر',
  'عصر',
  'فجر',
  'ليلة',
  'ليل',
  'منتصف',
  'نهاية',
  'بداية',
  'حتى',
]
