/** The four directions as adjectives with the article, masculine and feminine. */
export const directionAdjectives: readonly string[] = [
  'الشرقي',
  'الشرقية',
  'الغربي',
  'الغربية',
  'الشمالي',
  'الشمالية',
  'الجنوبي',
  'الجنوبية',
]

/** Adjectives of direction, size and the coast that are part of a region's name (الحوض الشرقي، الصحراء الكبرى، المتن الساحلي). */
export const placeNameAdjectives: readonly string[] = [
  ...directionAdjectives,
  'الأوسط',
  'الوسطى',
  'الأعلى',
  'العليا',
  'الأدنى',
  'السفلى',
  'الكبرى',
  'الصغرى',
  'الساحلي',
  'الساحلية',
]

/** Colours with the article, which close a site's name (شارع الحزام الأخضر، الخان الأحمر). */
export const colourAdjectives: readonly string[] = [
  'الأحمر',
  'الحمراء',
  'الأخضر',
  'الخضراء',
  'الأبيض',
  'البيضاء',
  'الأسود',
  'السوداء',
  'الأزرق',
  'الزرقاء',
  'الأصفر',
  'الصفراء',
]

/**
 * Adjectives of size, age, standing, ownership and distance: after an open head they describe a body (مستشفى
 * كبير، شركة خاصة، نادٍ محلي، مستشفى قريب), they do not name it.
 */
export const descriptiveAdjectives: readonly string[] = [
  'كبير',
  'صغير',
  'جديد',
  'قديم',
  'ميداني',
  'حكومي',
  'خاص',
  'عام',
  'رئيسي',
  'محلي',
  'وطني',
  'عسكري',
  'آخر',
  'جيد',
  'قوي',
  'عريق',
  'قريب',
  'بعيد',
  'مجاور',
]

/** Participles that place a place (هاتاي الواقعة جنوب تركيا، القرى المجاورة): what follows a name, never its word. */
export const locatingAdjectives: readonly string[] = [
  'الواقعة',
  'الواقع',
  'التابعة',
  'التابع',
  'المجاورة',
  'المجاور',
  'المحاذية',
  'المحاذي',
  'المتاخمة',
  'المطلة',
  'المطل',
]

/**
 * Participles of allegiance after a body's name (الموالية لإيران، المقربة من الحزب، التابع للهلال الأحمر): they
 * describe it, name no part of it.
 */
export const describingParticiples: readonly string[] = [
  'التابع',
  'التابعة',
  'الموالي',
  'الموالية',
  'المقرب',
  'المقربة',
  'المدعوم',
  'المدعومة',
  'المحسوب',
  'المحسوبة',
  'المرتبط',
  'المرتبطة',
  'المتحالف',
  'المتحالفة',
  'المناهض',
  'المناهضة',
]

/** Adjectives any body may carry, which do not make its name (المنظمات الدولية، الجهات المعنية، الشركة نفسها). */
export const genericAdjectives: readonly string[] = [
  'الدولية',
  'الدولي',
  'العالمية',
  'العالمي',
  'الأممية',
  'الأممي',
  'الإقليمية',
  'الإقليمي',
  'الرسمية',
  'الرسمي',
  'الحكومية',
  'الحكومي',
  'المعنية',
  'المعني',
  'المختصة',
  'المختص',
  'المحلية',
  'المحلي',
  'نفسها',
  'ذاتها',
  'التشريعية',
  'التشريعي',
]

/**
 * Adjectives of a body's time or state (المجلس الجديد، مجلس النواب الممدد، الديوان الملكي السابق): they describe
 * the body, never end its name.
 */
export const epithetAdjectives: readonly string[] = [
  'الجديد',
  'الجديدة',
  'الحالي',
  'الحالية',
  'السابق',
  'السابقة',
  'المقبل',
  'المقبلة',
  'الممدد',
  'الأسبق',
  'الحاكم',
  'الحاكمة',
  'الإرهابي',
  'الإرهابية',
  'المخلوع',
  'المعزول',
  'المنحل',
  'المنحلة',
  'المنتخب',
  'المنتخبة',
  'المنتهية',
  'المؤقت',
  'المؤقتة',
  // In session, and outgoing: a parliament's state (البرلمان المنعقد، مجلس العموم الخارج).
  'المنعقد',
  'المنعقدة',
  'المستقيل',
  'المستقيلة',
  'الخارج',
]

/**
 * Adjectives of comparison (أفعل التفضيل), without the article: after a verb they are its predicate (تعد الأكبر،
 * كان الأفضل), never who speaks.
 */
export const elatives: readonly string[] = [
  'أكبر',
  'أصغر',
  'أكثر',
  'أقل',
  'أفضل',
  'أحسن',
  'أسوأ',
  'أهم',
  'أبرز',
  'أعظم',
  'أقوى',
  'أضعف',
  'أسرع',
  'أبطأ',
  'أطول',
  'أقصر',
  'أقرب',
  'أبعد',
  'أوسع',
  'أضخم',
  'أغلى',
  'أرخص',
  'أشد',
  'أخطر',
  'أنجح',
  'أجمل',
]

/** Plural nisbas of peoples that end bodies' names (اتحاد الكتاب العرب، مجلس وزراء الخارجية العرب). */
export const peoplePluralAdjectives: readonly string[] = ['العرب', 'الأفارقة']

/** Adjectives that rank a noun as an ordinal does (الهدف الوحيد، الكرة الأخيرة): a name ends before them. */
export const rankingAdjectives: readonly string[] = ['الوحيد', 'الوحيدة', 'الأخير', 'الأخيرة']

/** Intensifiers after an adjective (محترم جدا، مهم للغاية): the word before them is an adjective, not a name. */
export const intensifiers: readonly string[] = ['جدا', 'للغاية']
