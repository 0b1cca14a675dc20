import type { EntityKind } from '../src/model/extraction.ts'

// Labelled Arabic NER corpora from elsewhere (ANERcorp, AQMAR; docs/history/learned-layers.md, "External labelled
// data"), read as token-per-line files: a token, then its BIO tag as the last field; a blank line or a lone "."
// ends a sentence.
// The corpora stay outside the repository: their licences do not let us ship them, and they are third-party text.

/** A token of an external corpus with the kind its tag maps to (null: no entity of ours) and whether it opens one. */
export interface ExternalToken {
  text: string
  kind: EntityKind | null
  begins: boolean
}

/** An external document rebuilt as text: its tokens with their offsets in `text`. */
export interface ExternalDocument {
  name: string
  text: string
  tokens: (ExternalToken & { start: number; end: number })[]
}

/**
 * The corpora's types as ours: persons, organisations, places (LOC, and GPE where a corpus has it). Miscellaneous
 * types (ANERcorp's MISC, AQMAR's MIS0…MIS3) name no entity kind of ours and read as O; neither corpus tells
 * outlets from other organisations, so `media` is never a label here.
 */
const KIND_OF_TYPE: Record<string, EntityKind> = {
  PER: 'person',
  PERS: 'person',
  ORG: 'organization',
  LOC: 'location',
  GPE: 'location',
}

/** One tag as a kind and B/I; a malformed or unknown tag (`I--ORG`, `B-MIS1`, `OO`) is O. */
export function readTag(tag: string): { kind: EntityKind | null; begins: boolean } {
  const match = /^([BI])-([A-Z]+)$/.exec(tag.trim())
  const kind = match ? KIND_OF_TYPE[match[2]!] : undefined
  return kind === undefined ? { kind: null, begins: false } : { kind, begins: match![1] === 'B' }
}

/** The sentences of a token-per-line file; lines without a token (an empty first field) are skipped. */
export function readSentences(content: string): ExternalToken[][] {
  const sentences: ExternalToken[][] = []
  let current: ExternalToken[] = []
  const close = () => {
    if (current.length > 0) sentences.push(current)
    current = []
  }
  for (const line of content.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/)
    if (line.trim() === '') {
      close()
      continue
    }
    const text = fields.length > 1 ? fields.slice(0, -1).join('') : ''
    // Marks of direction and zero-width characters some copies carry inside tokens.
    const clean = text.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    if (clean === '') continue
    current.push({ text: clean, ...readTag(fields[fields.length - 1]!) })
    if (clean === '.' || clean === '؟' || clean === '!') close()
  }
  close()
  return sentences
}

const NO_SPACE_BEFORE = /^[.,،:;!?؟)\]»%]+$/
const NO_SPACE_AFTER = /^[([«]+$/

/**
 * Sentences rebuilt as documents of `perDocument` sentences, paragraphs of `perParagraph`, punctuation written
 * against its word as news text writes it, so that our reader splits words and sentences as it does on ours.
 */
export function documentsOf(
  name: string,
  sentences: readonly ExternalToken[][],
  perDocument = 30,
  perParagraph = 3,
): ExternalDocument[] {
  const documents: ExternalDocument[] = []
  for (let first = 0; first < sentences.length; first += perDocument) {
    const document: ExternalDocument = { name: `${name}#${documents.length + 1}`, text: '', tokens: [] }
    const part = sentences.slice(first, first + perDocument)
    part.forEach((sentence, s) => {
      if (s > 0) document.text += s % perParagraph === 0 ? '\n\n' : ' '
      let glued = true
      for (const token of sentence) {
        if (!glued && !NO_SPACE_BEFORE.test(token.text)) document.text += ' '
        const start = document.text.length
        document.text += token.text
        document.tokens.push({ ...token, start, end: document.text.length })
        glued = NO_SPACE_AFTER.test(token.text)
      }
    })
    documents.push(document)
  }
  return documents
}
