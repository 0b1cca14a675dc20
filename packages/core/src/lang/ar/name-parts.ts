// Words inside people's names that are not names themselves.

/** Kunya particles (أبو قصرة، أم كلثوم): they open a name. */
export const kunyaParticles: readonly string[] = ['أبو', 'أبي', 'أم']

/** Words that open a compound name with the word after them (عبد الله). */
export const compoundNameHeads: readonly string[] = ['عبد']

/** عبد and أبو, which open a compound name (عبد الرازق، أبو بكر): names a man bears. */
export const compoundOpenings: readonly string[] = [...compoundNameHeads, 'أبو']

/** The other words that join the parts of a compound name: بن سلمان، آل مسعود، منت, and foreign particles. */
export const nameParticles: readonly string[] = [
  'أبا',
  'بن',
  'ابن',
  'بنت',
  'منت',
  'آل',
  'ولد',
  'دي',
  'فون',
  'فان',
  'دير',
  'لا',
  'دو',
]

/**
 * Family names that are also prepositions (محمد خلف): inside a name only where the context vouches for one, after a
 * title or a given name and before a comma, a title, a verb or a complementiser.
 */
export const familyNamesOfFunctionWords: readonly string[] = ['خلف']

/** Given names with the article that are also roles (محمد الأمين، محمد المختار; الأمين العام، مختار القرية). */
export const definiteNamesOfRoles: readonly string[] = ['الأمين', 'المختار']

/** Particles of descent (son or daughter of): a word with the article before them is a given name (المختار ولد …). */
export const descentParticles: readonly string[] = ['بن', 'بنت', 'منت', 'ولد']

/**
 * The particles of descent of Mauritanian names, where the father's name is often followed by the family's (إسلمو
 * ولد محمد أمبادي، محمد المصطفى ولد المين فال).
 */
export const maghrebiDescentParticles: readonly string[] = ['منت', 'ولد']

/**
 * Second words of compound names: نور الدين، عبد الله، عبد الرحمن، سيف الإسلام. After one of them a woman's given name
 * is the first word of a man's (نور الدين).
 */
export const compoundNameEndings: readonly string[] = ['الدين', 'الله', 'الرحمن', 'الرحيم', 'الإسلام']

/**
 * Last words many family names share (the Turkish «son of»: كليجدار أوغلو، داود أوغلو): such a name is known by the
 * word before it, which outlets also spell in more ways than one.
 */
export const sharedFamilyEndings: readonly string[] = ['أوغلو', 'اوغلو', 'أغلو']

/**
 * Names of God after عبد in a compound given name, which is also written joined (عبدالله، عبدالعزيز، عبدالرحمن):
 * the joined forms are given names of their own.
 */
export const namesAfterAbd: readonly string[] = [
  'الله',
  'الرحمن',
  'الرحيم',
  'العزيز',
  'الكريم',
  'الحميد',
  'المجيد',
  'الملك',
  'السلام',
  'اللطيف',
  'الفتاح',
  'الوهاب',
  'القادر',
  'الحليم',
  'الباسط',
  'المنعم',
  'العظيم',
  'الغني',
  'الهادي',
  'الناصر',
  'الحكيم',
  'الرزاق',
  'الستار',
  'الجليل',
  'الخالق',
  'الرؤوف',
  'الصمد',
  'الحي',
  'القيوم',
  'الإله',
  'الحفيظ',
  'الودود',
  'المحسن',
  'الباري',
  'الواحد',
  'الجبار',
  'المطلب',
  'الأمير',
]

/** Words of respect written before a title or a name (سمو الشيخ، معالي الوزير، صاحب الجلالة السلطان): not a name. */
export const honorificsBeforeNames: readonly string[] = [
  'سمو',
  'معالي',
  'فضيلة',
  'سعادة',
  'فخامة',
  'جلالة',
  'سماحة',
  'حضرة',
  'صاحب',
  'السمو',
  'الجلالة',
  'المعالي',
  'الفخامة',
  'السعادة',
  'الفضيلة',
  'السماحة',
]

/** Words of respect before a name that take no possessive pronoun for its bearer (صاحبه is an owner, not a title). */
const honorificsWithoutPronoun: readonly string[] = ['حضرة', 'صاحب']

/**
 * Words of respect that stand, with a possessive pronoun, for the one who holds them (وقال معاليه، وأكدت سعادتها): the
 * pronoun refers to the title holder named before. The words of `honorificsBeforeNames` without the article, but
 * `honorificsWithoutPronoun`; the forms with ه and ها are derived in `compiled.ts`.
 */
export const honorificsWithPronoun: readonly string[] = honorificsBeforeNames.filter(
  (word) => !word.startsWith('ال') && !honorificsWithoutPronoun.includes(word),
)

/** Words of respect or prayer written after a name (قابوس بن سعيد المعظم، حفظه الله): they end the name. */
export const honorificsAfterNames: readonly string[] = [
  'المعظم',
  'المفدى',
  'حفظه',
  'حفظها',
  'رحمه',
  'رحمها',
  'رعاه',
  'أيده',
  'يحفظه',
  'طيب',
]

/**
 * Family names of Gulf houses that are also ordinary words or given names with the article (الصباح the morning,
 * الخالد the eternal): after a given name and a father's name they continue the name (نواف سعود الناصر الصباح).
 */
export const familyNamesOfHouses: readonly string[] = [
  'الصباح',
  'الخالد',
  'الناصر',
  'الأحمد',
  'الجابر',
  'السالم',
  'الحمد',
  'الحمود',
  'الفهد',
  'المبارك',
  'القاسمي',
  'النعيمي',
  'المعلا',
  'الشرقي',
  'النهيان',
  'المكتوم',
  'الخليفة',
  'الفيصل',
  'السعود',
  'العبدالله',
]

/** سيدي (my lord), in Maghrebi names of saints, places and courts (محكمة سيدي امحمد): a noun, not a future verb. */
export const honorifics: readonly string[] = ['سيدي', 'سيد']

/** Praise said after God's name or a prophet's (الله تعالى، الله عز وجل): never part of who speaks. */
export const praiseAfterNames: readonly string[] = ['تعالى', 'سبحانه', 'عز', 'جل', 'وجل']

/** The minute of a goal, after its scorer's name (وأجايي في الدقيقة 16، وليد أزارو بالدقيقة 7). */
export const scoringMinuteWords: readonly string[] = ['الدقيقة']

/** Verbs of scoring whose subject is a list of scorers after the team (سجل للضيوف، فلان وفلان؛ أحرز للهلال كل من …). */
export const scoringVerbs: readonly string[] = ['سجل', 'أحرز']
