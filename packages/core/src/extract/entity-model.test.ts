import { describe, expect, it } from 'vitest'
import { readStructure } from '../structure/parse-article.ts'
import { ENTITY_FEATURE_COUNT, ENTITY_FEATURES } from './entity-features.ts'
import { type EntityModel, type EntityRow, entityProbability } from './entity-model.ts'
import { ENTITY_WEIGHTS } from './entity-weights.ts'
import { extractWith } from './index.ts'

const run = (text: string, model: EntityModel = {}) => {
  const { blocks, sentences } = readStructure(text)
  return extractWith({ text, blocks, sentences }, model, true)
}

const featuresOf = (rows: readonly EntityRow[], name: string) => {
  const row = rows.find((r) => r.entity.name === name)
  if (row === undefined) throw new Error(`no entity named ${name}`)
  return row.features === undefined
    ? undefined
    : Object.fromEntries(ENTITY_FEATURES.map((feature, i) => [feature, row.features![i]]))
}

// Our own sentences.
const VISIT =
  'زيارة رسمية إلى القاهرة\nوصل وزير الخارجية الفرنسي جان لوي مارتان إلى القاهرة أمس، وقال مارتان إن المحادثات مثمرة.'
const FORUM = 'وشارك في المنتدى وفد من مدينة تيغرت الساحلية، وزار الوفد مدينة تيغرت مرة أخرى.'

describe('the features of an entity the rules found', () => {
  it('reads the gazetteer, the headline, the preposition before it and how often it is named', () => {
    const cairo = featuresOf(run(VISIT).rows, 'القاهرة')!
    expect(cairo).toMatchObject({
      known: 1,
      'in headline': 1,
      'after function word': 1,
      'one word': 1,
      definite: 1,
    })
    expect(cairo['log mentions']).toBeCloseTo(Math.log1p(2))
  })

  it('reads the title before a person, the short form after it and the quote it speaks', () => {
    const minister = featuresOf(run(VISIT).rows, 'جان لوي مارتان')!
    expect(minister).toMatchObject({
      roles: 1,
      'alias mention': 1,
      'three words or more': 1,
      cited: 1,
      known: 0,
      'in headline': 0,
    })
  })

  it('reads a title right before the name', () => {
    const adviser = featuresOf(run('وقال المستشار هشام الدباغ إن الموازنة جاهزة.').rows, 'هشام الدباغ')
    expect(adviser).toMatchObject({ roles: 1, 'after title': 1, 'given name first': 1 })
  })

  it('reads a place the gazetteer does not know, named after its head, and its word standing alone nowhere', () => {
    const town = featuresOf(run(FORUM).rows, 'تيغرت')
    expect(town).toMatchObject({ known: 0, 'one word': 1, 'free elsewhere': 0, 'opens sentence': 0 })
  })

  it('reads no headline in a text of one block: a lone sentence is body text', () => {
    const alone = featuresOf(run('وصل وزير الخارجية الفرنسي جان لوي مارتان إلى القاهرة أمس.').rows, 'القاهرة')
    expect(alone).toMatchObject({ known: 1, 'in headline': 0 })
  })

  it('leaves out what the check never judges: a place named only by its nisba, a given name alone', () => {
    expect(featuresOf(run(VISIT).rows, 'فرنسا')).toBeUndefined()
    expect(featuresOf(run('وصل المهندس خالد إلى موقع المشروع.').rows, 'خالد')).toBeUndefined()
  })

  it('leaves a person the gazetteer knows to the rules, even named once by a short form', () => {
    const text = 'وجرى ذلك خلال زيارة ترامب الأسبوع الماضي.'
    expect(featuresOf(run(text).rows, 'دونالد ترامب')).toBeUndefined()
    expect(run(text, ENTITY_WEIGHTS).extraction.entities.map((e) => e.name)).toContain('دونالد ترامب')
  })
})

describe('the learned check applied', () => {
  // Weights that give every checked entity a probability near 0: the strictest model there can be.
  const reject: EntityModel = {
    location: { bias: -20, weights: new Array(ENTITY_FEATURE_COUNT).fill(0), threshold: 0.5 },
    person: { bias: -20, weights: new Array(ENTITY_FEATURE_COUNT).fill(0), threshold: 0.5 },
  }

  it('keeps everything the rules found without a model', () => {
    const { extraction, rows } = run(VISIT)
    expect(extraction.entities.map((e) => e.id)).toEqual(rows.map((r) => r.entity.id))
  })

  it('may only take away: a place goes, a speaker and a nisba-only place stay, kinds without a model stay', () => {
    const rules = run(VISIT).extraction.entities.map((e) => e.name)
    const checked = run(VISIT, reject).extraction
    const names = checked.entities.map((e) => e.name)
    expect(names).not.toContain('القاهرة')
    expect(names).toContain('جان لوي مارتان')
    expect(names).toContain('فرنسا')
    expect(names.every((name) => rules.includes(name))).toBe(true)
    expect(
      checked.quotes.every(
        (q) => q.speaker?.entity === undefined || checked.entities.some((e) => e.id === q.speaker!.entity),
      ),
    ).toBe(true)
  })

  it('leaves an outlet that its form names: dotted initials, a body whose genitive names news', () => {
    const strict: EntityModel = {
      media: { bias: -20, weights: new Array(ENTITY_FEATURE_COUNT).fill(0), threshold: 0.5 },
    }
    const outlets = (text: string) =>
      run(text, strict)
        .extraction.entities.filter((e) => e.kind === 'media')
        .map((e) => e.name)
    expect(outlets('الرباط - و.م.ع\nأعلنت الوزارة إغلاق الطرق الجبلية.')).toEqual(['و.م.ع'])
    expect(outlets('وبثت الهيئة الوطنية للإعلام المؤتمر كاملاً.')).toEqual(['الهيئة الوطنية للإعلام'])
    expect(outlets('ونشر موقع "المرصد اليومي" تقريراً مطولاً.')).toEqual([])
  })

  it('refuses weights of another feature count', () => {
    expect(() =>
      entityProbability({ bias: 0, weights: [1, 2], threshold: 0.5 }, new Float64Array(2)),
    ).toThrow(/2 weights, expected/)
  })

  it('ships one weight per feature and a probability threshold for each kind it checks', () => {
    for (const model of Object.values(ENTITY_WEIGHTS)) {
      expect(model.weights).toHaveLength(ENTITY_FEATURE_COUNT)
      expect(model.threshold).toBeGreaterThanOrEqual(0)
      expect(model.threshold).toBeLessThan(1)
    }
  })
})
