import { describe, expect, it } from 'vitest'
import { entityNames } from './test-helpers.ts'

const people = (text: string) => entityNames(text, 'person')

describe('scorers listed after a scoring verb and its team', () => {
  it('reads each name of the list, with its brackets skipped', () => {
    expect(
      people(
        'وانتهت المباراة بثلاثة أهداف لهدفين، سجل للضيوف، كوستيتشا وبونيرا وحمدان، فيما أحرز للمضيف، راموسو (ثنائية) والقحطاني.',
      ),
    ).toEqual(['كوستيتشا', 'بونيرا', 'حمدان', 'راموسو', 'القحطاني'])
  })

  it('reads the list after كل من, past a name another rule found', () => {
    expect(people('وأحرز للنجم كل من سالم حسن الطيب (ق 12) ومراد كاتي (ق 70).')).toEqual([
      'سالم حسن الطيب',
      'مراد كاتي',
    ])
  })

  it('takes nothing when no comma or كل من follows the team', () => {
    expect(people('سجل للفريق هدفاً رائعاً في المباراة.')).toEqual([])
    expect(people('سجل للبنك ارتفاعاً في أرباحه، وانخفاضاً في ديونه.')).toEqual([])
  })
})
