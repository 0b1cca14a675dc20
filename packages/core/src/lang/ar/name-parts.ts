// Words inside people's names that are not names themselves.

/** Kunya particles (أبو قصرة، أم كلثوم): they open a name. */
export const kunyaParticles: readonly string[] = ['أبو', 'أبي', 'أم']

/** Words that open a compound name with the word after them (عبد الله). */
export const compoundNameHeads: readonly string[] = ['عبد']

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

/** Second words of compound names: نور الدين، عبد الله، عبد الرحمن. */
export const compoundNameEndings: readonly string[] = ['الدين', 'الله', 'الرحمن', 'الرحيم']

/** سيدي (my lord), in Maghrebi names of saints, places and courts (محكمة سيدي امحمد): a noun, not a future verb. */
export const honorifics: readonly string[] = ['سيدي', 'سيد']

/** Praise said after God's name or a prophet's (الله تعالى، الله عز وجل): never part of who speaks. */
export const praiseAfterNames: readonly string[] = ['تعالى', 'سبحانه', 'عز', 'جل', 'وجل']
