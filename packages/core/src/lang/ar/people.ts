/**
 * People the news names often enough to be known by a short form. `short` forms identify them anywhere (بوتين);
 * `contextual` forms are common words or shared family names (الأسد، الشرع، نصر الله) and link to the person only
 * when the article names them in full, or alone after a noun of `personGenitiveNouns` or a reporting verb. A full
 * name's last word is an alias anyway; `contextual` adds the others.
 */
export interface Person {
  name: string
  variants?: readonly string[]
  short?: readonly string[]
  contextual?: readonly string[]
}

export const people: readonly Person[] = [
  // Heads of state and government, and their foreign ministers
  { name: 'فلاديمير بوتين', short: ['بوتين'] },
  { name: 'سيرغي لافروف', variants: ['سيرجي لافروف'], short: ['لافروف'] },
  { name: 'ديمتري بيسكوف', variants: ['دميتري بيسكوف'], short: ['بيسكوف'] },
  { name: 'ماريا زاخاروفا', short: ['زاخاروفا'] },
  { name: 'دميتري مدفيديف', variants: ['ديمتري مدفيديف', 'دميتري ميدفيديف'], short: ['مدفيديف', 'ميدفيديف'] },
  { name: 'سيرغي شويغو', short: ['شويغو'] },
  { name: 'دونالد ترامب', short: ['ترامب'] },
  { name: 'جو بايدن', short: ['بايدن'] },
  { name: 'باراك أوباما', short: ['أوباما'] },
  { name: 'كامالا هاريس', contextual: ['هاريس'] },
  { name: 'أنتوني بلينكن', short: ['بلينكن'] },
  { name: 'ماركو روبيو', short: ['روبيو'] },
  { name: 'جي دي فانس', contextual: ['فانس'] },
  { name: 'إيلون ماسك', variants: ['إيلون مسك'], contextual: ['ماسك'] },
  { name: 'إيمانويل ماكرون', short: ['ماكرون'] },
  { name: 'أولاف شولتس', variants: ['أولاف شولتز'], short: ['شولتس', 'شولتز'] },
  { name: 'فريدريش ميرتس', short: ['ميرتس'] },
  { name: 'أنغيلا ميركل', variants: ['أنجيلا ميركل'], short: ['ميركل'] },
  { name: 'كير ستارمر', short: ['ستارمر'] },
  { name: 'ريشي سوناك', short: ['سوناك'] },
  { name: 'جورجيا ميلوني', short: ['ميلوني'] },
  { name: 'أورسولا فون دير لاين', short: ['فون دير لاين'] },
  { name: 'شي جين بينغ', variants: ['شي جينبينغ'] },
  { name: 'ناريندرا مودي', contextual: ['مودي'] },
  { name: 'فولوديمير زيلينسكي', variants: ['فلاديمير زيلينسكي'], short: ['زيلينسكي'] },
  { name: 'رجب طيب أردوغان', variants: ['رجب أردوغان'], short: ['أردوغان'] },
  { name: 'هاكان فيدان', contextual: ['فيدان'] },
  { name: 'علي خامنئي', variants: ['آية الله علي خامنئي'], short: ['خامنئي'] },
  { name: 'مسعود بزشكيان', short: ['بزشكيان'] },
  { name: 'عباس عراقجي', short: ['عراقجي'] },
  { name: 'بنيامين نتنياهو', short: ['نتنياهو'] },
  { name: 'يسرائيل كاتس', contextual: ['كاتس'] },
  { name: 'أنطونيو غوتيريش', variants: ['أنطونيو غوتيريس'], short: ['غوتيريش', 'غوتيريس'] },
  // The Arab world
  { name: 'بشار الأسد', contextual: ['الأسد'] },
  { name: 'حافظ الأسد', contextual: ['الأسد'] },
  { name: 'أحمد الشرع', contextual: ['الشرع'] },
  { name: 'أسعد الشيباني', contextual: ['الشيباني'] },
  { name: 'عبد الفتاح السيسي', variants: ['عبدالفتاح السيسي'], contextual: ['السيسي'] },
  {
    name: 'محمد بن سلمان',
    variants: [
      'الأمير محمد بن سلمان',
      'محمد بن سلمان بن عبد العزيز',
      'محمد بن سلمان بن عبدالعزيز',
      'محمد بن سلمان آل سعود',
    ],
  },
  {
    name: 'سلمان بن عبد العزيز',
    variants: ['سلمان بن عبدالعزيز', 'سلمان بن عبد العزيز آل سعود', 'سلمان بن عبدالعزيز آل سعود'],
  },
  { name: 'فيصل بن فرحان' },
  { name: 'محمد بن زايد', variants: ['محمد بن زايد آل نهيان'] },
  { name: 'تميم بن حمد', variants: ['تميم بن حمد آل ثاني'] },
  { name: 'عبد الله الثاني', variants: ['عبدالله الثاني'] },
  { name: 'أيمن الصفدي', contextual: ['الصفدي'] },
  { name: 'محمود عباس', contextual: ['عباس'] },
  { name: 'إسماعيل هنية', contextual: ['هنية'] },
  { name: 'يحيى السنوار', contextual: ['السنوار'] },
  { name: 'حسن نصر الله', variants: ['حسن نصرالله'], contextual: ['نصر الله', 'نصرالله'] },
  { name: 'نبيه بري' },
  { name: 'جوزاف عون', variants: ['جوزيف عون'] },
  { name: 'نواف سلام' },
  { name: 'نجيب ميقاتي', short: ['ميقاتي'] },
  { name: 'محمد شياع السوداني', contextual: ['السوداني'] },
  { name: 'مصطفى الكاظمي', contextual: ['الكاظمي'] },
  { name: 'عمر البشير', contextual: ['البشير'] },
  { name: 'عبد المجيد تبون', variants: ['عبدالمجيد تبون'], short: ['تبون'] },
  { name: 'قيس سعيد' },
  { name: 'عبد الفتاح البرهان', variants: ['عبدالفتاح البرهان'], contextual: ['البرهان'] },
  { name: 'محمد حمدان دقلو', contextual: ['حميدتي', 'دقلو'] },
  { name: 'خليفة حفتر', short: ['حفتر'] },
  { name: 'عبد الملك الحوثي', contextual: ['الحوثي'] },
  { name: 'مسعود بارزاني', contextual: ['بارزاني'] },
]

/**
 * Nouns whose genitive is a person: a ruler's or commander's (نظام الأسد، حكومة السوداني، قوات حميدتي) or a speaker's
 * (خطاب الأسد، دعوة الحوثي). After one, a `contextual` form stands for its person even when the article never names
 * them in full.
 */
export const personGenitiveNouns: readonly string[] = [
  'نظام',
  'حكومة',
  'قوات',
  'عهد',
  'خطاب',
  'كلمة',
  'حديث',
  'دعوة',
  'تصريحات',
]
