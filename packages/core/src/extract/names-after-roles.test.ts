import { describe, expect, it } from 'vitest'
import { speakerNames } from './test-helpers.ts'

describe('a name the lists lack after a role', () => {
  it('gives the words to the name after the role and its nisba when the article writes the name again', () => {
    const text =
      'أكد مدرب المنتخب الروماني فاليريو تيتا خلال المؤتمر الصحفي أن المباراة صعبة. وتابع تيتا أن الفوز هدفه.'
    expect(speakerNames(text)).toEqual(['فاليريو تيتا', 'تيتا'])
  })

  it('takes no noun in ة after a title for a name, even one the article writes again', () => {
    const text = 'أكدت الوزيرة ضرورة أن يلتزم الجميع بالقانون. وقالت الوزيرة إن ضرورة المرحلة تفرض ذلك.'
    expect(speakerNames(text)).toEqual(['الوزيرة', 'الوزيرة'])
  })

  it('takes no words the article never writes again', () => {
    const text = 'أكد مدرب المنتخب الروماني فاليريو تيتا خلال المؤتمر الصحفي أن المباراة صعبة.'
    expect(speakerNames(text)).not.toContain('فاليريو تيتا')
  })
})
