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
  /** What the outlet is: a news agency, a paper, a television channel, a news site, or a social network. */
  kind: OutletKind
  /** Host names it publishes under, without `www.`; a subdomain of one is the outlet too. */
  domains?: readonly string[]
  /** A social network's names in Latin letters, as a head announces them (منصة X). */
  latin?: readonly string[]
}

export type OutletKind = 'agency' | 'paper' | 'tv' | 'site' | 'social'

export const mediaOutlets: readonly MediaOutlet[] = [
  // Agencies
  {
    name: 'رويترز',
    variants: ['وكالة رويترز'],
    country: 'بريطانيا',
    kind: 'agency',
    domains: ['reuters.com'],
  },
  {
    name: 'فرانس برس',
    kind: 'agency',
    domains: ['afp.com'],
    variants: ['وكالة فرانس برس', 'وكالة الصحافة الفرنسية', 'وكالة الأنباء الفرنسية', 'أ ف ب'],
    country: 'فرنسا',
  },
  {
    name: 'أسوشيتد برس',
    variants: ['وكالة أسوشيتد برس', 'أسوشييتد برس'],
    country: 'الولايات المتحدة',
    kind: 'agency',
    domains: ['apnews.com'],
  },
  { name: 'بلومبرغ', variants: ['وكالة بلومبرغ', 'بلومبيرغ'], country: 'الولايات المتحدة', kind: 'agency' },
  {
    name: 'سبوتنيك',
    variants: ['وكالة سبوتنيك'],
    country: 'روسيا',
    kind: 'agency',
    domains: ['sputniknews.com', 'sputnikarabic.ae'],
  },
  { name: 'تاس', variants: ['وكالة تاس'], country: 'روسيا', kind: 'agency' },
  { name: 'ريا نوفوستي', variants: ['نوفوستي', 'وكالة ريا نوفوستي'], country: 'روسيا', kind: 'agency' },
  { name: 'إنترفاكس', country: 'روسيا', kind: 'agency' },
  {
    name: 'شينخوا',
    variants: ['وكالة شينخوا', 'وكالة أنباء الصين الجديدة'],
    country: 'الصين',
    kind: 'agency',
  },
  {
    name: 'الأناضول',
    variants: ['وكالة الأناضول'],
    country: 'تركيا',
    kind: 'agency',
    domains: ['aa.com.tr'],
  },
  { name: 'إرنا', variants: ['وكالة إرنا', 'وكالة الأنباء الإيرانية'], country: 'إيران', kind: 'agency' },
  { name: 'تسنيم', headed: ['وكالة تسنيم'], country: 'إيران', kind: 'agency' },
  { name: 'فارس', headed: ['وكالة فارس'], country: 'إيران', kind: 'agency' },
  {
    name: 'سانا',
    kind: 'agency',
    domains: ['sana.sy'],
    variants: ['وكالة سانا', 'وكالة الأنباء السورية', 'الوكالة العربية السورية للأنباء'],
    country: 'سوريا',
  },
  {
    name: 'واس',
    variants: ['وكالة الأنباء السعودية'],
    country: 'السعودية',
    kind: 'agency',
    domains: ['spa.gov.sa'],
  },
  {
    name: 'وام',
    variants: ['وكالة أنباء الإمارات'],
    country: 'الإمارات',
    kind: 'agency',
    domains: ['wam.ae'],
  },
  {
    name: 'قنا',
    variants: ['وكالة الأنباء القطرية'],
    headed: ['وكالة قنا'],
    country: 'قطر',
    kind: 'agency',
    domains: ['qna.org.qa'],
  },
  {
    name: 'كونا',
    variants: ['وكالة الأنباء الكويتية'],
    country: 'الكويت',
    kind: 'agency',
    domains: ['kuna.net.kw'],
  },
  {
    name: 'بترا',
    variants: ['وكالة الأنباء الأردنية'],
    headed: ['وكالة بترا'],
    country: 'الأردن',
    kind: 'agency',
    domains: ['petra.gov.jo'],
  },
  {
    name: 'وفا',
    variants: ['وكالة الأنباء الفلسطينية'],
    country: 'فلسطين',
    kind: 'agency',
    domains: ['wafa.ps'],
  },
  {
    name: 'واع',
    variants: ['وكالة الأنباء العراقية'],
    country: 'العراق',
    kind: 'agency',
    domains: ['ina.iq'],
  },
  { name: 'الوكالة الوطنية للإعلام', country: 'لبنان', kind: 'agency', domains: ['nna-leb.gov.lb'] },
  {
    name: 'وكالة أنباء الشرق الأوسط',
    variants: ['أ ش أ'],
    country: 'مصر',
    kind: 'agency',
    domains: ['mena.org.eg'],
  },
  {
    name: 'وكالة المغرب العربي للأنباء',
    country: 'المغرب',
    kind: 'agency',
    domains: ['mapexpress.ma', 'mapnews.ma'],
  },
  { name: 'وكالة الأنباء الجزائرية', country: 'الجزائر', kind: 'agency', domains: ['aps.dz'] },
  { name: 'وكالة تونس أفريقيا للأنباء', country: 'تونس', kind: 'agency', domains: ['tap.info.tn'] },
  { name: 'وكالة الأنباء الألمانية', variants: ['د ب أ'], country: 'ألمانيا', kind: 'agency' },
  // Channels
  {
    name: 'الجزيرة',
    headed: ['قناة الجزيرة', 'شبكة الجزيرة', 'الجزيرة نت', 'موقع الجزيرة'],
    country: 'قطر',
    kind: 'tv',
    domains: ['aljazeera.net', 'aljazeera.com'],
  },
  {
    name: 'الجزيرة مباشر',
    headed: ['قناة الجزيرة مباشر'],
    country: 'قطر',
    kind: 'tv',
    domains: ['mubasher.aljazeera.net'],
  },
  {
    name: 'العربية',
    headed: ['قناة العربية', 'العربية نت', 'موقع العربية'],
    country: 'السعودية',
    kind: 'tv',
    domains: ['alarabiya.net'],
  },
  { name: 'الحدث', headed: ['قناة الحدث'], country: 'السعودية', kind: 'tv', domains: ['alhadath.net'] },
  {
    name: 'سكاي نيوز عربية',
    variants: ['سكاي نيوز'],
    country: 'الإمارات',
    kind: 'tv',
    domains: ['skynewsarabia.com'],
  },
  {
    name: 'بي بي سي',
    variants: ['هيئة الإذاعة البريطانية', 'بي بي سي عربي'],
    country: 'بريطانيا',
    kind: 'tv',
    domains: ['bbc.com', 'bbc.co.uk'],
  },
  {
    name: 'سي إن إن',
    variants: ['شبكة سي إن إن'],
    country: 'الولايات المتحدة',
    kind: 'tv',
    domains: ['cnn.com', 'cnnarabic.com'],
  },
  { name: 'فوكس نيوز', country: 'الولايات المتحدة', kind: 'tv' },
  { name: 'الميادين', headed: ['قناة الميادين'], country: 'لبنان', kind: 'tv', domains: ['almayadeen.net'] },
  { name: 'المنار', headed: ['قناة المنار'], country: 'لبنان', kind: 'tv', domains: ['almanar.com.lb'] },
  {
    name: 'روسيا اليوم',
    variants: ['آر تي'],
    headed: ['قناة روسيا اليوم'],
    country: 'روسيا',
    kind: 'tv',
    domains: ['rt.com', 'arabic.rt.com'],
  },
  { name: 'فرانس 24', country: 'فرنسا', kind: 'tv', domains: ['france24.com'] },
  { name: 'دويتشه فيله', variants: ['دويتشه فيلله'], country: 'ألمانيا', kind: 'tv', domains: ['dw.com'] },
  {
    name: 'الحرة',
    headed: ['قناة الحرة'],
    country: 'الولايات المتحدة',
    kind: 'tv',
    domains: ['alhurra.com'],
  },
  {
    name: 'القاهرة الإخبارية',
    headed: ['قناة القاهرة الإخبارية'],
    country: 'مصر',
    kind: 'tv',
    domains: ['alqaheranews.net'],
  },
  // Papers and sites
  { name: 'نيويورك تايمز', variants: ['النيويورك تايمز'], country: 'الولايات المتحدة', kind: 'paper' },
  { name: 'واشنطن بوست', variants: ['الواشنطن بوست'], country: 'الولايات المتحدة', kind: 'paper' },
  { name: 'وول ستريت جورنال', variants: ['الوول ستريت جورنال'], country: 'الولايات المتحدة', kind: 'paper' },
  { name: 'بوليتيكو', country: 'الولايات المتحدة', kind: 'paper' },
  { name: 'أكسيوس', country: 'الولايات المتحدة', kind: 'paper' },
  { name: 'الغارديان', variants: ['غارديان'], country: 'بريطانيا', kind: 'paper' },
  { name: 'فايننشال تايمز', variants: ['الفايننشال تايمز'], country: 'بريطانيا', kind: 'paper' },
  { name: 'التايمز', headed: ['صحيفة التايمز'], country: 'بريطانيا', kind: 'paper' },
  { name: 'الإندبندنت', variants: ['إندبندنت'], country: 'بريطانيا', kind: 'paper' },
  { name: 'الإيكونوميست', variants: ['إيكونوميست'], country: 'بريطانيا', kind: 'paper' },
  { name: 'لوموند', country: 'فرنسا', kind: 'paper' },
  { name: 'لوفيغارو', country: 'فرنسا', kind: 'paper' },
  { name: 'دير شبيغل', variants: ['شبيغل'], country: 'ألمانيا', kind: 'paper' },
  { name: 'هآرتس', country: 'إسرائيل', kind: 'paper' },
  { name: 'يديعوت أحرونوت', country: 'إسرائيل', kind: 'paper' },
  { name: 'تايمز أوف إسرائيل', country: 'إسرائيل', kind: 'paper' },
  { name: 'إزفستيا', country: 'روسيا', kind: 'paper' },
  { name: 'كوميرسانت', country: 'روسيا', kind: 'paper' },
  {
    name: 'الشرق الأوسط',
    headed: ['صحيفة الشرق الأوسط', 'جريدة الشرق الأوسط'],
    country: 'السعودية',
    kind: 'paper',
    domains: ['aawsat.com'],
  },
  { name: 'الحياة', headed: ['صحيفة الحياة', 'جريدة الحياة'], kind: 'paper' },
  {
    name: 'النهار',
    headed: ['صحيفة النهار', 'جريدة النهار'],
    country: 'لبنان',
    kind: 'paper',
    domains: ['annahar.com', 'annahar.com.lb'],
  },
  {
    name: 'الأخبار',
    headed: ['صحيفة الأخبار', 'جريدة الأخبار'],
    country: 'لبنان',
    kind: 'paper',
    domains: ['al-akhbar.com'],
  },
  {
    name: 'الأهرام',
    headed: ['صحيفة الأهرام', 'جريدة الأهرام'],
    country: 'مصر',
    kind: 'paper',
    domains: ['ahram.org.eg'],
  },
  { name: 'الوطن', headed: ['صحيفة الوطن', 'جريدة الوطن'], kind: 'paper' },
  { name: 'القدس العربي', country: 'بريطانيا', kind: 'paper', domains: ['alquds.co.uk'] },
  { name: 'العربي الجديد', country: 'قطر', kind: 'site', domains: ['alaraby.co.uk'] },
  {
    name: 'الخليج',
    headed: ['صحيفة الخليج', 'جريدة الخليج'],
    country: 'الإمارات',
    kind: 'paper',
    domains: ['alkhaleej.ae'],
  },
  {
    name: 'البيان',
    headed: ['صحيفة البيان', 'جريدة البيان'],
    country: 'الإمارات',
    kind: 'paper',
    domains: ['albayan.ae'],
  },
  { name: 'عكاظ', headed: ['صحيفة عكاظ'], country: 'السعودية', kind: 'paper', domains: ['okaz.com.sa'] },
  { name: 'المدى', headed: ['صحيفة المدى'], country: 'العراق', kind: 'paper', domains: ['almadapaper.net'] },
  { name: 'الشروق', headed: ['صحيفة الشروق', 'جريدة الشروق'], kind: 'paper', domains: ['shorouknews.com'] },
  {
    name: 'المصري اليوم',
    headed: ['صحيفة المصري اليوم', 'جريدة المصري اليوم'],
    country: 'مصر',
    kind: 'paper',
    domains: ['almasryalyoum.com'],
  },
  {
    name: 'اليوم السابع',
    headed: ['صحيفة اليوم السابع', 'موقع اليوم السابع'],
    country: 'مصر',
    kind: 'paper',
    domains: ['youm7.com'],
  },
  { name: 'إرم نيوز', kind: 'site', country: 'الإمارات', domains: ['eremnews.com'] },
  { name: 'سوريا 24', kind: 'site', country: 'سوريا', domains: ['syria-24.com'] },
  { name: 'عربي 21', variants: ['عربي21'], kind: 'site', country: 'بريطانيا', domains: ['arabi21.com'] },
  {
    name: 'الشرق',
    headed: ['الشرق للأخبار', 'قناة الشرق'],
    kind: 'tv',
    country: 'السعودية',
    domains: ['asharq.com'],
  },
  { name: 'عنب بلدي', country: 'سوريا', kind: 'site', domains: ['enabbaladi.net'] },
  { name: 'الوطن السورية', country: 'سوريا', kind: 'paper', domains: ['alwatan.sy'] },
  // Social networks: known so that their pages and share lines are told apart; no outlet (`socialPlatformNames`)
  {
    name: 'فيسبوك',
    variants: ['فيس بوك'],
    kind: 'social',
    domains: ['facebook.com'],
    latin: ['Facebook'],
  },
  { name: 'تويتر', kind: 'social', domains: ['twitter.com'], latin: ['Twitter'] },
  { name: 'إكس', headed: ['منصة إكس'], kind: 'social', domains: ['x.com'], latin: ['X'] },
  { name: 'يوتيوب', kind: 'social', domains: ['youtube.com'], latin: ['YouTube'] },
  {
    name: 'إنستغرام',
    variants: ['إنستجرام', 'انستغرام'],
    kind: 'social',
    domains: ['instagram.com'],
    latin: ['Instagram'],
  },
  { name: 'تيك توك', kind: 'social', domains: ['tiktok.com'], latin: ['TikTok'] },
  {
    name: 'تلغرام',
    variants: ['تيليغرام', 'تليغرام'],
    kind: 'social',
    domains: ['t.me', 'telegram.org'],
    latin: ['Telegram'],
  },
]

/**
 * Last words that make an outlet's name of the words before them (بلدي نيوز، الوكيل الإخباري، شمس برس): the name
 * takes up to two words before the ending.
 */
export const mediaNameEndings: readonly string[] = [
  'نيوز',
  'برس',
  // Press as many outlets write it in their own name (شمس بريس).
  'بريس',
  'الإخباري',
  'الإخبارية',
  // The form without the أ of the verbal noun, as many outlets write their own name (وكالة … الخبرية).
  'الخبري',
  'الخبرية',
  'نت',
  'أونلاين',
  'تيفي',
  'إنفو',
]

/** Function words that are also words of outlets' names (المصري اليوم، وطنا اليوم، بلدي نيوز). */
export const mediaNameWords: readonly string[] = ['اليوم', 'الآن', 'بلدي']

/** Genitives with ل that make a body an outlet: الهيئة العامة للإذاعة والتلفزيون، الوكالة الوطنية للإعلام. */
export const mediaGenitives: readonly string[] = ['للأنباء', 'للإعلام', 'للإذاعة', 'للتلفزيون', 'للصحافة']

/** Words after a place that make it, with an outlet head before it, an outlet's name (وكالة السودان الرسمية). */
export const placeOutletEndings: readonly string[] = ['للأنباء', 'الرسمية', 'الرسمي', 'الإخبارية', 'الإخباري']

/** A news noun between an outlet head and the place it serves (شبكة أخبار العراق، موقع أخبار ليبيا). */
export const placeOutletNewsNouns: readonly string[] = ['أخبار', 'أنباء']

/** FM in Arabic letters, its first word and its second (إف إم، أف أم): it closes a radio's name. */
export const fmFirstLetters: readonly string[] = ['إف', 'أف']
export const fmSecondLetters: readonly string[] = ['إم', 'أم']

/** Words of time that end an outlet's name right before a credit's dash (أحداث اليوم -، فلسطين الآن -). */
export const timeNameEndings: readonly string[] = ['اليوم', 'الآن', 'الساعة', 'الأسبوع']

/** News adjectives that end an outlet's name after its head (وكالة نون الخبرية), but a bare noun's adjective alone. */
export const bareNewsEndings: readonly string[] = ['الخبري', 'الخبرية']

/** A broadcaster's definite heads (التلفزيون العربي، القناة الأولى), named by their adjective after a newsroom noun. */
export const broadcasterHeads: readonly string[] = [
  'التلفزيون',
  'التليفزيون',
  'الإذاعة',
  'القناة',
  'الفضائية',
]

/**
 * Adjectives of an outlet after its name (شبكة NAME الإعلامية، موقع NAME الإخباري): after a head that takes no
 * unquoted name alone (شبكة، موقع، وكالة), they vouch that the words between are an outlet's name.
 */
export const outletAdjectives: readonly string[] = ['الإعلامية', 'الإعلامي', 'الإخبارية', 'الإخباري']

/** Adjectives any site may carry (موقع إخباري، موقع رسمي): after موقع they name no outlet. */
export const siteAdjectives: readonly string[] = [
  'إخباري',
  'إلكتروني',
  'الكتروني',
  'رسمي',
  'محلي',
  'حكومي',
  'خاص',
  'متخصص',
  'عربي',
  'دولي',
  'أجنبي',
  'معارض',
  'مقرب',
]

/**
 * The news media and their people in general (لـ"وسائل الإعلام"، لـ"الصحفيين"): words spoken to them in quote marks
 * name no outlet.
 */
export const generalMediaNouns: readonly string[] = [
  'وسائل',
  'الصحفيين',
  'الصحافيين',
  'الإعلاميين',
  'الصحافة',
]
