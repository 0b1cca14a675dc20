import { normalize } from '../normalize/normalize.ts'

// Words that open news paragraphs, normalised. A subheading fused to the next paragraph (`دعم سورياوأكد بوتين`)
// is told apart by what follows it: one of these, or a reporting verb with its conjunction.
const FUNCTION_OPENERS = `في من علي الي عن مع منذ خلال بعد قبل عند كما لكن الا حيث بينما فيما اذ اذا وفي ومن وعلي والي وعن ومع
ومنذ وخلال وبعد وقبل وعند وقد ولكن وبينما وفيما واذا وكما ثم لقد قد وكان وكانت وكانوا ويأتي يأتي تأتي وتأتي يذكر ويذكر يشار
ويشار يبدو ويبدو هذا وهذا هذه وهذه ذلك وذلك تلك وتلك بدوره بدورها وبدوره وبدورها بحسب وبحسب ووفق ووفقا وفقا اما واما
الي ذلك علي صعيد وعلي علي الرغم رغم ورغم لذلك ولذلك كذلك وكذلك ايضا غير ان وفي السياق`
const REPORTING_VERBS = `قال قالت اكد اكدت اضاف اضافت اوضح اوضحت اشار اشارت اعلن اعلنت افاد افادت لفت لفتت شدد شددت وصف وصفت
تمني تمنت ذكر ذكرت تابع تابعت جري جرت ارسل ارسلت اخذ اخذت اجري اجرت بحث بحثت التقي التقت استقبل استقبلت دعا دعت طالب
طالبت راي رات اعتبر اعتبرت كشف كشفت نفي نفت اكد نقل نقلت اعرب اعربت رحب رحبت ناقش ناقشت تناول تناولت بين بينت يري تري
يقول تقول يؤكد تؤكد يضيف تضيف يشير تشير يعتبر تعتبر يتوقع تتوقع توقع توقعت حذر حذرت اتهم اتهمت ابدي ابدت اوضح عبر
عبرت جدد جددت لاحظ لاحظت اتفق اتفقت وقع وقعت قرر قررت يعد تعد يتطلع تتطلع`

const functionOpeners = FUNCTION_OPENERS.split(/\s+/).map((word) => normalize(word))
const reportingVerbs = REPORTING_VERBS.split(/\s+/).map((word) => normalize(word))

/** Opening words: function words, reporting verbs, and reporting verbs with و or ف attached. */
export const paragraphOpeners: ReadonlySet<string> = new Set([
  ...functionOpeners,
  ...reportingVerbs,
  ...reportingVerbs.map((verb) => `و${verb}`),
  ...reportingVerbs.map((verb) => `ف${verb}`),
])
