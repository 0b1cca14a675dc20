import { describe, expect, it } from 'vitest'
import { arabBodies } from '../bodies.ts'
import { registerBodies } from '../index.ts'
import { knownBodies } from '../lang/ar/known-bodies.ts'
import { knownOutlets } from '../lang/ar/known-outlets.ts'
import { mediaOutlets } from '../lang/ar/media.ts'
import { organizations } from '../lang/ar/organizations.ts'
import { resolveOutlet } from '../outlets/outlet.ts'
import { parseArticle } from '../structure/parse-article.ts'

const named = (text: string, kind: 'media' | 'organization') =>
  parseArticle({ id: 'bodies', text })
    .entities.filter((entity) => entity.kind === kind)
    .map((entity) => entity.name)
const outlets = (text: string) => named(text, 'media')
const bodies = (text: string) => named(text, 'organization')

// One file, one order: the first test runs before registration, the others after it.
describe('outlets and bodies of @marsad/core/bodies', () => {
  it('leaves names no hand list knows alone before they are registered', () => {
    expect(outlets('وبحسب ما أوردته هسبريس فإن الحكومة ستعلن القرار الأسبوع المقبل.')).toEqual([])
    expect(bodies('وقالت عصائب أهل الحق في بيان إنها لن تشارك في الحكومة.')).toEqual([])
  })

  it('finds a registered outlet or body by its bare name', () => {
    registerBodies(arabBodies)
    expect(outlets('وبحسب ما أوردته هسبريس فإن الحكومة ستعلن القرار الأسبوع المقبل.')).toEqual(['هسبريس'])
    expect(bodies('وقالت عصائب أهل الحق في بيان إنها لن تشارك في الحكومة.')).toEqual(['عصائب أهل الحق'])
    expect(outlets('ونقلت شبكة رووداو عن مسؤول كردي أن المفاوضات متوقفة.')).toEqual(['رووداو'])
    expect(bodies('وأعلن بنك الكويت الوطني أرباحه، كما أعلنت سوناطراك عقدا جديدا.')).toEqual([
      'بنك الكويت الوطني',
      'سوناطراك',
    ])
  })

  it('takes a name that is an ordinary word or a place only in its fuller forms', () => {
    expect(outlets('وذكرت صحيفة الخبر الجزائرية أن الوزير سيزور العاصمة.')).toEqual(['الخبر'])
    // الخبر and الرياض alone are the news and the city
    expect(outlets('وانتشر الخبر في الرياض بسرعة كبيرة.')).toEqual([])
    expect(bodies('وتعادل نادي الرمثا مع ضيفه في المباراة.')).toEqual(['الرمثا'])
    expect(bodies('وصل الوفد إلى الرمثا صباح اليوم.')).toEqual([])
    // a club named as an ordinary word is a side only where the text names it with its head
    expect(bodies('وأكد الوزير أمام التعاون الخليجي أن أسعار النفط مستقرة.')).toEqual([])
    expect(
      bodies('وفاز نادي التعاون على الوحدة في مباراة الدوري، وقال مدرب التعاون إن الفريق استحق النقاط.'),
    ).toContain('التعاون')
  })

  it('adds the forms of an entry named as a hand-list entry to that entity', () => {
    expect(outlets('وقالت دي دبليو عربية إن الانتخابات ستجري في موعدها.')).toEqual(['دويتشه فيله'])
  })

  it('resolves a registered outlet by its name and its domain', () => {
    expect(resolveOutlet({ url: 'https://www.hespress.com/politique/1.html' })?.outletName).toBe('هسبريس')
    expect(resolveOutlet({ name: 'صحيفة الرياض' })?.country).toBe('السعودية')
  })

  it("reads a listed club's bare name that is an ordinary word as a side in a match's frame", () => {
    expect(
      bodies(
        'خسر الفريق المباراة أمام العهد بهدفين مقابل هدف في الجولة الخامسة من الدوري، وقال المدرب إن اللاعبين قدموا أداء جيدا.',
      ),
    ).toContain('العهد')
    expect(
      bodies(
        'وتغلب الفريق في الشوط الثاني على ضيفه الاتفاق بثلاثة أهداف في مباراة الجولة العاشرة من الدوري، وسجل اللاعب هدفين.',
      ),
    ).toContain('الاتفاق')
    expect(
      bodies(
        'وحقق الفريق الفوز على الشباب بهدفين في الجولة الرابعة من الدوري، وقال المدرب إن اللاعبين قدموا مباراة كبيرة.',
      ),
    ).toContain('الشباب')
    // out of a side's frame, or out of a text about matches, the ordinary word stays one
    expect(bodies('وأكد الوزير أهمية التعاون بين البلدين، وقال إن الاتفاق سيوقع الأسبوع المقبل.')).toEqual([])
  })

  it('changes nothing when registered again', () => {
    const before = outlets('وذكرت صحيفة الخبر الجزائرية أن الوزير سيزور العاصمة، بحسب هسبريس.')
    registerBodies(arabBodies)
    expect(outlets('وذكرت صحيفة الخبر الجزائرية أن الوزير سيزور العاصمة، بحسب هسبريس.')).toEqual(before)
  })

  it('lists outlets and bodies the hand lists do not give, but to add forms to theirs', () => {
    const handOutlets = new Set(mediaOutlets.map((outlet) => outlet.name))
    const handBodies = new Set(organizations.map((body) => body.name))
    expect(knownOutlets.length).toBeGreaterThan(600)
    expect(knownBodies.length).toBeGreaterThan(500)
    for (const entry of [
      ...knownOutlets.filter((o) => handOutlets.has(o.name)),
      ...knownBodies.filter((b) => handBodies.has(b.name)),
    ]) {
      expect((entry.variants?.length ?? 0) + (entry.headed?.length ?? 0), entry.name).toBeGreaterThan(0)
    }
  })
})
