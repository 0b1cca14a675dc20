/**
 * News agencies, papers, channels and sites Arabic news cites. `headed` as in `organizations`: names that are common
 * words or places on their own (الجزيرة، الشرق الأوسط، الحياة) count only in those fuller forms (قناة الجزيرة),
 * besides `variants`; an outlet's head before its bare name (صحيفة "الحياة") is recognised by the extractor as well.
 */
export interface MediaOutlet {
  name: string
  variants?: readonly string[]
  headed?: readonly string[]
  country?: string
}

export const mediaOutlets: readonly MediaOutlet[] = [
  // Agencies
  { name: 'رويترز', variants: ['وكالة رويترز'], country: 'بريطانيا' },
  {
    name: 'فرانس برس',
    variants: ['وكالة فرانس برس', 'وكالة الصحافة الفرنسية', 'وكالة الأنباء الفرنسية', 'أ ف ب'],
    country: 'فرنسا',
  },
  { name: 'أسوشيتد برس', variants: ['وكالة أسوشيتد برس', 'أسوشييتد برس'], country: 'الولايات المتحدة' },
  { name: 'بلومبرغ', variants: ['وكالة بلومبرغ', 'بلومبيرغ'], country: 'الولايات المتحدة' },
  { name: 'سبوتنيك', variants: ['وكالة سبوتنيك'], country: 'روسيا' },
  { name: 'تاس', variants: ['وكالة تاس'], country: 'روسيا' },
  { name: 'ريا نوفوستي', variants: ['نوفوستي', 'وكالة ريا نوفوستي'], country: 'روسيا' },
  { name: 'إنترفاكس', country: 'روسيا' },
  { name: 'شينخوا', variants: ['وكالة شينخوا', 'وكالة أنباء الصين الجديدة'], country: 'الصين' },
  { name: 'الأناضول', variants: ['وكالة الأناضول'], country: 'تركيا' },
  { name: 'إرنا', variants: ['وكالة إرنا', 'وكالة الأنباء الإيرانية'], country: 'إيران' },
  { name: 'تسنيم', headed: ['وكالة تسنيم'], country: 'إيران' },
  { name: 'فارس', headed: ['وكالة فارس'], country: 'إيران' },
  {
    name: 'سانا',
    variants: ['وكالة سانا', 'وكالة الأنباء السورية', 'الوكالة العربية السورية للأنباء'],
    country: 'سوريا',
  },
  { name: 'واس', variants: ['وكالة الأنباء السعودية'], country: 'السعودية' },
  { name: 'وام', variants: ['وكالة أنباء الإمارات'], country: 'الإمارات' },
  { name: 'قنا', variants: ['وكالة الأنباء القطرية'], headed: ['وكالة قنا'], country: 'قطر' },
  { name: 'كونا', variants: ['وكالة الأنباء الكويتية'], country: 'الكويت' },
  { name: 'بترا', variants: ['وكالة الأنباء الأردنية'], headed: ['وكالة بترا'], country: 'الأردن' },
  { name: 'وفا', variants: ['وكالة الأنباء الفلسطينية'], country: 'فلسطين' },
  { name: 'واع', variants: ['وكالة الأنباء العراقية'], country: 'العراق' },
  { name: 'الوكالة الوطنية للإعلام', country: 'لبنان' },
  { name: 'وكالة أنباء الشرق الأوسط', variants: ['أ ش أ'], country: 'مصر' },
  { name: 'وكالة المغرب العربي للأنباء', country: 'المغرب' },
  { name: 'وكالة الأنباء الجزائرية', country: 'الجزائر' },
  { name: 'وكالة تونس أفريقيا للأنباء', country: 'تونس' },
  { name: 'وكالة الأنباء الألمانية', variants: ['د ب أ'], country: 'ألمانيا' },
  // Channels
  { name: 'الجزيرة', headed: ['قناة الجزيرة', 'شبكة الجزيرة', 'الجزيرة نت', 'موقع الجزيرة'], country: 'قطر' },
  { name: 'العربية', headed: ['قناة العربية', 'العربية نت', 'موقع العربية'], country: 'السعودية' },
  { name: 'الحدث', headed: ['قناة الحدث'], country: 'السعودية' },
  { name: 'سكاي نيوز عربية', variants: ['سكاي نيوز'], country: 'الإمارات' },
  { name: 'بي بي سي', variants: ['هيئة الإذاعة البريطانية', 'بي بي سي عربي'], country: 'بريطانيا' },
  { name: 'سي إن إن', variants: ['شبكة سي إن إن'], country: 'الولايات المتحدة' },
  { name: 'فوكس نيوز', country: 'الولايات المتحدة' },
  { name: 'الميادين', headed: ['قناة الميادين'], country: 'لبنان' },
  { name: 'المنار', headed: ['قناة المنار'], country: 'لبنان' },
  { name: 'روسيا اليوم', variants: ['آر تي'], headed: ['قناة روسيا اليوم'], country: 'روسيا' },
  { name: 'فرانس 24', country: 'فرنسا' },
  { name: 'دويتشه فيله', variants: ['دويتشه فيلله'], country: 'ألمانيا' },
  { name: 'الحرة', headed: ['قناة الحرة'], country: 'الولايات المتحدة' },
  { name: 'القاهرة الإخبارية', headed: ['قناة القاهرة الإخبارية'], country: 'مصر' },
  // Papers and sites
  { name: 'نيويورك تايمز', variants: ['النيويورك تايمز'], country: 'الولايات المتحدة' },
  { name: 'واشنطن بوست', variants: ['الواشنطن بوست'], country: 'الولايات المتحدة' },
  { name: 'وول ستريت جورنال', variants: ['الوول ستريت جورنال'], country: 'الولايات المتحدة' },
  { name: 'بوليتيكو', country: 'الولايات المتحدة' },
  { name: 'أكسيوس', country: 'الولايات المتحدة' },
  { name: 'الغارديان', variants: ['غارديان'], country: 'بريطانيا' },
  { name: 'فايننشال تايمز', variants: ['الفايننشال تايمز'], country: 'بريطانيا' },
  { name: 'التايمز', headed: ['صحيفة التايمز'], country: 'بريطانيا' },
  { name: 'الإندبندنت', variants: ['إندبندنت'], country: 'بريطانيا' },
  { name: 'الإيكونوميست', variants: ['إيكونوميست'], country: 'بريطانيا' },
  { name: 'لوموند', country: 'فرنسا' },
  { name: 'لوفيغارو', country: 'فرنسا' },
  { name: 'دير شبيغل', variants: ['شبيغل'], country: 'ألمانيا' },
  { name: 'هآرتس', country: 'إسرائيل' },
  { name: 'يديعوت أحرونوت', country: 'إسرائيل' },
  { name: 'تايمز أوف إسرائيل', country: 'إسرائيل' },
  { name: 'إزفستيا', country: 'روسيا' },
  { name: 'كوميرسانت', country: 'روسيا' },
  { name: 'الشرق الأوسط', headed: ['صحيفة الشرق الأوسط', 'جريدة الشرق الأوسط'], country: 'السعودية' },
  { name: 'الحياة', headed: ['صحيفة الحياة', 'جريدة الحياة'] },
  { name: 'النهار', headed: ['صحيفة النهار', 'جريدة النهار'], country: 'لبنان' },
  { name: 'الأخبار', headed: ['صحيفة الأخبار', 'جريدة الأخبار'], country: 'لبنان' },
  { name: 'الأهرام', headed: ['صحيفة الأهرام', 'جريدة الأهرام'], country: 'مصر' },
  { name: 'الوطن', headed: ['صحيفة الوطن', 'جريدة الوطن'] },
  { name: 'القدس العربي', country: 'بريطانيا' },
  { name: 'العربي الجديد', country: 'قطر' },
  { name: 'الخليج', headed: ['صحيفة الخليج', 'جريدة الخليج'], country: 'الإمارات' },
  { name: 'البيان', headed: ['صحيفة البيان', 'جريدة البيان'], country: 'الإمارات' },
  { name: 'عكاظ', headed: ['صحيفة عكاظ'], country: 'السعودية' },
  { name: 'المدى', headed: ['صحيفة المدى'], country: 'العراق' },
  { name: 'الشروق', headed: ['صحيفة الشروق', 'جريدة الشروق'] },
  { name: 'المصري اليوم', headed: ['صحيفة المصري اليوم', 'جريدة المصري اليوم'], country: 'مصر' },
  { name: 'اليوم السابع', headed: ['صحيفة اليوم السابع', 'موقع اليوم السابع'], country: 'مصر' },
  { name: 'عنب بلدي', country: 'سوريا' },
  { name: 'الوطن السورية', country: 'سوريا' },
  // Social networks, cited as outlets are
  { name: 'فيسبوك', variants: ['فيس بوك'] },
  { name: 'تويتر' },
  { name: 'إكس', headed: ['منصة إكس'] },
  { name: 'يوتيوب' },
  { name: 'إنستغرام', variants: ['إنستجرام', 'انستغرام'] },
  { name: 'تيك توك' },
  { name: 'تلغرام', variants: ['تيليغرام', 'تليغرام'] },
]

/**
 * Last words that make an outlet's name of the words before them (بلدي نيوز، الوكيل الإخباري، شمس برس): the name
 * takes up to two words before the ending.
 */
export const mediaNameEndings: readonly string[] = [
  'نيوز',
  'برس',
  'الإخباري',
  'الإخبارية',
  'نت',
  'أونلاين',
  'تيفي',
]

/** Function words that are also words of outlets' names (المصري اليوم، وطنا اليوم، بلدي نيوز). */
export const mediaNameWords: readonly string[] = ['اليوم', 'الآن', 'بلدي']
