// Words that open, join and end clauses: what the quote and report rules read around a verb.

import { boundPrepositions } from './function-words.ts'

/** Complementisers with no pronoun on them: before a verb, أن is that verb's (أن يكون), not one that reports. */
export const bareComplementizers: readonly string[] = ['إن', 'أن', 'بأن', 'فإن']

/** Complementisers that open reported speech: إن، أن، بأن and their forms with a pronoun. */
export const complementizers: readonly string[] = [
  ...bareComplementizers,
  'إنه',
  'أنه',
  'بأنه',
  'إنها',
  'أنها',
  'بأنها',
  'إنهم',
  'أنهم',
  'بأنهم',
  'إنهما',
  'أنهما',
  'بأنهما',
  'إننا',
  'أننا',
  'بأننا',
  'إنني',
  'أنني',
  'بأنني',
  'إني',
  'أني',
  'فإنه',
  'فإنها',
  // بألا: بأن with the negation لا written onto it (تعهد بألا تبقى …); ألا alone is إلا as `norm` spells it.
  'بألا',
]

/** Prepositions that some reporting verbs put before their complementiser: أشار إلى أن، شدد على أن، حذر من أن. */
export const complementPrepositions: readonly string[] = ['إلى', 'على', 'من', 'عن']

/**
 * Verbal nouns that open a purpose after ل with their preposition (للحصول على، للتأكد من، للوقوف على): never a
 * body's domain, as للتطوير in شركة نماء للتطوير is.
 */
export const purposeNouns: readonly string[] = ['الحصول', 'التأكد', 'الوقوف', 'التعرف', 'الاطلاع', 'التحقق']

/**
 * Words that make a conjunction with a following أن: the clause is a time, a reason or a contrast, not what was said
 * (إذ أن and حيث إن "since", بيد أن "however").
 */
export const conjunctionsWithAn: readonly string[] = [
  'بعد',
  'قبل',
  'منذ',
  'رغم',
  'برغم',
  'غير',
  'إلا',
  'بما',
  'سيما',
  'خصوصاً',
  'كما',
  'حتى',
  'لولا',
  'مع',
  'أجل',
  'إذ',
  'حيث',
  'بيد',
]

/**
 * كان and its sisters, masculine and feminine past: verbs that a word list may also file as function words. The
 * first pair is كان itself.
 */
export const kanaAndSisters: readonly (readonly [masculine: string, feminine: string])[] = [
  ['كان', 'كانت'],
  ['ليس', 'ليست'],
  ['بات', 'باتت'],
  ['أصبح', 'أصبحت'],
  ['ظل', 'ظلت'],
]

/**
 * Verbs of being and seeming, beside كان and its sisters' past forms, after which a participle is their predicate
 * (يكون مقرراً أن، بدا واضحاً أن), not a report of speech.
 */
export const predicateVerbs: readonly string[] = ['يكون', 'تكون', 'يبدو', 'بدا']

/** به، بها after a verb right behind an indefinite noun: the pronoun that refers back to the noun it describes. */
export const resumptivePrepositions: readonly string[] = ['به', 'بها']

/** كان in the past, every person a report uses: with قد after it, the pluperfect (وكانت الوزارة قد أعلنت). */
export const pastKana: readonly string[] = ['كان', 'كانت', 'كانا', 'كانتا', 'كانوا']

/** Words that open a new clause after a comma, so a verb before them does not report a quote after them. */
export const clauseBoundaries: readonly string[] = [
  'كما',
  'بينما',
  'فيما',
  'لكن',
  'لكنه',
  'لكنها',
  'ولكن',
  'إلا',
  'حيث',
  'ثم',
  'وذلك',
]

/**
 * Demonstratives, in every case and number, that open a nominal clause (وحسب الوزارة، هاتين العمليتين …): after an
 * attribution and a comma they begin what the source says.
 */
export const demonstratives: readonly string[] = [
  'هذا',
  'هذه',
  'هذان',
  'هذين',
  'هاتان',
  'هاتين',
  'ذلك',
  'تلك',
  'هؤلاء',
  'أولئك',
]

/**
 * Words that, after a comma, take the text back to the article's own voice, ending a reported clause (…، وذلك خلال
 * الندوة؛ …، وقد تداول نشطاء فيديو).
 */
export const narrationOpeners: readonly string[] = ['وذلك', 'وقد']

/**
 * Past verbs of what a speaker does besides saying (urging, thanking, praising, welcoming, appealing), in the
 * masculine; the feminine and plural are read off them. After و they open the speaker's next act, ending the clause
 * reported before (قال إن تشكيل الحكومة جاء نتيجة جهود كبيرة، وحث الوزراء على …).
 */
export const speakerActs: readonly string[] = [
  'حث',
  'شكر',
  'أشاد',
  'ثمن',
  'رحب',
  'هنأ',
  'ناشد',
  'أثنى',
  'دعا',
  'طالب',
]

/**
 * Words that open speech in the speaker's own voice, with no complementiser before them (قال: نحن …، مشدداً هناك …،
 * وأضاف المحافظ لقد تم …): لقد asserts, as a speaker does and a report after its verb does not.
 */
export const firstPersonOpeners: readonly string[] = ['نحن', 'أنا', 'هناك', 'لدينا', 'لقد']

/** Words that end a clause only to open the next: وهو ما …, وذلك. */
export const clauseTrailers: readonly string[] = ['وهو', 'وهي', 'وذلك', 'ما', 'كما', 'وهذا']

/** Particles before a verb that make it the verb of a new clause (كما قال، حيث أكد، وقد أعلن). */
export const clauseParticles: readonly string[] = [
  // و and ف typed apart from the verb (و أضاف، ف أكد), as some sites do.
  'و',
  'ف',
  'كما',
  'حيث',
  'ثم',
  'فيما',
  'بينما',
  'لكنه',
  'لكنها',
  'لكنهم',
  'ولكنه',
  'ولكنها',
  'إذ',
  'قد',
  'وقد',
  'فقد',
  'لقد',
  'كذلك',
  'بل',
]

/** Words before a noun phrase that make it the start of a clause, so the phrase may be a subject. */
export const subjectClauseOpeners: readonly string[] = [
  'أن',
  'إن',
  'بأن',
  'كان',
  'وكان',
  'كانت',
  'وكانت',
  'كانوا',
  'لكن',
  'ولكن',
  'إلا',
  'كما',
  'حيث',
  'فيما',
  'بينما',
  'ثم',
  'و',
  'فقد',
  'وقد',
  'قد',
  'خصوصاً',
  'لا',
  'سيما',
  // أما المواطن فلان فتمنى أن: the topic after أما is the subject of the verb that فـ opens.
  'أما',
  'وأما',
]

/** Words that open prepositional fillers between a verb and its clause: وقال الوزير في بيان إن، للصحفيين إن. */
export const fillerOpeners: readonly string[] = [
  'قبل',
  'منذ',
  'في',
  'خلال',
  'أمام',
  'عبر',
  'لدى',
  'بعد',
  'عقب',
  'أثناء',
  'ضمن',
  'حول',
  'بشأن',
  'على',
  'من',
  'أيضاً',
  'مجدداً',
  'كذلك',
  'بدوره',
  'بدورها',
  'اليوم',
  'أمس',
]

/** Whom words are said to, after ل (وقال الوزير للصحفيين "…"): never part of the speaker's name. */
export const audienceNouns: readonly string[] = [
  'الصحفيين',
  'الصحافيين',
  'الصحافة',
  'الإعلاميين',
  'الإعلام',
  'وسائل',
  'المراسلين',
  'الحضور',
  // لمراسل الوكالة، لمراسلة الموقع: a correspondent in construct with the outlet.
  'مراسل',
  'مراسلة',
  'مراسلي',
]

/** Prepositions of what is spoken about (وبسؤاله عن الفريق، رد قائلاً): the name after them is no speaker. */
export const topicPrepositions: readonly string[] = [
  'عن',
  'وعن',
  'حول',
  'وحول',
  'بشأن',
  'وبشأن',
  'بخصوص',
  'وبخصوص',
]

/** Words that stand between a verb and its subject without being either (وقال أيضاً الوزير). */
export const verbSubjectAdverbs: readonly string[] = [
  'أيضاً',
  'كذلك',
  'بدوره',
  'بدورها',
  'بدورهم',
  'مجدداً',
  'اليوم',
  'أمس',
  'لاحقاً',
]

/**
 * A preposition with the pronoun of the occasion the verb speaks in or of (كلمة أكد فيها، مؤتمر أعلن خلاله، قرار
 * أعلن عنه): it may stand between a verb and a subject named after it (أكد فيها جلالة الملك).
 */
export const occasionPronouns: readonly string[] = ['فيه', 'فيها', 'خلاله', 'خلالها', 'عنه', 'عنها']

/**
 * Nouns of an occasion of speaking that a verb with an occasion pronoun describes (`ألقى كلمة أكد فيها أن …`،
 * `أجرى اتصالاً أكد خلاله أن …`، `شرح من الوزير أكد فيه أن …`), beside the statement nouns.
 */
export const speakingOccasionNouns: readonly string[] = [
  'كلمة',
  'خطاب',
  'خطابا',
  'شرح',
  'شرحا',
  'مقابلة',
  'حديث',
  'حديثا',
  'لقاء',
  'لقاءا',
  'حوار',
  'حوارا',
  'اتصال',
  'اتصالا',
  'محاضرة',
  'مداخلة',
  'تصريحات',
]

/** في with a pronoun, the occasion the statement is (بياناً قالت فيه إن …): what a statement noun's verb reads past. */
export const statementPronouns: readonly string[] = ['فيه', 'فيها']

/** ما as a relative, alone or with a preposition: بما، مما، فيما. */
export const relativeMa: readonly string[] = ['ما', 'بما', 'مما', 'لما', 'فيما']

/** Relative pronouns: الذي، التي …, alone or after و (والذي وصف). */
export const relativePronouns: readonly string[] = [
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'اللواتي',
  'اللاتي',
  'والذي',
  'والتي',
  'والذين',
]

/** قد and لقد before a past verb. */
export const qadParticles: readonly string[] = ['قد', 'لقد']

/** Particles only a verb follows (لم يكن، لن تتراجع، سوف): the word after them is a verb. */
export const verbParticles: readonly string[] = ['قد', 'لقد', 'لم', 'ولم', 'لن', 'ولن', 'سوف', 'وسوف', 'لما']

/** Passive verbs of impersonal reporting: يذكر أن، ويشار إلى أن. */
export const impersonalVerbs: readonly string[] = ['يذكر', 'ويذكر', 'يشار', 'ويشار']

/** `أحد` / `إحدى` before a plural: one of a group, a speaker the text does not name (أحد المزارعين). */
export const partitiveWords: readonly string[] = ['أحد', 'إحدى']

/**
 * Nouns that count or take part of a group before its plural (آلاف المحتجين، عشرات السكان، بعض المصادر): the group,
 * so counted, speaks, as the text describes it.
 */
export const groupCountNouns: readonly string[] = [
  'عشرات',
  'مئات',
  'آلاف',
  'ألوف',
  'ملايين',
  'بعض',
  'معظم',
  'أغلب',
  'غالبية',
]

/**
 * Words that a title never holds before the name of its holder (وزير الخارجية خلال لقائه نظيره NAME): prepositions of
 * company, time and direction, and the counterpart.
 */
export const titleTailStops: readonly string[] = [
  'مع',
  'خلال',
  'أمام',
  'عقب',
  'بعد',
  'قبل',
  'إلى',
  'الى',
  'لدى',
  'نظيره',
  'نظيرته',
  'نظيريه',
  'لقائه',
  'لقائها',
  'ضيفه',
  'رفقة',
  'برفقة',
  'بحضور',
]

/** Prepositions that tie a source to the body it belongs to (مصدر في الوزارة، مصادر من الجيش). */
export const affiliationPrepositions: readonly string[] = ['في', 'من', 'داخل', 'لدى']

/** Prepositions and nouns after which a noun is governed (في إدارة الأزمة، مجلس إدارة الشركة): no body's head there. */
export const genitiveGoverningWords: readonly string[] = [
  'في',
  'من',
  'عن',
  'على',
  'إلى',
  'مجلس',
  'حسن',
  'سوء',
]

/** Prepositions a participle governs (المتخصصة في، المكلفة من): the participle describes, it ends a body's name. */
export const governedPrepositions: readonly string[] = ['في', 'من', 'على', 'عن']

/** Prepositions before a list of places joined by و (من كردفان ودارفور، بين غزة ورفح). */
export const placePrepositions: readonly string[] = ['في', 'من', 'إلى', 'بين']

/** Prepositions of a source after a participle of coming (الواردة من، المتاحة لدى). */
export const sourcePrepositions: readonly string[] = ['من', 'عن', 'لدى']

/** Participles of coming or being at hand, before the source of information (المعلومات الواردة من مصادر). */
export const sourceParticiples: readonly string[] = ['الواردة', 'المتوفرة', 'المتاحة']

/** Demonstratives a verb of saying takes as its object before the speaker (أعلن ذلك الإعلامي NAME). */
export const pointingDemonstratives: readonly string[] = ['ذلك', 'هذا']

/** The singular relative pronouns (الذي، التي). */
export const singularRelatives: readonly string[] = ['الذي', 'التي']

/** Negations, and قد, between a definite noun and its verb (الحكومة لم تنجح، الموازنة قد تتأخر). */
export const negationParticles: readonly string[] = ['لا', 'لم', 'لن', 'قد']

/** Adverbs in the accusative's tanween (أيضاً، مجدداً): written like an object (جزءاً) but no object of a verb. */
export const reportAdverbs: readonly string[] = ['أيضاً', 'مجدداً', 'حالياً', 'سابقاً', 'لاحقاً', 'رسمياً']

/** "For his part" after من (من جانبه، من جهتها): the speaker is the pronoun's, named before. */
export const frontedSides: readonly string[] = ['جانبه', 'جانبها', 'جهته', 'جهتها', 'جانبهم', 'جهتهم']

/** Words that cite a source (بحسب "…"، وحسب «…»): a quote after them names an outlet, it is no speech. */
export const citingCues: readonly string[] = ['بحسب', 'وبحسب', 'حسب', 'وحسب']

/** Words that introduce examples of a plural (مثل، منها، أبرزها، وهي): the list follows them. */
export const listIntroducers: readonly string[] = [
  'مثل',
  'منها',
  'أبرزها',
  'بينها',
  'وهي',
  'هي',
  'ومنها',
  'وأبرزها',
]

/** "And others" closing a list (وغيرها، وسواها). */
export const andOthers: readonly string[] = ['وغيرها', 'وغيرهما', 'وسواها']

/**
 * Words that never end a sentence: a paragraph line that ends in one goes on in the line right under it (a page that
 * sets a linked name on a line of its own: `رئيس البلدية في ⏎ الزرقاء`، `بدأت العمل ب ⏎ الحي`).
 */
export const lineContinuingWords: readonly string[] = [...boundPrepositions, 'ب', 'ل', 'و', 'ك']
