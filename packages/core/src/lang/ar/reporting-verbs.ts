/**
 * Verbs that report speech. `past` and `present` are third person masculine singular; the extractor derives the
 * feminine, dual and plural forms (قالت، قالا، قالوا، تقول، يقولون). `participles` are the masculine form without
 * its tanwin alef (مضيف → مضيفاً، مضيفة، مضيفين، مضيفان، مضيفتين، مضيفات), counted only before what was said (أن، إن، إلى أن، :).
 * `clause` verbs report only with a clause or a quote after them (زاد أنه …, not زاد عدد …). A form that folds into
 * a function word (بيّن → بين, between) reports only when written with its shadda. `object` verbs name whom or what
 * they speak of before ب and their clause (وصف القرار بأنه، اتهم الحكومة بأنها، أبلغ الوفد بأن): a phrase right before
 * بأن is their object, not who speaks. `intransitive` verbs report only without an object pronoun: تابع (he went on)
 * reports, تابعها (followed it) does not. `setObjects` are the nouns the verb takes as its object in a set phrase
 * (لفت النظر إلى أن، لافتاً الانتباه إلى أن): right after the verb, such a noun is not who speaks.
 */
export interface ReportingVerb {
  lemma: string
  past: readonly string[]
  present?: readonly string[]
  participles?: readonly string[]
  clause?: boolean
  object?: boolean
  intransitive?: boolean
  setObjects?: readonly string[]
}

export const reportingVerbs: readonly ReportingVerb[] = [
  { lemma: 'قال', past: ['قال'], present: ['يقول'], participles: ['قائل'] },
  { lemma: 'أضاف', past: ['أضاف'], present: ['يضيف'], participles: ['مضيف'] },
  { lemma: 'أكد', past: ['أكد'], present: ['يؤكد'], participles: ['مؤكد'] },
  { lemma: 'أشار', past: ['أشار'], present: ['يشير'], participles: ['مشير'] },
  { lemma: 'أوضح', past: ['أوضح'], present: ['يوضح'], participles: ['موضح'] },
  { lemma: 'أعلن', past: ['أعلن'], present: ['يعلن'], participles: ['معلن'] },
  { lemma: 'أفاد', past: ['أفاد'], present: ['يفيد'] },
  {
    lemma: 'لفت',
    past: ['لفت'],
    present: ['يلفت'],
    participles: ['لافت'],
    setObjects: ['النظر', 'الانتباه', 'الأنظار'],
  },
  { lemma: 'شدد', past: ['شدد'], present: ['يشدد'], participles: ['مشدد'] },
  { lemma: 'وصف', past: ['وصف'], present: ['يصف'], participles: ['واصف'], object: true },
  { lemma: 'تمنى', past: ['تمنى'], present: ['يتمنى'], participles: ['متمني'] },
  { lemma: 'اعتبر', past: ['اعتبر'], present: ['يعتبر'], participles: ['معتبر'], object: true },
  { lemma: 'رأى', past: ['رأى'], present: ['يرى'], clause: true },
  { lemma: 'ذكر', past: ['ذكر'], present: ['يذكر'], participles: ['مذكر'] },
  { lemma: 'صرح', past: ['صرح'], present: ['يصرح'] },
  {
    lemma: 'تابع',
    past: ['تابع'],
    present: ['يتابع'],
    participles: ['متابع'],
    clause: true,
    intransitive: true,
  },
  { lemma: 'زاد', past: ['زاد'], clause: true },
  // وواصل: "…": he went on, as تابع; واصل الجيش قصفه (kept on doing) has no clause after it.
  { lemma: 'واصل', past: ['واصل'], present: ['يواصل'], clause: true, intransitive: true },
  { lemma: 'أردف', past: ['أردف'], present: ['يردف'], participles: ['مردف'] },
  { lemma: 'استطرد', past: ['استطرد'], present: ['يستطرد'], participles: ['مستطرد'] },
  { lemma: 'استدرك', past: ['استدرك'], present: ['يستدرك'], participles: ['مستدرك'] },
  { lemma: 'نفى', past: ['نفى'], present: ['ينفي'], participles: ['نافي'] },
  { lemma: 'كشف', past: ['كشف'], present: ['يكشف'], participles: ['كاشف'] },
  { lemma: 'حذر', past: ['حذر'], present: ['يحذر'], participles: ['محذر'] },
  { lemma: 'دعا', past: ['دعا'], present: ['يدعو'], participles: ['داعي'] },
  { lemma: 'طالب', past: ['طالب'], present: ['يطالب'], participles: ['مطالب'], clause: true, object: true },
  { lemma: 'نوه', past: ['نوه'], present: ['ينوه'], participles: ['منوه'] },
  { lemma: 'بيّن', past: ['بيّن'], participles: ['مبين'] },
  { lemma: 'أبان', past: ['أبان'] },
  { lemma: 'صرخ', past: ['صرخ'], present: ['يصرخ'], participles: ['صارخ'] },
  { lemma: 'أقر', past: ['أقر'], present: ['يقر'], clause: true },
  { lemma: 'اعترف', past: ['اعترف'], present: ['يعترف'], participles: ['معترف'] },
  { lemma: 'زعم', past: ['زعم'], present: ['يزعم'], participles: ['زاعم'] },
  { lemma: 'ادعى', past: ['ادعى'], present: ['يدعي'], participles: ['مدعي'], clause: true },
  { lemma: 'توقع', past: ['توقع'], present: ['يتوقع'], clause: true },
  { lemma: 'رجح', past: ['رجح'], present: ['يرجح'], participles: ['مرجح'], clause: true },
  { lemma: 'استبعد', past: ['استبعد'], present: ['يستبعد'], participles: ['مستبعد'], clause: true },
  { lemma: 'شرح', past: ['شرح'], present: ['يشرح'], participles: ['شارح'], clause: true },
  { lemma: 'علق', past: ['علق'], present: ['يعلق'], clause: true },
  { lemma: 'كتب', past: ['كتب'], present: ['يكتب'], clause: true },
  { lemma: 'غرد', past: ['غرد'], present: ['يغرد'] },
  { lemma: 'أجاب', past: ['أجاب'], present: ['يجيب'], participles: ['مجيب'] },
  { lemma: 'رد', past: ['رد'], clause: true },
  { lemma: 'ختم', past: ['ختم', 'اختتم'], present: ['يختم'], participles: ['مختتم'], clause: true },
  { lemma: 'تساءل', past: ['تساءل'], present: ['يتساءل'], participles: ['متسائل'] },
  { lemma: 'اقترح', past: ['اقترح'], present: ['يقترح'], participles: ['مقترح'], clause: true },
  { lemma: 'لاحظ', past: ['لاحظ'], present: ['يلاحظ'], participles: ['ملاحظ'], clause: true },
  { lemma: 'نبه', past: ['نبه'], present: ['ينبه'], participles: ['منبه'] },
  { lemma: 'أورد', past: ['أورد'], present: ['يورد'], clause: true },
  // أبرز الوزير أن …: highlighted that; أبرز دور (showed) has no clause after it.
  { lemma: 'أبرز', past: ['أبرز'], present: ['يبرز'], participles: ['مبرز'], clause: true },
  { lemma: 'أبلغ', past: ['أبلغ'], present: ['يبلغ'], clause: true, object: true },
  { lemma: 'أعرب', past: ['أعرب'], present: ['يعرب'], participles: ['معرب'] },
  { lemma: 'جدد', past: ['جدد'], present: ['يجدد'], participles: ['مجدد'] },
  { lemma: 'تحدث', past: ['تحدث'], present: ['يتحدث'], participles: ['متحدث'], clause: true },
  { lemma: 'هدد', past: ['هدد'], present: ['يهدد'], clause: true },
  { lemma: 'وعد', past: ['وعد'], present: ['يعد'], clause: true, object: true },
  { lemma: 'تعهد', past: ['تعهد'], present: ['يتعهد'], participles: ['متعهد'], clause: true },
  { lemma: 'قدر', past: ['قدّر'], present: ['يقدّر'], clause: true },
  { lemma: 'أشاد', past: ['أشاد'], present: ['يشيد'], participles: ['مشيد'] },
  { lemma: 'اتهم', past: ['اتهم'], present: ['يتهم'], participles: ['متهم'], clause: true, object: true },
  { lemma: 'أبدى', past: ['أبدى'], present: ['يبدي'], clause: true },
  { lemma: 'ردد', past: ['ردد'], present: ['يردد'], participles: ['مردد'], clause: true },
  { lemma: 'تطرق', past: ['تطرق'], present: ['يتطرق'], participles: ['متطرق'], clause: true },
  { lemma: 'أثنى', past: ['أثنى'], present: ['يثني'], clause: true },
  { lemma: 'أفهم', past: ['أفهم'], clause: true, object: true },
  { lemma: 'أخبر', past: ['أخبر'], present: ['يخبر'], clause: true, object: true },
]

/**
 * Verbs of transmission: `نقلت الوكالة عن مصدر …` names both the outlet (the subject) and the speaker (after عن). With
 * the pronoun of a noun before them (`مزاعم نقلتها الوكالة من أن …`) they describe what the outlet passed on.
 */
export const transmissionVerbs: readonly string[] = [
  'نقل',
  'نقلت',
  'نقلوا',
  'ينقل',
  'تنقل',
  'نقلها',
  'نقلتها',
]

/**
 * Attributions that are not verbs: `بحسب الوكالة`, `وفقاً للكرملين`, `نقلاً عن مصدر`, `على لسان الوزير`. `words` are
 * the cue's words in order; `link` is the preposition the source then carries, attached (للكرملين) or apart (عن).
 */
export interface AttributionCue {
  words: readonly string[]
  lemma: string
  link?: 'ل' | 'عن' | 'إلى'
}

export const attributionCues: readonly AttributionCue[] = [
  { words: ['بحسب'], lemma: 'بحسب' },
  { words: ['حسب'], lemma: 'بحسب' },
  // حسبما نقل موقع …: حسب with ما written on it.
  { words: ['حسبما'], lemma: 'بحسب' },
  { words: ['وفقاً'], lemma: 'وفقاً لـ', link: 'ل' },
  { words: ['وفق'], lemma: 'وفقاً لـ' },
  { words: ['طبقاً'], lemma: 'وفقاً لـ', link: 'ل' },
  { words: ['نقلاً', 'عن'], lemma: 'نقلاً عن' },
  { words: ['استناداً', 'إلى'], lemma: 'استناداً إلى' },
  { words: ['على', 'لسان'], lemma: 'على لسان' },
]

/**
 * Verbs with an object pronoun that refer back to what was said: كما ذكرته الوكالة، وفق ما نقلته، وفقاً لما ذكره
 * المركز (the verb agrees with its subject, a body in the masculine or the feminine).
 */
export const relativeReportForms: readonly string[] = [
  'ذكرته',
  'نقلته',
  'أوردته',
  'أفادته',
  'قالته',
  'نشرته',
  'أعلنته',
  'ذكره',
  'نقله',
  'أورده',
  'أفاده',
  'قاله',
  'نشره',
  'أعلنه',
]

/**
 * The verbal noun of saying after ب, which reports as a participle does: `واكتفى بالقول: "…"`، `وختم كلمته بالقول إن
 * …`; the words are the subject's of the verb it completes.
 */
export const sayingByNouns: readonly string[] = ['بالقول', 'بقوله', 'بقولها', 'بقولهم']

/** `على حد قوله` and its kin after a quote refer to the speaker named before. */
export const asHePutItNouns: readonly string[] = ['قوله', 'تعبيره', 'وصفه', 'قولها', 'تعبيرها', 'وصفها']

/** Nouns of saying after the source an outlet quotes: نقلت الوكالة عن الوزير قوله إن …. */
export const sayingNouns: readonly string[] = ['قوله', 'قولها', 'قولهم', 'القول']

/**
 * Verbal nouns of saying, without the article or a possessive: they report a clause of their own (وادعائه بأن …،
 * تأكيده أن …) and are the object of a verb, never part of its subject (وجدد الرئيس التأكيد أن).
 */
export const reportingNouns: readonly string[] = [
  'تأكيد',
  'إشارة',
  'تحذير',
  'ادعاء',
  'زعم',
  'توضيح',
  'نفي',
  'اعتراف',
  'إعلان',
  'قول',
  'تشديد',
  'إقرار',
]

/** Nouns of an interview: قال في مقابلة مع التلفزيون الأردني، في تصريحات لـ"…". */
export const interviewNouns: readonly string[] = [
  'مقابلة',
  'حديث',
  'لقاء',
  'حوار',
  'اتصال',
  'تصريح',
  'تصريحات',
]
