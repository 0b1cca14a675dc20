/**
 * Nouns of a written or spoken statement. Defined (البيان، التقرير) they stand for the body that issued the one
 * named before (`أصدرت الوزارة بياناً … وأضاف البيان`), so the statement speaks for its issuer.
 */
export const statementNouns: readonly string[] = [
  'بيان',
  'بيانا',
  'بيانات',
  'تقرير',
  'تقريرا',
  'تقارير',
  'تقديرات',
  'توقعات',
  'إحصاءات',
  'إحصائيات',
  'معطيات',
  'بلاغ',
  'بلاغا',
  'تصريح',
  'تصريحا',
  'إعلان',
  'منشور',
  'تغريدة',
  'رسالة',
]

/**
 * Verbs that say words stand in a statement (`وجاء في بيان للوزارة أن …`، `وورد في التقرير: "…"`): the statement
 * speaks, for the body that issued it.
 */
export const statementPlaceVerbs: readonly string[] = ['جاء', 'ورد']
