/**
 * Grammatical gender of given names where the spelling misleads: most names in ة are women's (فاطمة، هدى is not),
 * these are men's; and women's names that do not end in ة. Used to agree a pronoun verb (قالت، أضاف) with the
 * person it refers to.
 */
export const masculineNamesInTaMarbuta: readonly string[] = [
  'حمزة',
  'أسامة',
  'طلحة',
  'عبيدة',
  'معاوية',
  'عروة',
  'قتيبة',
  'عكرمة',
  'حذيفة',
  'خليفة',
  'عطية',
  'جبلة',
  'ربيعة',
  'شيبة',
]

export const feminineNames: readonly string[] = [
  'هدى',
  'مريم',
  'سلمى',
  'ليلى',
  'منى',
  'نهى',
  'سعاد',
  'هند',
  'زينب',
  'رنا',
  'دانة',
  'لينا',
  'رشا',
  'ريم',
  'سناء',
  'أسماء',
  'وفاء',
  'رجاء',
  'آمال',
  'أمل',
  'نور',
  'سارة',
  'نادين',
  'ياسمين',
  'إيمان',
  'نسرين',
  'شيرين',
  'جيهان',
  'سوزان',
  'كارين',
  'ماري',
  'آن',
  'إنغريد',
  'كاترين',
  'عبير',
  'سهير',
  'نجلاء',
  'علياء',
  'بشرى',
  'سلوى',
  'نجوى',
  'لبنى',
  'رغد',
  'غادة',
]

/**
 * Nouns of everyone, singular in form, that a later pronoun verb refers to in the plural (دعا الجميع … وأكدوا): never
 * the antecedent of a singular verb (أوضح، قالت).
 */
export const everyoneNouns: readonly string[] = ['الجميع', 'الكل', 'جميعهم', 'كلهم', 'جميعا', 'الكافة']
