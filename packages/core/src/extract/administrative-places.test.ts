import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { registerPlaces } from '../index.ts'
import { arabPlaces } from '../places.ts'
import { parseArticle } from '../structure/parse-article.ts'

const places = (text: string) =>
  parseArticle({ id: 'divisions', text })
    .entities.filter((entity) => entity.kind === 'location')
    .map((entity) => entity.name)

describe('administrative divisions of @marsad/core/places', () => {
  beforeAll(() => registerPlaces(arabPlaces))

  it('knows a commune, a district and an ʿuzla after their head nouns', () => {
    expect(places('اندلع حريق في غابة قرب بلدية بطيوة شرق مدينة وهران.')).toContain('بطيوة')
    expect(places('غمرت السيول منازل في عزلة سواخ بمديرية كعيدنة في محافظة حجة.')).toEqual(
      expect.arrayContaining(['سواخ', 'كعيدنة']),
    )
  })

  it('answers to the headed form too', () => {
    const article = parseArticle({ id: 'divisions', text: 'وصلت المساعدات إلى مديرية كعيدنة في حجة.' })
    const place = article.entities.find((entity) => entity.name === 'كعيدنة')
    expect(place?.aliases).toContain('مديرية كعيدنة')
  })

  it('takes a name of two words without its head where the article names its state', () => {
    expect(places('قتل مدنيان في قصف على حزم العدين غرب إب اليمنية.')).toContain('حزم العدين')
    expect(places('قال الطبيب إن حزم العدين لم يعد يرى مرضاه.')).not.toContain('حزم العدين')
  })

  it('leaves a town that is also an ordinary word to its head noun', () => {
    // الخميس is a commune of Algeria and Thursday; عين a town and an eye.
    expect(places('اجتمع الوزير بالولاة يوم الخميس في الجزائر العاصمة.')).not.toContain('الخميس')
    expect(places('شب حريق في بلدية الخميس بولاية عين الدفلى الجزائرية.')).toContain('الخميس')
    expect(places('أتت النيران على غابات معتمدية عين دراهم.')).not.toContain('عين')
  })

  it('takes a town of one word alone where the article names its state, and with its head anywhere', () => {
    expect(places('سقطت قذيفة على أطراف الناقورة، وقال الجيش إن لبنان لن يسكت.')).toContain('الناقورة')
    expect(places('نقلت الحكومة مكاتبها من بورتسودان إلى عطبرة وقال الوزير إن السودان بخير.')).toContain(
      'عطبرة',
    )
    expect(places('تحدث الكاتب عن الناقورة أمس.')).not.toContain('الناقورة')
    expect(places('وصل الوفد مساء أمس إلى بلدة الناقورة.')).toContain('الناقورة')
  })

  it('finds a town of an adjective’s shape that two states share where either is named', () => {
    // الناصرية is a town of Iraq and a commune of Algeria.
    const text = 'وقع تفجير في الناصرية، وقال وزير الداخلية في العراق إن المنفذين فروا.'
    const place = parseArticle({ id: 'divisions', text }).entities.find(
      (entity) => entity.name === 'الناصرية',
    )
    expect(place?.gloss).toBe('العراق')
    expect(places('زار الوزير الناصرية في الصيف.')).not.toContain('الناصرية')
  })

  it('knows a town written with ه for its ة', () => {
    expect(places('انقلبت سيارة على الطريق بين المخواه وقلوه في منطقة الباحة.')).toEqual(
      expect.arrayContaining(['المخواة', 'قلوة']),
    )
  })

  it('leaves a town that reads as an ordinary word where the words go on as one phrase', () => {
    // مساكن is a town of Tunisia and dwellings; دورا a town of Palestine and دوراً, a role.
    expect(places('هدمت الجرافات مساكن المواطنين في القيروان بتونس.')).not.toContain('مساكن')
    expect(places('أدت بلدية الخليل دوراً كبيراً في فلسطين، ولعبت دورا مهما.')).not.toContain('دورا')
    // أبها (a Saudi town) is also the tail of بابها, her door, after و and ب.
    expect(places('قال رئيس البلدية في السعودية إن بابها مفتوح وبابها لا يغلق.')).not.toContain('أبها')
  })

  it('reads a listed district after مديرية as the district, not a directorate', () => {
    const article = parseArticle({
      id: 'divisions',
      text: 'قتل مدنيان في مديرية حزم العدين، وقال مدير مديرية الصحة في إب إن المستشفى مكتظ.',
    })
    const named = article.entities.map((entity) => `${entity.kind}:${entity.name}`)
    expect(named).toContain('location:حزم العدين')
    expect(named).toContain('organization:مديرية الصحة')
  })

  it('leaves a village to its head noun even in its own state', () => {
    expect(places('قال إن سواخ المنطقة تضرروا من السيول في اليمن.')).not.toContain('سواخ')
  })

  it('keeps every place mention the text it claims to be, on any mix of heads, names and clitics', () => {
    const pieces = [
      'بمديرية',
      'مديرية',
      'عزلة',
      'ولاية',
      'حزم',
      'العدين',
      'كعيدنة',
      'سواخ',
      'الخميس',
      'عين',
      'دراهم',
    ]
    const text = fc
      .array(fc.constantFrom(...pieces, ' ', '، ', '.\n', 'اليمن', 'و'), { minLength: 1, maxLength: 40 })
      .map((parts) => `${parts.join(' ')} في اليمن.`)
    fc.assert(
      fc.property(text, (input) => {
        for (const entity of parseArticle({ id: 'divisions', text: input }).entities)
          for (const mention of entity.mentions)
            expect(input.slice(mention.start, mention.end)).toBe(mention.text)
      }),
      { numRuns: 150 },
    )
  })

  it('reads a listed region of several words after its head as one place, not as its towns', () => {
    expect(places('التقى الوالي رؤساء الجماعات في جهة الرباط سلا القنيطرة لبحث المشاريع.')).toEqual([
      'الرباط سلا القنيطرة',
    ])
    expect(places('صادق المجلس على ميزانية جهة مراكش آسفي للسنة المقبلة.')).toContain('مراكش آسفي')
    // Without a head the towns stay towns.
    expect(places('سافر الوفد من الرباط إلى سلا ثم إلى القنيطرة.')).toEqual(['الرباط', 'سلا', 'القنيطرة'])
    expect(places('ومن جهة أخرى زار الوزير مراكش.')).toEqual(['مراكش'])
  })

  it('knows a listed name that opens with أبو written as one word', () => {
    expect(places('زار المحافظ قرى مركز أبوكبير في محافظة الشرقية بمصر.')).toContain('أبو كبير')
    expect(places('وصلت القافلة الطبية إلى أبوتيج، أكبر مراكز أسيوط في مصر.')).toContain('أبو تيج')
  })

  it('reads a listed town that ends a body’s name as a place named inside it, where its state is named', () => {
    expect(places('زار المحافظ مستشفى أبوتيج في أسيوط بمصر.')).toContain('أبو تيج')
    expect(places('تخرج الطلاب في جامعة تيزي وزو هذا العام في الجزائر.')).toContain('تيزي وزو')
    // Not where the article names no place of its state.
    expect(places('زار الوفد مستشفى أبوتيج صباح أمس.')).toEqual([])
  })

  it('registers the same lists twice without change', () => {
    const text = 'غمرت السيول منازل في عزلة سواخ بمديرية كعيدنة في محافظة حجة.'
    const before = places(text)
    registerPlaces(arabPlaces)
    expect(places(text)).toEqual(before)
  })
})
