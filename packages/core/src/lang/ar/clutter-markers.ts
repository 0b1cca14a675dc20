import { codeUnit } from '../../normalize/code-unit.ts'
import { CodeUnits } from '../../normalize/code-units.ts'
import { createFold } from '../../normalize/fold.ts'
import { TokenCursor } from '../../normalize/tokenize.ts'
import { gregorianMonths, hijriMonths, levantineMonths, timeUnits, weekdays } from './calendar.ts'
import { mediaHeads } from './heads.ts'
import { mediaNameEndings } from './media.ts'

// Phrases that mark the page clutter scrapers leave in news text, in dictionary spelling, one phrase a line.
// Compiled through `clutterWords`, so a written أيضاً, ايضا or أيضًا all match; Latin is lower-cased.

/** Headers of link lists and the words of menus: read also, most read, related, tags, breadcrumbs. */
const NAVIGATION_HEADERS = `اقرأ أيضا
أقراء أيضا
اقرأ أيضاً
اقرأ كذلك
اقرأ كمان
شوف كمان
اقرأ المزيد
اقرأ أكثر
شاهد أيضا
طالع أيضا
تابع أيضا
الأكثر قراءة
الأكثر مشاهدة
الأكثر تداولا
الأكثر تعليقا
الأكثر شعبية
الأكثر انتشارا
الأكثر مشاركة
أخبار ذات صلة
مواضيع ذات صلة
موضوعات ذات صلة
مقالات ذات صلة
روابط ذات صلة
ذات صلة
أخبار متعلقة
مواضيع متعلقة
اخترنا لك
اخترنا لكم
يهمك أيضا
عرض المزيد
مشاهدة المزيد
قد يهمك
قد يهمك أيضا
قد يعجبك
قد يعجبك أيضا
قد تهمك
مواضيع قد تهمك
أخبار قد تهمك
مقالات قد تهمك
آخر الأخبار
أحدث الأخبار
أهم الأخبار
أبرز الأخبار
أكمل القراءة
تابع القراءة
مواضيع
القسم
أخبار مميزة
المزيد من الأخبار
المزيد من
مزيد من الأخبار
للمزيد عن
للمزيد حول
للمزيد من التفاصيل
مقال مقترح
اعرف المزيد
اعرف أكثر
آخر المشاركات
كلمات دلالية
الكلمات الدلالية
كلمات مفتاحية
الكلمات المفتاحية
الوسوم
وسوم
التصنيفات
تصنيفات
أنت هنا
read also
read more
see also
check also
related
related articles
related posts
more stories
read next
related news
related stories
most read
most popular
most viewed
latest news
latest
recent
recent posts
trending
tags
you may also like
you are here`

/** The verbs that open a "read also" line: after them, a title may follow without a colon. */
const READ_ALSO_VERBS = `قد يهمك
قد يعجبك
اقرأ
إقرأ
شاهد
طالع
للمزيد
تابع
read
see`

/** The home page's item, where a breadcrumb opens. */
const HOME_PAGE = `الرئيسية
الصفحة الرئيسية
home`

/** Section names of news sites: a line of these alone, at the top or bottom of a page, is a menu. */
const SECTION_NAMES = `الرئيسية
الصفحة الرئيسية
أخبار
الأخبار
سياسة
اقتصاد
رياضة
محليات
عربي
دولي
عربي ودولي
عالمي
منوعات
فن
فنون
ثقافة
صحة
تكنولوجيا
علوم
تقارير
تحقيقات
مقالات
رأي
آراء
حوادث
مجتمع
تعليم
فيديو
صور
ملفات
عاجل
بث مباشر
اتصل بنا
من نحن
home
news
politics
economy
sports
world
opinion`

/** The words of pagination lines, beside page numbers. */
const PAGINATION_WORDS = `التالي
السابق
الموالي
المقال التالي
المقال السابق
المقال الموالي
الخبر التالي
الخبر السابق
الخبر الموالي
الموضوع التالي
الموضوع السابق
الموضوع الموالي
الصفحة
صفحة
الأولى
الأخيرة
من
المزيد
تحميل المزيد
next
previous
prev
page
of
older
newer
load more`

/** Openers of author lines that a name may follow without a colon: `بقلم سامي الخطيب`. */
const NAME_OPENERS = `كتب
كتبت
بقلم
المحرر
الكاتب
الكاتبة
بواسطة
by
written by`

/** Openers of author and credit lines, followed by a colon or dash: `المصدر: …`، `إعداد - …`. */
const BYLINE_OPENERS = `كتب
كتبت
بقلم
إعداد
تحرير
متابعة
ترجمة
المصدر
مصدر الخبر
المحرر
محرر
الكاتب
الكاتبة
مراسل
مراسلة
بواسطة
نشر بواسطة
by
written by
author
source
reporter
editor`

/** Openers of date lines: `تاريخ النشر: …`، `آخر تحديث …`. */
const DATELINE_OPENERS = `تاريخ النشر
أضيف في
أضيف بتاريخ
نشر في
نشر بتاريخ
تم النشر
تم النشر في
نشر
آخر تحديث
تم التحديث
تحديث
التاريخ
بتاريخ
العدد
published
updated
last updated
posted
posted on
date`

/**
 * Words that may stand in a date line beside numbers, months and weekdays; among them the weekdays without the article,
 * as content systems stamp a page (`ثلاثاء, 17/08/2021 - 09:30`).
 */
const DATE_WORDS = `الساعة
اليوم
أحد
اثنين
إثنين
ثلاثاء
أربعاء
خميس
جمعة
سبت
ساعة
ساعات
صباحا
مساء
ص
م
منذ
ثانية
ثوان
ثواني
دقيقة
دقائق
يوم
أيام
يوما
أسبوع
شهر
الموافق
بتوقيت
غرينتش
مكة
ميلادي
ميلاديا
هـ
هجري
هجريا
و
في
gmt
utc
eet
eest
cet
cest
bst
ast
est
edt
am
pm
ago
at
on
seconds
second
minutes
minute
hours
hour
days
day
january
february
march
april
may
june
july
august
september
october
november
december
jan
feb
mar
apr
jun
jul
aug
sep
sept
oct
nov
dec
monday
tuesday
wednesday
thursday
friday
saturday
sunday`

/** Openers of photo captions and credits. */
const CAPTION_OPENERS = `صورة أرشيفية
صورة توضيحية
توضيحية
رسم توضيحي
الصورة من
صورة تعبيرية
صورة من الأرشيف
صورة
الصورة
الصور
تصوير
أرشيفية
photo
image
credit
photo credit`

/** Who a photo is credited to: a line ending with one of these in brackets is a caption. */
const PHOTO_CREDITS = `رويترز
أ ف ب
أ ب
فرانس برس
الأناضول
إي بي إيه
غيتي
جيتي
غيتي إيميجز
وكالات
أرشيف
أرشيفية
صورة أرشيفية
مواقع التواصل
مواقع التواصل الاجتماعي
الإنترنت
إنترنت
reuters
afp
ap
epa
getty
getty images
anadolu
shutterstock`

/** A line of these words alone is an advertisement slot. */
const AD_MARKERS = `إعلان
إعلانات
مساحة إعلانية
محتوى إعلاني
محتوى مدفوع
محتوى ممول
advertisement
advertising
ad
ads
sponsored
sponsored content`

/** Words of share bars: a line made only of these (and numbers) is a share bar. */
const SHARE_WORDS = `شارك
تابعونا
تابعنا
شاركها
شارك الخبر
شارك المقال
مشاركة
انشر
انشرها
عبر
على
share
share to
share on
tweet
البريد الإلكتروني
بريد إلكتروني
طباعة
اطبع
نسخ الرابط
تم نسخ الرابط
رابط مختصر
حفظ
انسخ الرابط
الرابط
email
print
copy link
link`

/** Social platforms, where share bars send a page and follow prompts send its readers. */
const PLATFORM_NAMES = `فيسبوك
فيس بوك
تويتر
إكس
واتساب
واتس اب
تلغرام
تيليغرام
تليغرام
تليجرام
تيليجرام
تلجرام
تليكرام
تلكرام
لينكد إن
لينكدإن
إنستغرام
انستقرام
إنستجرام
إنستاغرام
يوتيوب
تيك توك
facebook
twitter
x
whatsapp
telegram
linkedin
instagram
youtube
tiktok
pinterest
reddit
messenger`

/** What a follow prompt asks a reader to do, in the imperative or as a verbal noun: `تابع قناة … على تلغرام`. */
const FOLLOW_VERBS = `تابع
تابعوا
انضم
انضموا
اشترك
اشتركوا
للمشاركة في
للاشتراك في
للانضمام إلى
للانضمام الى
للانضمام ل`

/** The channels a follow prompt names: a platform's channel, group, page or account. */
const FOLLOW_CHANNELS = `قناة
قناتنا
لقناة
لقناتنا
بقناة
بقناتنا
مجموعة
المجموعة
مجموعتنا
صفحة
صفحتنا
حساب
حسابنا`

/** Openers of follow prompts: `تابعونا على …`. */
const SHARE_OPENERS = `تابعونا على
شاركونا
يمكنكم مشاركتنا
تابعونا عبر
تابعنا على
تابعنا عبر
تابعوا
انضم إلى قناتنا
انضموا إلى قناتنا
انضم لقناتنا
انضموا لقناتنا
شارك هذا المقال
شارك هذا الخبر
اشترك في قناتنا
follow us
follow us on
join us on`

/** What a counter counts: `1200 مشاهدة`، `تعليقات 5`. */
const COUNTER_WORDS = `مشاهدة
وقت القراءة
مدة القراءة
دقائق
دقيقة
k
مشاهدات
المشاهدات
عدد المشاهدات
قراءة
قراءات
عدد القراءات
تعليق
تعليقات
التعليقات
زيارة
زيارات
إعجاب
مشاركة
مشاركات
views
view
comments
comment
likes
shares
reads`

/** Lines of embedded posts that are not the post's text. */
const EMBED_MARKERS = `view this post on instagram
a post shared by
عرض هذا المنشور على إنستغرام
منشور مشترك من
watch on youtube
شاهد على يوتيوب`

/** Site furniture: copyright, back to top, comment and newsletter prompts, logos, a wire story's end mark (`انتهى`). */
const BOILERPLATE_MARKERS = `جميع الحقوق محفوظة
كل الحقوق محفوظة
حقوق النشر محفوظة
حقوق الطبع محفوظة
all rights reserved
copyright
العودة للأعلى
العودة إلى الأعلى
الذهاب إلى الأعلى
إلى الأعلى
للأعلى
back to top
تجاوز إلى المحتوى
تخطى إلى المحتوى
انتقل إلى المحتوى
skip to content
skip to main content
أضف تعليق
أضف تعليقا
أضف تعليقك
تعليقات القراء
اترك تعليقا
اكتب تعليقك
شارك برأيك
لا توجد تعليقات
التعليقات
تعليقات
إضافة تعليق
إرسال التعليق
إرسال تعليق
ليست هناك تعليقات
لن يتم نشر عنوان بريدك الإلكتروني
ابحث في الموقع
leave a comment
add a comment
comments
no comments
no stories found
اشترك في النشرة
اشترك في النشرة البريدية
اشترك في نشرتنا
اشترك معنا
الاشتراك في النشرة
الاشتراك في نشرتنا
القائمة البريدية
النشرة البريدية
النشرة الإخبارية
اشترك الآن
اضغط هنا
انقر هنا
حمل تطبيق
تحميل التطبيق
أدخل بريدك الإلكتروني
سجل بريدك الإلكتروني
subscribe
subscribe to our newsletter
newsletter
sign up
شعار
logo
حجم الخط
حجم النص
استمع للراديو
استمع إلى الراديو
جار التحميل
جاري التحميل
content is protected
رمز الخبر
رقم الخبر
كود الخبر
loading
انتهى`

/** Words of a comment policy: a bulleted list below the article that names them is the site's rules for comments. */
const COMMENT_WORDS = `تعليق
التعليق
تعليقك
تعليقات
التعليقات
comment
comments`

/**
 * The labels of a page's fields, each before a colon and its value (`العنوان: …`، `المدة: 00:03:12`): a credit line's
 * shape (a name of up to two words and a colon) takes them.
 */
const PAGE_LABELS = `العنوان
الوصف
المدة
الفئة
التصنيف
القسم
الوسوم
الكلمات المفتاحية
الكلمات الدلالية
تاريخ النشر
آخر تحديث
الرابط المختصر
رابط مختصر
النوع
الحجم
اللغة
ملخص الخبر
شروط التعليق
أسئلة شائعة
الأسئلة الشائعة
الجزء والصفحة`

/**
 * The parts of a text, which an essay or a report heads with a word alone (`مقدمة`، `خاتمة`): a byline's shape (a name
 * of up to three words) takes them.
 */
const TEXT_PARTS = `مقدمة
المقدمة
تقديم
تمهيد
خاتمة
الخاتمة
خلاصة
الخلاصة
ملخص
الملخص
استنتاج
استنتاجات
الاستنتاجات`

/** Staff titles of a masthead: the line with one of these, and a name on the line after it, are the site's. */
const MASTHEAD_TITLES = `رئيس التحرير
رئيس التحرير التنفيذي
نائب رئيس التحرير
مدير التحرير
رئيس مجلس الإدارة
رئيس مجلس الإدارة والتحرير
المدير العام
المشرف العام
المدير المسؤول
مدير النشر
editor in chief`

/** What a byline may name after an outlet and a dash: `OUTLET – متابعة`. */
const BYLINE_TAILS = `متابعة
متابعات
خاص
وكالات
تحرير`

// The line's code units for its token cursor (folding a word reads no other line).
const LINE_UNITS = new CodeUnits()

/**
 * The words of a phrase or line as the clutter rules compare them: normalised (alef forms, ى, diacritics, tatweel),
 * ة as ه, Arabic-Indic digits as ASCII, Latin lower-cased, punctuation dropped. With `ends`, the offset in `text` after
 * each word is pushed onto it.
 */
export function clutterWords(text: string, ends?: number[]): string[] {
  // One pass of the cursor, without a token object and a slice of each word before it is folded.
  const words: string[] = []
  const cursor = new TokenCursor(text, LINE_UNITS.copy(text))
  while (cursor.next()) {
    words.push(foldWord(text.slice(cursor.start, cursor.end)))
    ends?.push(cursor.end)
  }
  return words
}

/** One token as `clutterWords` folds it. */
export function foldWord(word: string): string {
  return lowerCase(fold(word))
}

/**
 * `word.toLowerCase()`, without the call for a word of Arabic letters, ASCII digits and lower-case ASCII, which it
 * leaves as they are: most words of a line, where the call costs several times the fold.
 */
function lowerCase(word: string): string {
  const length = word.length
  for (let i = 0; i < length; i++) {
    const code = codeUnit(word, i)
    if (code >= 0x0600 ? code > 0x06ff : code >= 0x41 && (code <= 0x5a || code >= 0x80))
      return word.toLowerCase()
  }
  return word
}

// `normalize` with these options, made fast for single words (`normalize/fold.ts`).
const fold = createFold({ tehMarbuta: true, digits: true })

/** Phrases by their first word, longest first, for matching at a position in a line's words. */
export interface PhraseSet {
  byFirst: ReadonlyMap<string, readonly (readonly string[])[]>
}

function compile(...lists: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>()
  for (const list of lists) {
    for (const line of list.split('\n')) {
      const words = clutterWords(line)
      if (words.length === 0) continue
      const phrases = byFirst.get(words[0]!) ?? []
      phrases.push(words)
      byFirst.set(words[0]!, phrases)
    }
  }
  for (const phrases of byFirst.values()) phrases.sort((a, b) => b.length - a.length)
  return { byFirst }
}

/** Words in a phrase of `set` that starts at `words[at]`, the longest (0 when none does). */
export function matchPhraseAt(set: PhraseSet, words: readonly string[], at: number): number {
  const phrases = set.byFirst.get(words[at] ?? '')
  if (phrases === undefined) return 0
  for (const phrase of phrases) {
    let k = 1
    while (k < phrase.length && words[at + k] === phrase[k]) k++
    if (k === phrase.length) return k
  }
  return 0
}

/** True when every word of `words` belongs to some phrase of `set`, phrase after phrase, numbers allowed if `numbers`. */
export function coversAll(set: PhraseSet, words: readonly string[], numbers = false): boolean {
  let at = 0
  while (at < words.length) {
    if (numbers && isNumberWord(words[at]!)) {
      at++
      continue
    }
    const length = matchPhraseAt(set, words, at)
    if (length === 0) return false
    at += length
  }
  return true
}

export function isNumberWord(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 0x30 && code <= 0x39
}

const calendarNames = [...gregorianMonths, ...levantineMonths, ...hijriMonths, ...weekdays].flat().join('\n')

/** Words a share line's phrase may open with that are not themselves share words (على فيسبوك، عبر تويتر، و…). */
export const shareLineConnectors: ReadonlySet<string> = new Set(['على', 'عبر', 'و'].map(foldWord))

export const navigationHeaders = compile(NAVIGATION_HEADERS)
export const readAlsoVerbs = compile(READ_ALSO_VERBS)
export const sectionNames = compile(SECTION_NAMES)
export const homePageNames = compile(HOME_PAGE)
export const paginationWords = compile(PAGINATION_WORDS)
export const bylineOpeners = compile(BYLINE_OPENERS)
export const nameOpeners = compile(NAME_OPENERS)
export const datelineOpeners = compile(DATELINE_OPENERS)
export const dateWords = compile(DATE_WORDS, calendarNames)
/** `يومين`، `ساعتين`: a unit of time counting two, a number in itself (`منذ يومين`). */
export const dualTimeUnits = compile(timeUnits.flatMap((unit) => unit.dual).join('\n'))
export const captionOpeners = compile(CAPTION_OPENERS)
export const photoCredits = compile(PHOTO_CREDITS)
export const adMarkers = compile(AD_MARKERS)
/** Each platform's Arabic name with the article too (`على التلغرام`، `عبر الفيس بوك`), as prompts often write it. */
const platformNamesDefinite = PLATFORM_NAMES.split('\n')
  .filter((name) => /^\p{Script=Arabic}/u.test(name))
  .map((name) => `ال${name}`)
  .join('\n')
export const shareWords = compile(SHARE_WORDS, PLATFORM_NAMES, platformNamesDefinite)
export const platformNames = compile(PLATFORM_NAMES, platformNamesDefinite)
export const followVerbs = compile(FOLLOW_VERBS)
export const followChannels = compile(FOLLOW_CHANNELS)
export const shareOpeners = compile(SHARE_OPENERS)
export const counterWords = compile(COUNTER_WORDS)
export const embedMarkers = compile(EMBED_MARKERS)
export const boilerplateMarkers = compile(BOILERPLATE_MARKERS)
export const mastheadTitles = compile(MASTHEAD_TITLES)
/** The masthead titles as `clutterWords` folds them, words joined by a space: to find one glued to the name after it. */
export const mastheadTitleTexts: readonly string[] = MASTHEAD_TITLES.split('\n').map((title) =>
  clutterWords(title).join(' '),
)
export const textParts = compile(TEXT_PARTS)
export const pageLabels = compile(PAGE_LABELS)
export const commentWords = compile(COMMENT_WORDS)
export const bylineTails = compile(BYLINE_TAILS)

/**
 * An outlet's name alone, from the outlets' own heads and endings (`heads.ts`, `media.ts`): the first word of
 * `شبكة NAME`، `بوابة NAME`، `مركز NAME` (a centre that publishes), and the last of `NAME نيوز`، `NAME الإخبارية`،
 * `NAME 24`, as `clutterWords` folds them.
 */
export const outletNameHeads: ReadonlySet<string> = new Set(
  [...mediaHeads.map((head) => head.word), 'بوابة', 'مركز'].map(foldWord),
)
export const outletNameEndings: ReadonlySet<string> = new Set([...mediaNameEndings, '24'].map(foldWord))
