import { describe, expect, it } from 'vitest'
import type { ExtractionGoldArticle } from './gold-schema.ts'
import { additions, spanName } from './tagger-additions.ts'
import { tagSpans, trainTagger } from './tagger-perceptron.ts'
import { FeatureIndex, readingOf, tagBatch } from './tagger-training.ts'

function gold(id: string, text: string, entities: ExtractionGoldArticle['entities']): ExtractionGoldArticle {
  return {
    id,
    url: `https://example.org/${id}`,
    outlet: 'example',
    country: null,
    sha256: '0'.repeat(64),
    chars: text.length,
    publishedAt: null,
    quotes: [],
    entities,
    dates: [],
  }
}

const TEXT = 'زار الوفد مدينة سمارقند أمس، وفي سمارقند التقى الوفد بالسكان. وعاد الوفد من سمارقند مساء.'

describe('the tagger’s training labels', () => {
  const index = new FeatureIndex()
  const batch = tagBatch(
    'test',
    [{ gold: gold('a', TEXT, [{ kind: 'location', name: 'سمارقند' }]), text: TEXT }],
    index,
  )
  const article = batch.articles[0]!

  it('tags every place the gold name is written, not only the first', () => {
    const tagged = article.words.filter((_, i) => article.tags[i] !== 0).map((word) => word.raw)
    expect(tagged).toEqual(['سمارقند', 'سمارقند', 'سمارقند'])
  })

  it('names the reading of the first word, so a name behind a particle is learned as the name', () => {
    const text = 'قال سعيد الوافي إن العمل بدأ، وأضاف لسعيد الوافي زملاؤه.'
    const [withParticle] = tagBatch(
      'test',
      [{ gold: gold('b', text, [{ kind: 'person', name: 'سعيد الوافي' }]), text }],
      new FeatureIndex(),
    ).articles
    const first = withParticle!.words.findIndex((word) => word.raw === 'لسعيد')
    expect(readingOf(withParticle!.tags[first]!)).toBe(1)
    expect(
      spanName(withParticle!, { kind: 'person', first, last: first + 1, reading: 1, confidence: 0 }),
    ).toBe('سعيد الوافي')
  })
})

describe('the tagger', () => {
  // Names the rules do not know, after a word that announces them: the tagger learns the cue from the labels.
  const names = ['زرقان', 'بلدور', 'كفرسيت', 'مرجان', 'تلحوم', 'صوفار']
  const articles = names.map((name, i) => {
    const text = `وصل الفريق إلى بلدة ${name} صباحاً، ثم غادر بلدة ${name} ليلاً.`
    return { gold: gold(`t${i}`, text, [{ kind: 'location' as const, name: `بلدة ${name}` }]), text }
  })
  const index = new FeatureIndex()
  const batch = tagBatch('train', articles, index)

  it('learns its labels: each article’s spans are its gold name, of its kind', () => {
    const tagger = trainTagger(batch.articles, index.size)
    batch.articles.forEach((article, i) => {
      const spans = tagSpans(tagger, article, 0)
      expect(spans.map((span) => span.kind)).toEqual(['location', 'location'])
      expect(new Set(spans.map((span) => spanName(article, span)))).toEqual(new Set([`بلدة ${names[i]}`]))
    })
  })

  it('adds no entity where the rules already named one', () => {
    const tagger = trainTagger(batch.articles, index.size)
    for (const article of batch.articles) {
      const mentions = article.entities.flatMap((entity) => entity.mentions)
      for (const { entity } of additions(article, tagSpans(tagger, article)))
        for (const mention of entity.mentions)
          expect(mentions.some((m) => m.start < mention.end && mention.start < m.end)).toBe(false)
    }
  })

  it('gives the same weights for the same articles', () => {
    expect(trainTagger(batch.articles, index.size).weights).toEqual(
      trainTagger(batch.articles, index.size).weights,
    )
  })
})
