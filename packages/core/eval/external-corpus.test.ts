import { describe, expect, it } from 'vitest'
import { readWords } from '../src/extract/words.ts'
import { readStructure } from '../src/structure/parse-article.ts'
import { documentsOf, readSentences, readTag } from './external-corpus.ts'
import { externalTags, tokenCounts } from './external-tagging.ts'
import { isInside, KINDS, kindOf, readingOf } from './tagger-training.ts'

// Token-per-line text written for these tests, in the layout of the external corpora.
const FILE = [
  'زار B-PERS',
  'سعيد I-PERS',
  'الوافي I-PERS',
  'مدينة O',
  'سمارقند B-LOC',
  '، O',
  'ووصل O',
  'إلى O',
  'بلدة O',
  'وسمارقند B-LOC',
  'مع O',
  'وفد O',
  'نادي B-ORG',
  'الزيتون I-ORG',
  'بلغة O',
  'الأوزبك B-MISC',
  '. O',
  '',
  'وقال O',
  '( O',
  'سعيد B-PER',
  ') O',
  ': O',
  'عاد B-GPE',
  '. O',
].join('\n')

describe('an external corpus', () => {
  const sentences = readSentences(FILE)

  it('maps its types to our kinds and reads miscellaneous and malformed tags as no entity', () => {
    expect(readTag('B-PERS')).toEqual({ kind: 'person', begins: true })
    expect(readTag('I-GPE')).toEqual({ kind: 'location', begins: false })
    expect(readTag('B-ORG')).toEqual({ kind: 'organization', begins: true })
    for (const tag of ['B-MISC', 'B-MIS1', 'I--ORG', 'OO', 'O']) expect(readTag(tag).kind).toBeNull()
  })

  it('ends a sentence at a full stop or a blank line', () => {
    expect(sentences.map((sentence) => sentence.length)).toEqual([17, 7])
  })

  it('is written back as text with punctuation against its word, each token at its offsets', () => {
    const [document] = documentsOf('test', sentences)
    expect(document!.text).toBe(
      'زار سعيد الوافي مدينة سمارقند، ووصل إلى بلدة وسمارقند مع وفد نادي الزيتون بلغة الأوزبك. وقال (سعيد): عاد.',
    )
    for (const token of document!.tokens)
      expect(document!.text.slice(token.start, token.end)).toBe(token.text)
  })

  it('tags our words from its tokens, a name behind a particle at the reading written alone elsewhere', () => {
    const [document] = documentsOf('test', sentences)
    const { blocks, sentences: ours } = readStructure(document!.text)
    const words = readWords(document!.text, blocks, ours)
    const tags = externalTags(words, document!, tokenCounts([document!]))
    const labelled = words.flatMap((word, i) =>
      tags[i] === 0
        ? []
        : [`${word.raw} ${isInside(tags[i]!) ? 'I' : `B${readingOf(tags[i]!)}`} ${KINDS[kindOf(tags[i]!)]}`],
    )
    expect(labelled).toEqual([
      'زار B0 person',
      'سعيد I person',
      'الوافي I person',
      'سمارقند B0 location',
      'وسمارقند B1 location',
      'نادي B0 organization',
      'الزيتون I organization',
      'سعيد B0 person',
      'عاد B0 location',
    ])
  })
})
