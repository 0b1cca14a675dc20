// Words read around an organisation's head noun to tell a body's name from an ordinary phrase (غرفة التجارة against
// a hotel room, مستشفى الحي العام against a sentence about a hospital). Dictionary spelling; compiled in `compiled.ts`.

/** Heads of a chamber, which is a body only with what it is of (`chamberComplements`). */
export const chamberHeads: readonly string[] = ['غرفة', 'الغرفة']

/** What a chamber that is a body is of (غرفة تجارة وصناعة عمّان، الغرفة التجارية، الغرفة الجزائية). */
export const chamberComplements: readonly string[] = [
  'تجارة',
  'صناعة',
  'تجارية',
  'صناعية',
  'زراعة',
  'زراعية',
  'ملاحة',
  'جزائية',
  'جنائية',
  'مدنية',
]

/** Kinds of a hospital written after its place (مستشفى الكرك الحكومي، مستشفى السلط العام). */
export const hospitalKinds: readonly string[] = ['العام', 'التعليمي', 'المركزي', 'الحكومي', 'الريفي']

/** Kinds of a school written after its name (مدرسة الأمل الابتدائية، مدرسة القرية للبنات). */
export const schoolKinds: readonly string[] = [
  'الرسمية',
  'للبنين',
  'للبنات',
  'الابتدائية',
  'الثانوية',
  'الأساسية',
]

/** "Specialised", which closes a court's or a body's name (المحكمة الجزائية المتخصصة). */
export const specialisedAdjectives: readonly string[] = ['المتخصصة', 'المختصة', 'المتخصص', 'المختص']

/** Nouns of bodies, most of them plural: a word joined to a name by a spaced و is no part of it when it is one. */
export const bodyPlurals: readonly string[] = [
  'اللجنة',
  'الأجهزة',
  'الجهات',
  'المؤسسات',
  'الهيئات',
  'الوزارات',
  'الشركات',
  'المنظمات',
  'الدوائر',
]

/** What a centre of fairs is for, after مركز and a place (مركز البحرين للمعارض، مركز القاهرة للمؤتمرات). */
export const venueGenitives: readonly string[] = ['للمعارض', 'للمؤتمرات', 'للتسوق']

/** Expo, in the two spellings outlets use. */
export const expoNames: readonly string[] = ['إكسبو', 'اكسبو']

/** What may join a venue's kind (للمعارض والمؤتمرات) or close its name (الدولية، العالمي). */
export const venueTails: readonly string[] = ['والمؤتمرات', 'والمعارض', 'الدولي', 'الدولية', 'العالمي']

/** Medical and health adjectives: after مركز and a known place they make the centre a body (مركز مصراتة الطبي). */
export const careAdjectives: readonly string[] = ['الطبي', 'الطبية', 'الصحي', 'الصحية']

/** Generic nouns written before a body the text also names bare (تنظيم قوات سوريا الديمقراطية). */
export const groupNouns: readonly string[] = ['تنظيم', 'مجموعة', 'جماعة', 'مليشيا', 'ميليشيا', 'فصيل']
