import { it } from 'vitest'
import { kindsOf } from './test-helpers.ts'

const TITLE = 'شركة محلية تكشف عن هاتفها الجديد في معرض التقنية'
const LEAD =
  'كشفت شركة محلية للإلكترونيات اليوم عن هاتفها الجديد في معرض التقنية السنوي الذي يقام في العاصمة.'
const MORE = 'وقال مدير الشركة إن الهاتف يطرح في الأسواق الشهر المقبل بسعر يقل عن أسعار الهواتف المنافسة.'
it('x', () => {
  console.log(
    'K',
    JSON.stringify(
      kindsOf(
        `×\nاضغط هنا إن لم ينقلك المتصفح آليًا.\n${TITLE}\n${TITLE}\nالعلاقات العامة - بلدية الساحل\n${LEAD}\n${MORE}`,
      ).get(TITLE),
    ),
  )
})
