import { stem } from '../../normalize/stem.ts'
import { compoundOrdinalOne, numberWords, ordinalDays } from './calendar.ts'
import { pastKana, qadParticles } from './clause-words.ts'
import { boundPrepositions } from './function-words.ts'
import { norm } from './spelling.ts'

// What numbers in the news count and measure, for telling one quantity from another: a turnout of 46.10% is not a
// vote share of 94.65%, 7 dead are not 7 injured. Dictionary spelling; every word is compiled through `quantityWord`,
// the same key the text's words are looked up by.

/** Units written after a number (or after a magnitude word): what it is measured in. */
export const units: readonly { unit: string; words: readonly string[] }[] = [
  { unit: 'dollar', words: ['دولار', 'دولارات', 'دولاراً'] },
  { unit: 'euro', words: ['يورو'] },
  { unit: 'pound', words: ['جنيه', 'جنيهات', 'جنيهاً', 'إسترليني'] },
  { unit: 'dirham', words: ['درهم', 'دراهم'] },
  { unit: 'riyal', words: ['ريال', 'ريالات'] },
  { unit: 'dinar', words: ['دينار', 'دنانير'] },
  { unit: 'lira', words: ['ليرة', 'ليرات'] },
  { unit: 'rouble', words: ['روبل'] },
  { unit: 'yuan', words: ['يوان'] },
  { unit: 'kilometre', words: ['كيلومتر', 'كيلومترات', 'كيلومتراً', 'كلم', 'كم'] },
  { unit: 'metre', words: ['متر', 'أمتار', 'متراً'] },
  { unit: 'hectare', words: ['هكتار', 'هكتارات', 'دونم', 'دونمات', 'فدان', 'أفدنة'] },
  { unit: 'tonne', words: ['طن', 'أطنان'] },
  { unit: 'kilogram', words: ['كيلوغرام', 'كيلوغرامات', 'كغ', 'كيلو'] },
  { unit: 'megawatt', words: ['ميغاواط', 'ميغاوات', 'كيلوواط'] },
  { unit: 'barrel', words: ['برميل', 'براميل'] },
  { unit: 'litre', words: ['لتر', 'لترات'] },
  { unit: 'degree', words: ['درجة', 'درجات'] },
]

/**
 * Units of length a page may give instead of the metric one (a translated wire: «على عمق 6.2 ميل»), with the metric
 * unit they are read in and its amount in one of them: two articles' figures of one measure are compared in one unit.
 */
export const convertedUnits: readonly {
  unit: string
  to: string
  factor: number
  words: readonly string[]
}[] = [
  { unit: 'mile', to: 'kilometre', factor: 1.609344, words: ['ميل', 'أميال', 'ميلاً'] },
  { unit: 'foot', to: 'metre', factor: 0.3048, words: ['قدم', 'أقدام'] },
]

/**
 * Nouns a count may be of that name one thing (the floors of a building: طابق in most of the region, دور in Egypt),
 * so two articles' counts by their noun alone are one quantity: each group is keyed by its first word.
 */
export const countedNounGroups: readonly (readonly string[])[] = [
  ['طابق', 'طوابق', 'طابقاً', 'دور', 'أدوار', 'دوراً'],
]

/** Words that multiply the number before them: 11.7 مليار دولار. */
export const magnitudes: readonly { factor: number; words: readonly string[] }[] = [
  { factor: 1e3, words: ['ألف', 'آلاف', 'ألفاً'] },
  { factor: 1e6, words: ['مليون', 'ملايين', 'مليوناً'] },
  { factor: 1e9, words: ['مليار', 'مليارات', 'ملياراً', 'بليون'] },
  { factor: 1e12, words: ['تريليون', 'تريليونات'] },
]

/** Two of a magnitude in one word, the dual: ألفي قتيل، مليوني دولار (not ألفا, one thousand after a number). */
export const magnitudeDuals: readonly { value: number; words: readonly string[] }[] = [
  { value: 2e3, words: ['ألفان', 'ألفين', 'ألفي'] },
  { value: 2e6, words: ['مليونان', 'مليونين', 'مليوني'] },
  { value: 2e9, words: ['ملياران', 'مليارين', 'ملياري'] },
]

/** The percent sign in words, after the number: 46 في المئة, 46 بالمائة. */
export const percentWords: readonly string[] = ['المئة', 'المائة', 'بالمئة', 'بالمائة']

/**
 * What a number counts or measures, by key: the counted noun after it (7 قتلى، 23 مصاباً) or a word of its frame
 * (بقوة 7 درجات، نسبة المشاركة 46%، 94% من الأصوات). Verbs that say what happened to the counted are cues too
 * (قُتل 7 وأصيب 10).
 * - `toll`: a count of victims, which grows while the news develops (the dead at dawn and at night differ).
 * - `about: 'person'`: the figure belongs to one person named near it (a candidate's votes, a scorer's minute), so
 *   two articles' figures are one quantity only when they name the same person.
 * - `about: 'noun'`: the figure belongs to the noun it was read after (the second edition of a summit is not the
 *   27th session of a conference held beside it), so it is one quantity only under the same noun.
 * - `units`: the only units the quantity is stated in (a turnout is a share: 66.8%), null for a plain count.
 * - `narrows`: a cue that makes a more general cue of the same number more precise (الأصوات الباطلة … صوتاً).
 * - `counted`: a cue only as the noun right after the number (13 ألفاً و706 لجان), not as a word of its frame.
 * - `framing`: a cue only as a word before the number (في الدقيقة 60), not as the noun counted after it (19 دقيقة
 *   of added time is a duration).
 * - `following`: a cue only as a word after the number (نُقل 50 شخصاً إلى المستشفى), before it only after إلى or
 *   written with لـ (نُقل للمستشفى 50 شخصاً).
 * - `whole`: what the number after «من أصل» counts instead (23 مليون صوت من أصل 25 مليون: the votes cast).
 * - `share`: the cue of the share such a part makes of its whole (4 ملايين ناخب صوتوا من أصل 7 ملايين: a turnout of
 *   57%), which another article may state instead.
 * - `grows`: a count of events that only grows while the news develops (the aftershocks so far), no toll: two values
 *   of it are counts of different hours.
 * - `progress`: how much of a count is done (بعد فرز 99% من الأصوات): it grows by the hour and is no fact of the
 *   event, so it is never compared.
 * - `scope`: a sentence that opens with في and a word of it (وفي إحدى لجان الحي،) gives one such thing's figures, a
 *   part of the whole.
 * - `stageOf`: a count of these things a few words after a word of the named cue tells how much of that count is
 *   done instead (بعد فرز 2000 لجنة، أرقام الفرز في 13 ألف لجنة).
 * Earlier cues of a number's window come first.
 */
export const quantityCues: readonly {
  key: string
  words: readonly string[]
  toll?: true
  about?: 'person' | 'noun'
  units?: readonly (string | null)[]
  narrows?: string
  counted?: true
  framing?: true
  following?: true
  whole?: string
  share?: string
  grows?: true
  progress?: true
  stageOf?: string
  scope?: true
}[] = [
  // The ordinal of an edition (القمة العربية الـ32، الدورة الثانية والثلاثين), read only after `editionWords`.
  { key: 'edition', about: 'noun', units: [null], words: [] },
  {
    key: 'counted',
    progress: true,
    framing: true,
    units: ['%'],
    words: ['فرز', 'بفرز', 'إحصاء', 'فتح', 'احتساب', 'باحتساب'],
  },
  {
    key: 'dead',
    toll: true,
    words: [
      'قتيل',
      'قتلى',
      'قتيلاً',
      'مقتل',
      'قتل',
      'قُتل',
      'قُتلوا',
      'لقي',
      'لقوا',
      'مصرع',
      'ضحية',
      'ضحايا',
      'ضحيتها',
      'ضحيته',
      'ضحيتهم',
      'وفاة',
      'وفيات',
      'شهيد',
      'شهداء',
      'جثة',
      'جثث',
      'حتفهم',
      'توفي',
      'توفوا',
      'استشهد',
      'استشهدوا',
      'استشهاد',
      // «عدد المتوفين»، «حصدت الحرب أرواح 300 مدني»، «هلك 9 أشخاص»، «14 غريقاً»: the dead by other words
      // (not «غرقى», whose stem is «غرق»'s: غرق قارب يقل 100 مهاجر).
      'المتوفين',
      'المتوفون',
      'متوفين',
      'أرواح',
      'هلك',
      'هلكوا',
      'غريق',
      // «أودى الزلزال بحياة 14 شخصاً»: the verb, not «بحياة», whose stem is «حياة»'s (حياة 3 آلاف أسرة).
      'أودى',
      'أودت',
      'أوديا',
      'تودي',
      'يودي',
    ],
  },
  {
    key: 'injured',
    toll: true,
    words: ['جريح', 'جرحى', 'جريحاً', 'مصاب', 'مصابين', 'مصاباً', 'إصابة', 'إصابات', 'أصيب', 'أصيبوا', 'جرحوا'],
  },
  { key: 'missing', toll: true, words: ['مفقود', 'مفقودين', 'مفقوداً', 'مفقودة', 'فقدوا'] },
  // The rescued and the survivors, counted as the rescue goes on (أنقذت فرق الإنقاذ 24 شخصاً).
  {
    key: 'rescued',
    toll: true,
    words: ['إنقاذ', 'أنقذ', 'أنقذت', 'أنقذوا', 'ناج', 'ناجين', 'ناجياً', 'الناجين', 'نجاة', 'نجا', 'نجوا'],
  },
  // The people taken to hospital (نُقل 50 شخصاً إلى المستشفى), counted as the news develops.
  // After the number, or before it as where they were taken (نُقل إلى المستشفى 20): not where anything else is
  // counted (يضم المستشفى 200 سرير).
  {
    key: 'hospitalized',
    toll: true,
    following: true,
    units: [null],
    words: ['المستشفى', 'المستشفيات', 'للمستشفى', 'للمستشفيات'],
  },
  // Who was on board a boat, a train or a plane (كان على متنها 100 شخص). Not «راكباً», the noun a toll counts too
  // (مصرع 32 راكباً).
  { key: 'aboard', words: ['متنه', 'متنها', 'متنهم', 'متنهما'] },
  {
    key: 'detained',
    words: ['معتقل', 'معتقلين', 'معتقلاً', 'موقوف', 'موقوفين', 'اعتقال', 'توقيف', 'أسير', 'أسرى'],
  },
  {
    key: 'displaced',
    words: ['نازح', 'نازحين', 'نازحاً', 'لاجئ', 'لاجئين', 'لاجئاً', 'نزوح', 'مشرد', 'مشردين'],
  },
  {
    key: 'magnitude',
    units: ['degree', null],
    words: ['بقوة', 'قوة', 'قوته', 'قوتها', 'ريختر', 'ريشتر', 'رختر', 'شدة', 'بشدة', 'شدته'],
  },
  // «سُجلت 32 هزة ارتدادية»: how many aftershocks followed, a count of its own.
  { key: 'aftershocks', counted: true, grows: true, units: [null], words: ['هزة', 'هزات'] },
  { key: 'depth', units: ['kilometre', 'metre'], words: ['عمق', 'بعمق', 'عمقه', 'عمقها'] },
  { key: 'turnout', units: ['%'], words: ['المشاركة', 'مشاركة', 'الإقبال', 'الاقتراع', 'الحضور'] },
  // دُعي 67 مليوناً للإدلاء بأصواتهم: the electorate, not the votes cast.
  {
    key: 'registered',
    narrows: 'cast',
    words: ['المقيدين', 'المقيدون', 'المسجلين', 'المسجلون', 'مسجل', 'دعي'],
  },
  {
    key: 'cast',
    narrows: 'votes',
    whole: 'registered',
    share: 'turnout',
    words: ['أدلى', 'أدلوا', 'الإدلاء', 'للإدلاء', 'بأصواتهم', 'صوتوا', 'شاركوا'],
  },
  { key: 'invalid', narrows: 'votes', words: ['الباطلة', 'باطلة', 'الملغاة', 'الملغية', 'اللاغية'] },
  { key: 'votes', about: 'person', whole: 'cast', words: ['الأصوات', 'صوت', 'أصوات', 'صوتاً'] },
  {
    key: 'polling stations',
    counted: true,
    units: [null],
    stageOf: 'counted',
    scope: true,
    words: ['لجنة', 'لجان', 'مركز', 'مراكز'],
  },
  { key: 'seats', about: 'person', words: ['مقعد', 'مقاعد', 'مقعداً'] },
  // The minute of a match at which something happened (في الدقيقة 48), not a duration (بعد خمس دقائق).
  {
    key: 'minute',
    about: 'person',
    framing: true,
    units: [null],
    // The plural heads a list of minutes (في الدقائق 22 و73 و90+5), never a number's own noun (بعد خمس دقائق).
    words: ['الدقيقة', 'بالدقيقة', 'الدقيقتين', 'بالدقيقتين', 'الدقائق', 'بالدقائق'],
  },
  { key: 'growth', units: ['%'], words: ['النمو', 'نمو'] },
  { key: 'inflation', units: ['%'], words: ['التضخم', 'تضخم'] },
  { key: 'unemployment', units: ['%'], words: ['البطالة', 'بطالة'] },
  { key: 'temperature', words: ['الحرارة', 'حرارة'] },
  { key: 'homes', words: ['منزل', 'منازل', 'منزلاً', 'بيت', 'بيوت', 'مسكن', 'مساكن'] },
]

/**
 * Words of an aftershock (هزة ارتدادية بقوة 5.1): a magnitude in their clause is the aftershock's, not the quake's, and
 * is compared with another aftershock's only.
 */
export const aftershockWords: readonly string[] = [
  'ارتدادية',
  'ارتدادي',
  'ارتدادات',
  'الارتدادية',
  'الارتدادات',
]

/**
 * Verbs that are a cue only right before the number (وفُقد 76 شخصاً): further back «فقد» is also «so … already» (فقد
 * أعلنت), which says nothing of a number. By the cue key they stand for.
 */
export const adjacentCues: readonly { key: string; words: readonly string[] }[] = [
  { key: 'missing', words: ['فقد'] },
  // «كانت العبارة تقل 200 شخص»: carrying; «لا تقل عن» has عن between, and is a bound.
  { key: 'aboard', words: ['تقل', 'يقل'] },
]

/**
 * Nouns that are a cue only as the noun right after the number: «زلزال بلغت 7.7 حجم», a translation of «magnitude
 * 7.7»; before a number «حجم» is the size of anything (ارتفع حجم الصادرات إلى 200 ألف). By the cue key they stand for.
 */
export const countedCues: readonly { key: string; words: readonly string[] }[] = [
  { key: 'magnitude', words: ['حجم'] },
]

/**
 * Words inside a sentence that start a clause of its own (مازال 75 في عداد المفقودين، في حين انتُشلت جثة واحدة): a cue
 * before them says nothing of a number after them.
 */
export const clauseOpeners: readonly string[] = ['بينما', 'حين', 'فيما']

/**
 * Nouns of a group that the counted are put among, after في (ما زال 14 راكباً في عداد المفقودين): the cue right after
 * says what the number counts, across the words between the counted noun and the phrase.
 */
export const amongWords: readonly string[] = ['عداد']

/** Nouns of a case that stand between a count and what it counts (21 حالة وفاة، سبع حالات إصابة). */
export const caseWords: readonly string[] = ['حالة', 'حالات']

/** The words of minutes that head a list of them (في الدقيقتين 16 و31، في الدقائق 22 و73). */
export const minuteListHeads: readonly string[] = ['الدقيقتين', 'بالدقيقتين', 'الدقائق', 'بالدقائق']

/**
 * Verbs of scoring (سجله التعمري بتسديدة على يمين الحارس … في الدقيقة 66): a minute after one belongs to the first
 * person named after the verb, not to the one named nearest the minute (a goalkeeper, a passer).
 */
export const goalVerbs: readonly string[] = [
  'سجل',
  'سجله',
  'سجلها',
  'يسجل',
  'أحرز',
  'أحرزه',
  'يحرز',
  'افتتح',
  'يفتتح',
  'أضاف',
  'يضيف',
  'عادل',
  'يعادل',
  'أدرك',
  'يدرك',
  'خطف',
  'يخطف',
]

/**
 * Phrases before a toll in its sentence that quote an earlier count (وكانت السلطات قد أفادت، في حصيلة سابقة، بأن …):
 * the article's own toll is elsewhere, and the earlier one is no disagreement with another article's.
 */
export const earlierTollPhrases: readonly string[] = ['حصيلة سابقة', 'الحصيلة السابقة']

/**
 * Words of a match's moments other than a goal (أشرك المدرب …، تعرض للعرقلة، طُرد، أهدر ركلة جزاء، أهم الفرص): a minute whose
 * clause tells one of them and no goal dates that moment, and is no goal's minute to compare.
 */
export const otherMomentWords: readonly string[] = [
  'أشرك',
  'يشرك',
  'استبدل',
  'يستبدل',
  'تبديل',
  'تبديلات',
  'عرقلة',
  'عرقل',
  'طرد',
  'طُرد',
  'إنذار',
  'بطاقة',
  'أهدر',
  'يهدر',
  'أضاع',
  'يضيع',
  'تصدى',
  'احتسب',
  'احتسبت',
  'فرصة',
  'فرص',
  'الفرص',
]

/**
 * Verbs of obtaining a share (حصل أردوغان على 52.18%، نال … على نسبة 90%): a person's share with no other cue is the
 * share of the votes they won.
 */
export const shareVerbs: readonly string[] = [
  'حصل',
  'يحصل',
  'حصوله',
  'حصول',
  'بحصول',
  'حصد',
  'يحصد',
  'نال',
  'ينال',
  'حاز',
  'يحوز',
]

/**
 * Verbs of winning a vote (فاز الكعبي بنسبة 52%): a share after them and «بنسبة», with no other cue, is the share of the
 * votes the winner got. Not «تقدم» or «ارتفع», which a price or an index does by a share too.
 */
export const winVerbs: readonly string[] = ['فاز', 'يفوز', 'فوز', 'بفوز', 'فوزه', 'بفوزه']

/**
 * Words of a candidate's rank (جاء الكعبي أولاً بنسبة 52%، حل ثانياً بنسبة 30%): a share after them and «بنسبة», with
 * no other cue, is the share of the votes that rank was won with. Looked up as written (folded), since their stems are
 * the ordinals' (الثاني، الأول), which name a round or a floor too; not «المركز», a shopping centre's too.
 */
export const rankWords: readonly string[] = ['أولاً', 'ثانياً', 'ثالثاً', 'رابعاً', 'الصدارة', 'بالصدارة']

/**
 * Verbs of leading a count (تقدم الكعبي بـ52%، تصدر النتائج): not cues, since an index leads by a share too, but a
 * share after one belongs to its clause, not to a cue before it (صناديق الاقتراع).
 */
export const leadVerbs: readonly string[] = ['تقدم', 'يتقدم', 'تصدر', 'يتصدر']

/** The word of a share after a count (21 مليون صوت، بنسبة 90.53%): the share of what was counted. */
export const shareWords: readonly string[] = ['نسبة', 'بنسبة']

/** The word between two like figures set against each other (52.5% مقابل 47.5% لمنافسه): the second is of the first's kind. */
export const againstWords: readonly string[] = ['مقابل']

/** Words that set the figure after their بـ against the figure before them (11.6% مقارنة بـ 11.4%): as `againstWords`. */
export const comparedWords: readonly string[] = ['مقارنة', 'مقارنةً', 'قياساً']

/** «من أصل 25 مليوناً»، «من إجمالي 11.2 مليون»: the number after these words is the whole a part was counted from. */
export const wholeWords: readonly string[] = ['أصل', 'إجمالي', 'مجموع']

/**
 * Words that turn a sentence to another person (بينما حصل منافسه، في حين فاز خصمه، في مقابل 44% لخصمه): a figure after
 * them is not the figure of a person named before them.
 */
export const contrastWords: readonly string[] = [
  'بينما',
  'فيما',
  'حين',
  'مقابل',
  'المقابل',
  'منافسه',
  'منافسها',
  'لمنافسه',
  'خصمه',
  'لخصمه',
  'غريمه',
]

/**
 * «قيس سعيد ونبيل القروي … حصل الأول على 18.4%، مقابل 15.6% للثاني»: words that point back to one of the people a
 * sentence listed, by their place in the list (the first, the second, the last of them).
 */
export const listReferences: readonly { word: string; place: number }[] = [
  { word: 'الأول', place: 0 },
  { word: 'الأولى', place: 0 },
  { word: 'الثاني', place: 1 },
  { word: 'الثانية', place: 1 },
  { word: 'الأخير', place: -1 },
  { word: 'الأخيرة', place: -1 },
]

/** Tens written as words, for figures spelled out (ستة وسبعين شخصاً). Units are `numberWords` of `calendar.ts`. */
export const tensWords: readonly (readonly string[])[] = [
  [],
  [],
  ['عشرون', 'عشرين'],
  ['ثلاثون', 'ثلاثين'],
  ['أربعون', 'أربعين'],
  ['خمسون', 'خمسين'],
  ['ستون', 'ستين'],
  ['سبعون', 'سبعين'],
  ['ثمانون', 'ثمانين'],
  ['تسعون', 'تسعين'],
]

/** Hundreds written as words (مئة وعشرة جرحى، ثلاثمئة قتيل), in the spellings news uses. */
export const hundredsWords: readonly (readonly string[])[] = [
  [],
  ['مئة', 'مائة'],
  ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مئتي', 'مائتا', 'مائتي'],
  ['ثلاثمئة', 'ثلاثمائة'],
  ['أربعمئة', 'أربعمائة'],
  ['خمسمئة', 'خمسمائة'],
  ['ستمئة', 'ستمائة'],
  ['سبعمئة', 'سبعمائة'],
  ['ثمانمئة', 'ثمانمائة', 'ثمانيمئة', 'ثمانيمائة'],
  ['تسعمئة', 'تسعمائة'],
]

/**
 * The numbers eleven to nineteen, two words each: a unit, then «عشر» or «عشرة» (خمسة عشر شخصاً، أحد عشر قتيلاً). The
 * units of one and two take their compound forms there (أحد، اثنا); the others are the plain units.
 */
export const teenOnes: readonly { value: number; words: readonly string[] }[] = [
  { value: 1, words: ['أحد', 'إحدى'] },
  { value: 2, words: ['اثنا', 'اثني', 'اثنتا', 'اثنتي'] },
]
export const teenTens: readonly string[] = ['عشر', 'عشرة']

/**
 * Nouns in the dual, which count two by themselves (مقتل شخصين، سقوط قتيلين), with the singular they are two of. Only
 * nouns whose dual in ين is not also their plural: the plural of مصاب is مصابين, so only its nominative مصابان.
 */
export const dualNouns: readonly { singular: string; words: readonly string[] }[] = [
  { singular: 'شخص', words: ['شخصان', 'شخصين'] },
  { singular: 'قتيل', words: ['قتيلان', 'قتيلين'] },
  { singular: 'جريح', words: ['جريحان', 'جريحين'] },
  { singular: 'مصاب', words: ['مصابان'] },
  { singular: 'طفل', words: ['طفلان', 'طفلين'] },
  { singular: 'رجل', words: ['رجلان', 'رجلين'] },
  { singular: 'امرأة', words: ['امرأتان', 'امرأتين'] },
  { singular: 'شقيق', words: ['شقيقان', 'شقيقين'] },
  { singular: 'ضحية', words: ['ضحيتان', 'ضحيتين'] },
  { singular: 'جثة', words: ['جثتان', 'جثتين'] },
  { singular: 'شهيد', words: ['شهيدان', 'شهيدين'] },
]

/**
 * Nouns of a toll in the indefinite singular, which count one by themselves where no figure stands before them
 * (أوقع الزلزال قتيلاً وعشرات الجرحى، أشار إلى وجود مصاب).
 */
export const singleTollNouns: readonly string[] = [
  'قتيل',
  'قتيلاً',
  'قتيلا',
  'قتيلًا',
  'جريح',
  'جريحاً',
  'جريحا',
  'جريحًا',
  'مصاب',
  'مصاباً',
  'مصابا',
  'مصابًا',
]

/** Fractions of a magnitude in words, before it (نصف مليون) or after it with و (مليون ونصف، مليون ونصف المليون). */
export const magnitudeFractions: readonly { value: number; words: readonly string[] }[] = [
  { value: 0.5, words: ['نصف'] },
  { value: 0.25, words: ['ربع'] },
]

/** The decimal point read aloud: سبع درجات فاصل سبعة (7.7). */
export const decimalPointWords: readonly string[] = ['فاصل', 'فاصلة']

/** Feminine ordinals, as a minute is counted: في الدقيقة التاسعة. */
export const feminineOrdinals: readonly (readonly string[])[] = [
  [],
  ['الأولى'],
  ['الثانية'],
  ['الثالثة'],
  ['الرابعة'],
  ['الخامسة'],
  ['السادسة'],
  ['السابعة'],
  ['الثامنة'],
  ['التاسعة'],
  ['العاشرة'],
]

/**
 * What is counted in editions (القمة العربية الـ32، الدورة العادية الثانية والثلاثين): an ordinal one or two words
 * after one of these is the edition's number, the same in every report of it.
 */
export const editionWords: readonly string[] = [
  'القمة',
  'قمة',
  'الدورة',
  'دورة',
  'النسخة',
  'نسخة',
  'المؤتمر',
  'مؤتمر',
]

/** The definite article written apart before digits (القمة الـ33): the number is an ordinal. */
export const ordinalArticles: readonly string[] = ['الـ', 'ال']

/**
 * «في الدقيقة السابعة من الوقت بدل الضائع»: a minute counted in added time, of the first half (45+7), of the second
 * (90+7) or of extra time (105+7, 120+7); the text rarely says which. Some write it without the article (بدل ضائع).
 */
export const addedTimeWords: readonly string[] = ['الضائع', 'ضائع', 'المحتسب']

/**
 * «الدقيقة الرابعة من الشوط الإضافي الأول»: a minute counted from a half's start, after من (and بداية): the minutes
 * played before that half are added (90+4).
 */
export const halfStarts: readonly { words: readonly string[]; minutes: number }[] = [
  { words: ['الشوط', 'الثاني'], minutes: 45 },
  { words: ['الشوط', 'الإضافي', 'الأول'], minutes: 90 },
  { words: ['الشوط', 'الإضافي', 'الثاني'], minutes: 105 },
]

/** Words between من and a half counted from: من بداية الشوط الثاني. */
export const halfStartLinks: readonly string[] = ['بداية', 'انطلاق']

/**
 * Words before a figure in its clause that make it a forecast, not a count (وسط توقعات بارتفاع الضحايا إلى 10 آلاف،
 * يُخشى أن يصل عدد القتلى إلى …، مرشحة للارتفاع إلى …): no article states it as a fact of the event.
 */
export const projectionWords: readonly string[] = [
  'توقعات',
  'توقع',
  'يتوقع',
  'تتوقع',
  'متوقع',
  'المتوقع',
  'مخاوف',
  'يخشى',
  'تخشى',
  'تخوف',
  'تخوفات',
  'ترجيحات',
  'يرجح',
  'ترجح',
  'مرجح',
]

/** Words before a number that make it a time of day, not a quantity: الساعة 4,17. */
export const clockWords: readonly string[] = ['الساعة', 'الساعه', 'تمام']

/** Words that make what follows them the whole of it (فرز جميع صناديق الاقتراع في 58 ألف مركز): no stage of a count. */
export const everyWords: readonly string[] = ['جميع', 'كل', 'كافة']

/**
 * Words of a total whose noun after them says what a figure after «إلى» further in the sentence counts (ارتفع عدد ضحايا
 * الحريق الذي …، إلى 61 شخصاً).
 */
export const totalWords: readonly string[] = ['عدد', 'حصيلة', 'إجمالي']

/**
 * Words after a count that leave out someone named before it (لقي القائد مصرعه وتسعة آخرين: ten dead), and the
 * pronouns a word of the toll carries for that someone, with how many they are (هما two, هم at least two).
 */
export const othersWords: readonly string[] = ['آخرين', 'آخرون', 'أخرى', 'أخريات']
export const victimPronouns: readonly { suffix: string; count: number; atLeast?: true }[] = [
  { suffix: 'هما', count: 2 },
  { suffix: 'هم', count: 2, atLeast: true },
  { suffix: 'هن', count: 2, atLeast: true },
  { suffix: 'ها', count: 1 },
  { suffix: 'ه', count: 1 },
]

/** Words after which a number names a thing and counts nothing: القطار رقم 157، الرحلة رقم 370. */
export const identifierWords: readonly string[] = ['رقم', 'برقم', 'الرقم']

/**
 * Words of a number's frame that say nothing about what it counts (بلغ عدد …، نسبة …، حوالي …): left out when the
 * words around a number stand for its counted noun.
 */
export const quantityFrameWords: readonly string[] = [
  'عدد',
  'نسبة',
  'بنسبة',
  'قيمة',
  'بقيمة',
  'مبلغ',
  'حجم',
  'معدل',
  'مستوى',
  'إجمالي',
  'مجموع',
  'حصيلة',
  'بلغ',
  'بلغت',
  'يبلغ',
  'تبلغ',
  'وصل',
  'وصلت',
  'ارتفع',
  'ارتفعت',
  'انخفض',
  'انخفضت',
  'تراجع',
  'تراجعت',
  'زاد',
  'زادت',
  'سجل',
  'سجلت',
  'نحو',
  'حوالي',
  'قرابة',
  'زهاء',
  'أكثر',
  'أقل',
  'أزيد',
  'يزيد',
  'يقل',
  'يقارب',
  'تقريباً',
  'أصل',
  'آخرين',
  'آخرون',
]

/** Words before a number that make it a bound or an estimate: أكثر من 20، نحو 20. */
export const quantityQualifiers: readonly { bound: 'over' | 'under' | 'about'; words: readonly string[] }[] =
  [
    // ما لا يقل عن: at least.
    { bound: 'over', words: ['أكثر', 'أزيد', 'يزيد', 'يقل', 'يتجاوز', 'تجاوز', 'يفوق', 'يربو'] },
    { bound: 'under', words: ['أقل', 'دون'] },
    { bound: 'about', words: ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'يقارب', 'يقرب', 'يناهز', 'تقريباً'] },
  ]

/** Words after a number, or after its counted noun, that make it an estimate: 40 شخصاً تقريباً. */
export const estimateAfterWords: readonly string[] = ['تقريباً']

/** Lengths in days of the units a relative date counts in (قبل أسبوعين، منذ ثلاث سنوات). */
export const durations: readonly { days: number; words: readonly string[] }[] = [
  { days: 1, words: ['يوم', 'أيام', 'يومين', 'يومان'] },
  { days: 7, words: ['أسبوع', 'أسابيع', 'أسبوعين', 'أسبوعان'] },
  { days: 30, words: ['شهر', 'أشهر', 'شهور', 'شهرين', 'شهران'] },
  { days: 365, words: ['سنة', 'سنوات', 'سنتين', 'عام', 'أعوام', 'عامين', 'عامان'] },
]

/**
 * The key a word of these lists and a word of the text are compared by: its light stem, and without a tanwin alef
 * written without its mark (قتيلا as قتيل). A final ta marbuta stays in the key: the stem drops it and a final alef
 * maqsura alike, and the nouns differ (أسرة a family, أسرى prisoners; قتلة killers, قتلى the dead). A conjunction
 * written onto a preposition (وفي، فعلى) keeps both, apart from every stem: «وفي» is not «وفيات» cut to its stem.
 */
export function quantityWord(word: string): string {
  let key = quantityWords.get(word)
  if (key !== undefined) return key
  const normal = norm(word)
  key =
    CONJUNCTIONS.has(normal[0] ?? '') && PREPOSITIONS.has(normal.slice(1))
      ? `${normal[0]} ${normal.slice(1)}`
      : stem(word)
  if (key.length > 3 && key.endsWith('ا')) key = stem(key.slice(0, -1))
  if (word.endsWith(TA_MARBUTA)) key += TA_MARBUTA
  // News repeats its words: the stems of the last few thousand are kept, the table emptied when it fills.
  if (quantityWords.size >= QUANTITY_WORDS_KEPT) quantityWords.clear()
  quantityWords.set(word, key)
  return key
}

const TA_MARBUTA = '\u0629' // ة
const CONJUNCTIONS: ReadonlySet<string> = new Set(['و', 'ف'])
const PREPOSITIONS: ReadonlySet<string> = new Set(boundPrepositions.map(norm))
const QUANTITY_WORDS_KEPT = 20_000
const quantityWords = new Map<string, string>()

const compile = <T>(groups: readonly { words: readonly string[] }[], value: (group: never) => T) => {
  const map = new Map<string, T>()
  for (const group of groups)
    for (const word of group.words) map.set(quantityWord(word), value(group as never))
  return map as ReadonlyMap<string, T>
}

export const unitByWord = compile([...units, ...convertedUnits], (group: { unit: string }) => group.unit)
export const magnitudeByWord = compile(magnitudes, (group: { factor: number }) => group.factor)
export const cueByWord = compile(quantityCues, (group: { key: string }) => group.key)
/** The cue key of a word that is a cue only right before its number (`adjacentCues`), by its `quantityWord`. */
export const adjacentCueByWord: ReadonlyMap<string, string> = new Map(
  adjacentCues.flatMap(({ key, words }) => words.map((word) => [quantityWord(word), key] as const)),
)
/** The cue key of a noun that is a cue only right after its number (`countedCues`), by its `quantityWord`. */
export const countedCueByWord: ReadonlyMap<string, string> = new Map(
  countedCues.flatMap(({ key, words }) => words.map((word) => [quantityWord(word), key] as const)),
)
export const amongWordSet: ReadonlySet<string> = new Set(amongWords.map(quantityWord))
export const caseWordSet: ReadonlySet<string> = new Set(caseWords.map(quantityWord))
export const clauseOpenerSet: ReadonlySet<string> = new Set(clauseOpeners.map(quantityWord))
/** `minuteListHeads`, folded. */
export const minuteListHeadSet: ReadonlySet<string> = new Set(minuteListHeads.map(norm))
/** `minuteListHeads`, by their `quantityWord` (a conjunction before them too: وبالدقائق). */
export const minuteListHeadKeySet: ReadonlySet<string> = new Set(minuteListHeads.map(quantityWord))
export const aftershockWordSet: ReadonlySet<string> = new Set(aftershockWords.map(quantityWord))
/** Each cue key with what `quantityCues` says of it. */
export const cueByKey: ReadonlyMap<string, (typeof quantityCues)[number]> = new Map(
  quantityCues.map((cue) => [cue.key, cue]),
)
export const cueRank: ReadonlyMap<string, number> = new Map(quantityCues.map((cue, i) => [cue.key, i]))
/**
 * Number words and magnitudes are looked up by their folded spelling, not by light stem (which makes سبعين of سبع):
 * as written, without a tanwin alef (ألفا as ألف), without a clinging و or ب (وسبعين، بمليون).
 */
export function spelledForms(word: string): string[] {
  const folded = norm(word)
  const forms = [folded, folded.replace(/ا$/, '')]
  if (/^[وب]/.test(folded) && folded.length > 3) forms.push(...spelledForms(folded.slice(1)))
  return forms
}
const spelled = (groups: readonly { value: number; words: readonly string[] }[]) => {
  const map = new Map<string, number>()
  for (const group of groups) for (const word of group.words) map.set(norm(word), group.value)
  return (word: string): number | undefined => {
    for (const form of spelledForms(word)) if (map.has(form)) return map.get(form)
    return undefined
  }
}
const valued = (groups: readonly (readonly string[])[], scale: number) =>
  groups.map((words, i) => ({ value: i * scale, words }))
/** The value of a number word, units and tens: سبعة → 7، وسبعين → 70. */
export const numberWordValue = spelled([...valued(numberWords, 1), ...valued(tensWords, 10)])
const hundredsValue = spelled(valued(hundredsWords, 100))
/** The value of hundreds in words: مئة → 100، وثلاثمائة → 300. Every spelling has a ئ: other words are not looked up. */
export const hundredsWordValue = (word: string): number | undefined =>
  word.includes('ئ') ? hundredsValue(word) : undefined
/** The value of a feminine ordinal: التاسعة → 9; الحادية, one only before «عشرة», is 1. */
export const ordinalValue = spelled([...valued(feminineOrdinals, 1), { value: 1, words: compoundOrdinalOne }])
/** The value of an ordinal of either gender (the masculine ones count days too: الثاني من مارس): الثاني، الثانية → 2. */
export const anyOrdinalValue = spelled([...valued(feminineOrdinals, 1), ...valued(ordinalDays, 1)])
/** The value of tens written with the article after و: والثلاثين → 30. */
export function definiteTensValue(word: string): number | undefined {
  const bare = norm(word).replace(/^و/, '').replace(/^ال/, '')
  const value = numberWordValue(bare)
  return value !== undefined && value >= 20 && value % 10 === 0 ? value : undefined
}
export const addedTimeWordSet: ReadonlySet<string> = new Set(addedTimeWords.map(quantityWord))
export const halfStartKeys: readonly { keys: readonly string[]; minutes: number }[] = halfStarts.map(
  ({ words, minutes }) => ({ keys: words.map(quantityWord), minutes }),
)
export const halfStartLinkSet: ReadonlySet<string> = new Set(halfStartLinks.map(quantityWord))
export const editionWordSet: ReadonlySet<string> = new Set(editionWords.map(norm))
export const ordinalArticleSet: ReadonlySet<string> = new Set(ordinalArticles.map(norm))
/** The unit of a number from eleven to nineteen: خمسة → 5، أحد → 1 (the word before «عشر»). */
export const teenOneValue = spelled([
  ...valued(numberWords, 1).filter((group) => group.value < 10),
  ...teenOnes,
])
export const teenTenSet: ReadonlySet<string> = new Set(teenTens.map(norm))
/** The singular of a noun in the dual, by its folded spelling: شخصين → شخص. */
export const dualNounSingular: ReadonlyMap<string, string> = new Map(
  dualNouns.flatMap(({ singular, words }) => words.map((word) => [norm(word), singular] as const)),
)
/** `singleTollNouns`, folded. */
export const singleTollNounSet: ReadonlySet<string> = new Set(singleTollNouns.map(norm))
/** A magnitude's plural (آلاف، وملايين), which alone says no figure (آلاف المنازل). */
export const isMagnitudePlural = (word: string): boolean =>
  spelledForms(word).some((form) => magnitudePluralSet.has(form))
const magnitudePluralSet: ReadonlySet<string> = new Set(['آلاف', 'ملايين', 'مليارات', 'تريليونات'].map(norm))
/** The share of a magnitude a word of `magnitudeFractions` is: نصف → 0.5. */
export const magnitudeFractionValue = spelled(magnitudeFractions)
/** The factor of a magnitude's plural or singular with the article: الآلاف → 1000، المليون → 1000000. */
export const definiteMagnitudeOf = (word: string): number | undefined => {
  const bare = norm(word).replace(/^[وب]?ال/, '')
  return bare === norm(word) ? undefined : magnitudeOf(bare)
}
/** The value of a magnitude's dual: ألفين → 2000، مليوني → 2000000. */
export const magnitudeDualValue = spelled(magnitudeDuals)
/** The factor of a magnitude word in any of its spellings: ألفاً، ألفا، الف، مليوناً، بمليون. */
export const magnitudeOf = spelled(magnitudes.map((group) => ({ value: group.factor, words: group.words })))
const unitForms = new Map(
  [...units, ...convertedUnits].flatMap((group) =>
    group.words.map((word) => [norm(word), group.unit] as const),
  ),
)
/** The metric unit a unit of `convertedUnits` is read in, and its amount in it. */
export const conversionByUnit: ReadonlyMap<string, { to: string; factor: number }> = new Map(
  convertedUnits.map(({ unit, to, factor }) => [unit, { to, factor }] as const),
)
const countedNounKeys: ReadonlyMap<string, string> = new Map(
  countedNounGroups.flatMap((group) =>
    group.map((word) => [quantityWord(word), quantityWord(group[0]!)] as const),
  ),
)
/** The key of a counted noun (`quantityWord`), one for the nouns of a group of `countedNounGroups`: دور → طابق. */
export const countedNounKey = (key: string): string => countedNounKeys.get(key) ?? key
/** The unit a word names, by its spelling (كيلومترا، دولاراً) and else by its light stem. */
export function unitOf(word: string): string | undefined {
  for (const form of spelledForms(word)) if (unitForms.has(form)) return unitForms.get(form)
  return unitByWord.get(quantityWord(word))
}
export const decimalPointSet: ReadonlySet<string> = new Set(decimalPointWords.map(norm))
export const clockWordSet: ReadonlySet<string> = new Set(clockWords.map(quantityWord))
export const identifierWordSet: ReadonlySet<string> = new Set(identifierWords.map(quantityWord))
export const durationWordSet: ReadonlySet<string> = new Set(
  durations.flatMap((d) => d.words).map(quantityWord),
)
export const qualifierByWord = compile(
  quantityQualifiers,
  (group: { bound: 'over' | 'under' | 'about' }) => group.bound,
)
export const estimateAfterWordSet: ReadonlySet<string> = new Set(estimateAfterWords.map(quantityWord))
export const durationByWord = compile(durations, (group: { days: number }) => group.days)
export const percentWordSet: ReadonlySet<string> = new Set(percentWords.map(quantityWord))
export const frameWordSet: ReadonlySet<string> = new Set(quantityFrameWords.map(quantityWord))
export const totalWordSet: ReadonlySet<string> = new Set(totalWords.map(quantityWord))
export const othersWordSet: ReadonlySet<string> = new Set(othersWords.map(quantityWord))
export const wholeWordSet: ReadonlySet<string> = new Set(wholeWords.map(quantityWord))
export const projectionWordSet: ReadonlySet<string> = new Set(projectionWords.map(quantityWord))
export const shareVerbSet: ReadonlySet<string> = new Set(shareVerbs.map(quantityWord))
export const winVerbSet: ReadonlySet<string> = new Set(winVerbs.map(quantityWord))
/** Words of rank, folded (`rankWords`). */
export const rankWordSet: ReadonlySet<string> = new Set(rankWords.map(norm))
/** Verbs that open the clause of the share after them: of obtaining, winning and leading. */
export const shareClauseVerbSet: ReadonlySet<string> = new Set(
  [...shareVerbs, ...winVerbs, ...leadVerbs].map(quantityWord),
)
export const goalVerbSet: ReadonlySet<string> = new Set(goalVerbs.map(quantityWord))
export const earlierTollPhraseList: readonly string[] = earlierTollPhrases.map(norm)
/**
 * A clause in the pluperfect, folded: it opens with كان's past (و or ف before it) and has قد after it in the clause
 * (وكانت الحصيلة الأولية قد بلغت …): what follows had happened before the report.
 */
export const PLUPERFECT = new RegExp(
  `(?:^|[،,]\\s*)[وف]?(?:${pastKana.map(norm).join('|')})\\s(?:[^\\s،,]+\\s+)*${norm(qadParticles[0]!)}\\s`,
)
export const otherMomentWordSet: ReadonlySet<string> = new Set(otherMomentWords.map(quantityWord))
export const shareWordSet: ReadonlySet<string> = new Set(shareWords.map(quantityWord))
export const everyWordSet: ReadonlySet<string> = new Set(everyWords.map(quantityWord))
export const contrastWordSet: ReadonlySet<string> = new Set(contrastWords.map(quantityWord))
export const againstWordSet: ReadonlySet<string> = new Set(againstWords.map(quantityWord))
export const comparedWordSet: ReadonlySet<string> = new Set(comparedWords.map(quantityWord))
/** The place a word pointing back to a listed person takes in the list, by its `quantityWord` (للثاني → 1). */
export const listReferenceByWord: ReadonlyMap<string, number> = new Map(
  listReferences.map(({ word, place }) => [quantityWord(word), place]),
)
