import { describe, expect, it } from 'vitest'
import { extract } from './test-helpers.ts'

const places = (text: string) =>
  extract(text)
    .entities.filter((e) => e.kind === 'location')
    .map((e) => [e.name, ...e.aliases].join('|'))

describe('a Moroccan commune placed in its province', () => {
  it('names the commune no list knows, with its head as an alias', () => {
    expect(places('سجلت الهزة بجماعة تيزرت بإقليم تارودانت.')).toContain('تيزرت|جماعة تيزرت')
    expect(places('وقع الانهيار بجماعة تافراوت (إقليم تزنيت) ليلا.')).toContain('تافراوت|جماعة تافراوت')
  })

  it('leaves a group, and a commune with no province after it', () => {
    expect(places('هاجمت جماعة مسلحة القرية بإقليم دارفور.')).toEqual(['دارفور|إقليم دارفور'])
    expect(places('اجتمع أعضاء جماعة تيزرت أمس.')).toEqual([])
  })
})
