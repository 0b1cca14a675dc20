import { parseArticle } from '@marsad/core'
import { describe, expect, it } from 'vitest'
import { layoutArticle } from './article-layout.ts'
import type { Piece } from './inline.ts'

const article = parseArticle({
  id: 'layout',
  text: `الرئيسية » أخبار » اقتصاد
كتب: ليلى حداد
**المصرف المركزي يثبت أسعار الفائدة**
قرر المصرف المركزي، اليوم الخميس، تثبيت أسعار الفائدة للمرة الثالثة على التوالي.
اقرأ أيضاً
تراجع التضخم إلى أدنى مستوى منذ عامين
وقال المحافظ إن القرار يدعم استقرار الأسعار.
شارك
فيسبوك تويتر واتساب`,
})

const shown = (piece: Piece) =>
  'gap' in piece ? piece.gap : piece.stretches.flatMap((s) => s.runs.map((r) => r.text)).join('')

describe('layoutArticle', () => {
  it('shows the headings and paragraphs only, never the page clutter', () => {
    const text = layoutArticle(article).map((block) => block.pieces.map(shown).join(''))
    expect(text).toEqual([
      'المصرف المركزي يثبت أسعار الفائدة',
      'قرر المصرف المركزي، اليوم الخميس، تثبيت أسعار الفائدة للمرة الثالثة على التوالي.',
      'وقال المحافظ إن القرار يدعم استقرار الأسعار.',
    ])
    expect(layoutArticle(article).map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph'])
  })
})
