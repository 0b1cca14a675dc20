import { norm } from './spelling.ts'

// How sports news names the sides of a match: a club by its bare name (الهلال، الوداد، ضمك) once the text is about
// a match. Dictionary spelling; every word is compiled through `norm`.

/** Words that make a text one about matches: with a few of them, a bare name in a match's frame is a side. */
export const matchWords: readonly string[] = [
  'مباراة',
  'المباراة',
  'مباريات',
  'الدوري',
  'دوري',
  'الشوط',
  'المدرب',
  'مدرب',
  'لاعب',
  'اللاعب',
  'لاعبي',
  'الفريق',
  'فريق',
  'ملعب',
  'استاد',
  'الجولة',
  'التعادل',
  'هدف',
  'بهدف',
  'هدفين',
  'بهدفين',
  'نقطة',
  'نقاط',
]

/**
 * Words right before a side of a match: the other side (ضد الوداد، أمام الخلود، مواجهة ضمك) or a member of the
 * side (مدرب السد، نجم الهلال، جماهير الرجاء). Read also behind و ب ل (لمواجهة، ومدرب).
 */
export const sideFrameWords: readonly string[] = [
  'ضد',
  'أمام',
  'مواجهة',
  'مضيفه',
  'ضيفه',
  'نظيره',
  'مدرب',
  'لاعب',
  'نجم',
  'حارس',
  'مهاجم',
  'مدافع',
  'جماهير',
  'جمهور',
]

/** Heads a club is named after in the same text (فريق الفيصلي، نادي الزوراء): its bare name is a side too. */
export const clubHeads: readonly string[] = ['نادي', 'فريق']

/** Words of winning before على, a few words before the side beaten (الفوز الساحق على الخلود، تغلب على الوداد). */
export const winWords: readonly string[] = [
  'فوز',
  'الفوز',
  'فوزا',
  'فوزه',
  'فوزها',
  'بالفوز',
  'بفوزه',
  'تغلب',
  'انتصار',
  'انتصاره',
]

export const matchWordSet: ReadonlySet<string> = new Set(matchWords.map(norm))
export const sideFrameWordSet: ReadonlySet<string> = new Set(sideFrameWords.map(norm))
export const clubHeadSet: ReadonlySet<string> = new Set(clubHeads.map(norm))
export const winWordSet: ReadonlySet<string> = new Set(winWords.map(norm))
