import { normSet } from './spelling.ts'

// How sports news names the sides of a match: a club by its bare name (الهلال، الوداد، ضمك) once the text is about
// a match. Dictionary spelling, words split at spaces; every word is compiled through `norm`. Readings behind و ب ل
// are looked up too (بهدف، لمواجهة).

/** Words that make a text one about matches: with a few of them, a bare name in a match's frame is a side. */
const matchWords =
  'مباراة المباراة مباريات الدوري دوري الشوط المدرب مدرب لاعب اللاعب الفريق فريق ملعب استاد الجولة التعادل هدف هدفين نقطة نقاط'

/**
 * Words right before a side of a match: the other side (ضد الوداد، أمام الخلود، مواجهة ضمك، ضيفه الكوكب) or a
 * member of the side (مدرب السد، نجم الهلال، جماهير الرجاء).
 */
const otherSideWords = 'ضد أمام مواجهة مضيفه ضيفه نظيره مضيفها ضيفها نظيرها'
const sideFrameWords = `${otherSideWords} مدرب مدربي لاعب لاعبي نجم نجوم حارس مهاجم مدافع جماهير جمهور`

/**
 * Words a side's bare name follows where the text speaks of its match (مباراة الهلال، لقاء الاتفاق): no frame of
 * its own, since the match of a round or a leg is named so too (مباراة الإياب); counted towards `vouchedSides`.
 */
const matchOfWords = 'مباراة لقاء'

/** Heads a club is named after in the same text (فريق الفيصلي، نادي الزوراء): its bare name is a side too. */
const clubHeads = 'نادي فريق'

/**
 * Words that open the names of clubs called after their town (مولودية الجزائر، شبيبة القبائل، أهلي الخليل، هلال
 * القدس، شباب بلوزداد): in a match's frame one before a town is a club, even where it is also an ordinary word.
 */
const clubOpeners =
  'مولودية شبيبة وفاق أهلي هلال شباب اتحاد ترجي اتفاق أولمبي أولمبيك نهضة مستقبل رجاء وداد جمعية'

/** Words of winning before على, a few words before the side beaten (الفوز الساحق على الخلود، تغلب على الوداد). */
const winWords = 'فوز الفوز فوزا فوزه فوزها تغلب انتصار انتصاره'

/** Verbs of a match's outcome after the side that opens a headline or a clause (مولودية الجزائر يحقق فوزا، الزوراء يهزم). */
const outcomeVerbs = 'يهزم هزم يتعادل تعادل يفوز فاز يتغلب تغلب يكتسح اكتسح يسحق سحق يحقق حقق يتخطى تخطى'

/**
 * Words of a league's standings right after a side (رفع الشرطة رصيده، احتفظ الفيصلي بالمركز الرابع، الجزيرة
 * المتصدر) or right before it (رصيد أهلي الخليل، المتصدر الهلال).
 */
const standingsAfter = 'رصيده رصيدها بالمركز المتصدر'
const standingsBefore = 'رصيد المتصدر وصيفه'

/** Heads of a national team's name (منتخب السنغال، المنتخب المغربي). */
const teamHeads = 'منتخب المنتخب'

/**
 * Words that may go on a national team's name after its state: an epithet or the sport (منتخب الجزائر لكرة القدم،
 * المنتخب الوطني الأول); anything else after the state is the clause's (منتخب السنغال للصعود).
 */
const teamEpithets = 'الوطني الأول الأولمبي الرديف الأولي'
const teamSports = 'لكرة القدم اليد السلة الطائرة الصالات الشاطئية'

/** A team's category after للـ (المنتخب التونسي للأواسط، منتخب مصر للشباب). */
export const TEAM_CATEGORY = /^لل(?:شباب|ناشئين|اواسط|اشبال|سيدات|رجال|شابات|محليين|كبار|صغار)$/

/** An age category after a national team's name: لأقل من 20 سنة، تحت 23 عاما. */
const teamAgeOpeners = 'لأقل تحت'
const teamAgeUnits = 'سنة عاما عام'

const compile = (words: string): ReadonlySet<string> => normSet(words.split(' '))

export const matchWordSet = compile(matchWords)
export const sideFrameWordSet = compile(sideFrameWords)
export const strongFrameWordSet = compile(otherSideWords)
export const clubHeadSet = compile(clubHeads)
export const matchOfWordSet = compile(matchOfWords)
export const clubOpenerSet = compile(clubOpeners)
export const winWordSet = compile(winWords)
export const outcomeVerbSet = compile(outcomeVerbs)
export const teamHeadSet = compile(teamHeads)
export const standingsAfterSet = compile(standingsAfter)
export const standingsBeforeSet = compile(standingsBefore)
export const teamEpithetSet = compile(teamEpithets)
export const teamSportSet = compile(teamSports)
export const teamAgeOpenerSet = compile(teamAgeOpeners)
export const teamAgeUnitSet = compile(teamAgeUnits)

/** نادي الوداد الرياضي: the sports adjective after a name says it is a club's, even where the name is an ordinary word. */
export const sportAdjectiveSet = compile('الرياضي الرياضية')
