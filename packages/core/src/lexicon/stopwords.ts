import { normalize } from '../normalize/normalize.ts'

// Function words of news Arabic, in the stemmer's output form: they carry no topic, so matching and ranking skip them.
const STOPWORDS = `في من الي علي عن مع منذ خلال بعد قبل حتي عند لدي لدى بين حول ضد دون عبر نحو تجاه وفق بحسب حسب
ان انه انها انهم اذا اذ اما او ام ثم لكن بل قد لقد كما حيث بينما لان لانه كي لكي لم لن لا ما ماذا لماذا كيف متي اين هل
هو هي هم هن هما انا نحن انت انتم هذا هذه ذلك تلك هذان هاتان هؤلاء اولئك الذي التي الذين اللذين اللتين اللاتي
كان كانت كانوا يكون تكون ليس ليست زال يزال تزال اصبح اصبحت صار ظل بات
كل بعض غير سوي ايضا فقط جدا اي اية عدة عده احد احدي اخر اخري اول اولي ذات ذو ذي
قال قالت يقول تقول اضاف اضافت اكد اكدت اشار اشارت اوضح اوضحت
و ف ب ك ل ال`

export const stopwords: ReadonlySet<string> = new Set(STOPWORDS.split(/\s+/).map((word) => normalize(word)))
