import type { ArticleDate, Block, Sentence } from '../model/article.ts'
import { isContentBlock } from '../model/content-blocks.ts'
import type { CitedSource, DateMention, Entity, Quote } from '../model/extraction.ts'
import { inferArticleDate } from './article-date.ts'
import { withoutBylineWriters } from './byline-writers.ts'
import { extractDates } from './dates.ts'
import { resolveEntities } from './entities.ts'
import {
  citedIds,
  type EntityModel,
  type EntityRow,
  entityRows,
  judges,
  keptEntities,
} from './entity-model.ts'
import { ENTITY_WEIGHTS } from './entity-weights.ts'
import { mediaNameEndingSet, norm } from './lexicon.ts'
import { indexMentions } from './mention-index.ts'
import { findQuotedSpans } from './quote-marks.ts'
import { extractQuotes } from './quotes.ts'
import { recognize } from './recognize.ts'
import { findReports } from './reports.ts'
import { createScan } from './scan.ts'
import { extractSources } from './sources.ts'
import {
  ruleCandidates,
  type SpeechCandidate,
  type SpeechModel,
  speechCandidates,
  takes,
} from './speech-candidates.ts'
import { SPEECH_WEIGHTS } from './speech-weights.ts'
import { readWords, type Word } from './words.ts'

export { inferArticleDate } from './article-date.ts'
export { entityId } from './entities.ts'

export interface ExtractionInput {
  text: string
  blocks: readonly Block[]
  sentences: readonly Sentence[]
  /** ISO date or date-time of publication: relative dates (أمس، قبل أسبوعين) are resolved against it. */
  publishedAt?: string
}

export interface Extraction {
  quotes: Quote[]
  entities: Entity[]
  dates: DateMention[]
  sources: CitedSource[]
  /** The date the text gives itself, only when `publishedAt` is not given (see `inferArticleDate`). */
  date?: ArticleDate
}

/**
 * Content, date lines for the dates they give (`تاريخ النشر: …` dates an undated article) and bylines for the
 * outlets they credit (`NAME – PLACE`, `متابعة- NAME:`; the writer is read, then left out as the guideline asks); no
 * other clutter.
 */
function readsForExtraction(block: Block): boolean {
  const { kind } = block
  return isContentBlock(kind) || kind === 'dateline' || kind === 'byline' || outletLine(block)
}

/** Characters of a clutter line that may be an outlet's name alone (أفق نيوز، الوطن أونلاين). */
const MAX_OUTLET_LINE = 40
const LAST_WORD = /([\u0621-\u064a]+)[^\u0621-\u064a]*$/
/** Four words or more: a line of the page's own (شاهد آخر حلقاتنا أونلاين), not a name alone. */
const WORDS_OF_LINE = /\S+\s+\S+\s+\S+\s+\S+/

/**
 * A logo's or footer's line of a few words whose last is an outlet's ending (نيوز، برس، أونلاين): the outlet's name
 * over or under its article, which the guideline counts as the credit it is. Its words are read as a credit line's
 * (no quote, no source; an entity only where its shape vouches for it).
 */
function outletLine(block: Block): boolean {
  if (block.text.length > MAX_OUTLET_LINE || WORDS_OF_LINE.test(block.text)) return false
  const last = LAST_WORD.exec(block.text)
  return last !== null && mediaNameEndingSet.has(norm(last[1]!))
}

/**
 * Who said what, who and what is named, and when: quotes with their speakers, entities with their roles and
 * mentions, dates, and cited sources, found by rules and the gazetteer in `./gazetteer`. Offsets index `doc.text`.
 * Reads headings and paragraphs, date lines for dates and bylines for the outlets they credit: page clutter gives
 * no quote or source, and no entity but a byline's outlet (a person named only there is no entity).
 * Never throws on text: unbalanced or nested quote marks and text without Arabic give a valid, possibly empty, result.
 */
export function extractArticle(doc: ExtractionInput): Extraction {
  return extractWith(doc, ENTITY_WEIGHTS).extraction
}

/**
 * `extractArticle` with the learned entity check of `model` (`{}`: the rules alone), and the entities the rules
 * found with their features: of every entity when `everyRow` (what `eval/train-entity-model.ts` learns from), else
 * of those the model may take away. `speech` is the learned layer that adds reported speech the rules left
 * (`null`: the rules alone; a function: the candidates it names by their index taken, how
 * `eval/train-speech-model.ts` labels them); the candidates it read come back with their features.
 */
export function extractWith(
  doc: ExtractionInput,
  model: EntityModel,
  everyRow = false,
  speech: SpeechModel | ((candidate: number) => boolean) | null = SPEECH_WEIGHTS,
): {
  extraction: Extraction
  /** The words the rules read (clutter left out), for training that labels them. */
  words: readonly Word[]
  rows: EntityRow[]
  candidates: SpeechCandidate[]
  /** When `speech` is a function: the rules' own reports as candidates, to learn from. */
  ruleCandidates?: SpeechCandidate[]
} {
  const { text } = doc
  const blocks =
    doc.blocks.length > 0 ? doc.blocks : [{ kind: 'paragraph' as const, text, start: 0, end: text.length }]
  const sentences =
    doc.sentences.length > 0 ? doc.sentences : [{ text, start: 0, end: text.length, block: 0 }]
  const words = readWords(text, blocks, sentences, readsForExtraction)
  const content = blocks.filter((block) => isContentBlock(block.kind))
  const quotedSpans = content.length > 0 ? findQuotedSpans(text, content) : []
  const creditBlocks = creditBlocksOf(blocks)
  const scan = createScan(text, words, quotedSpans, creditBlocks, headlineBlock(blocks, words))
  const recognition = recognize(scan)
  const resolution = resolveEntities(scan, recognition)
  const index = indexMentions(scan, recognition, resolution)
  const { reports, acts } = findReports(scan, index)
  const { mentions: dates, stamps } = extractDates(scan, doc.publishedAt)
  const date =
    doc.publishedAt === undefined
      ? inferArticleDate({ text, blocks, sentences }, [...stamps, ...dates])
      : undefined
  let quotes = extractQuotes(scan, quotedSpans, reports, index, sentences, blocks, acts)
  // A model that takes nothing (threshold above 1) costs nothing; one of a few layouts looks for those alone.
  const candidates =
    speech === null || (typeof speech !== 'function' && speech.threshold > 1)
      ? []
      : speechCandidates(
          scan,
          index,
          reports,
          quotes,
          typeof speech === 'function' ? undefined : speech.layouts,
        )
  const added = candidates.filter(({ features }, i) =>
    typeof speech === 'function' ? speech(i) : speech !== null && takes(speech, features),
  )
  if (added.length > 0) {
    // Stable sort, the rules' reports last: of two at one verb, the rules' is the one a direct quote reads.
    const merged = [...added.map((c) => c.report), ...reports].sort((a, b) => a.verb - b.verb)
    quotes = extractQuotes(scan, quotedSpans, merged, index, sentences, blocks, acts)
  }
  const sources = extractSources(scan, reports, index)
  const cited = citedIds(quotes, sources)
  const rows = entityRows(
    scan,
    resolution.entities,
    resolution.found,
    recognition.claimed,
    cited,
    everyRow ? undefined : (entity) => judges(model, entity.kind) && !cited.has(entity.id),
  )
  const entities = withoutBylineWriters(scan, keptEntities(rows, model, cited), resolution.found, cited)
  return {
    extraction: {
      quotes,
      entities,
      dates: outsideNames(text, dates, entities),
      sources,
      ...(date && { date }),
    },
    words,
    rows,
    candidates,
    ...(typeof speech === 'function' && { ruleCandidates: ruleCandidates(scan, reports) }),
  }
}

/**
 * Dates that are not words of a name (المصري اليوم، جامعة 6 أكتوبر): a name's words name no time, wherever the name is
 * written again, also where it was not read as a mention (لـ"بغداد اليوم" after the outlet was found elsewhere).
 */
function outsideNames(text: string, dates: DateMention[], entities: readonly Entity[]): DateMention[] {
  // Most articles' entities hold hundreds of mentions: none are read for an article without dates, and none are
  // gathered into one array for one with dates.
  if (dates.length === 0) return []
  return dates.filter((date) => !insideName(text, date, entities))
}

function insideName(text: string, date: DateMention, entities: readonly Entity[]): boolean {
  // Read once: dates come in many shapes, so each read of their fields is a megamorphic load.
  const { start, end } = date
  for (let m = 0; m < entities.length; m++) {
    const entity = entities[m]!
    const mentions = entity.mentions
    if (mentions === undefined) continue
    for (let n = 0; n < mentions.length; n++) {
      const name = mentions[n]!
      if (name.start <= start && end <= name.end) return true
      if (name.end - name.start > end - start && writtenAround(text, date, name)) return true
    }
  }
  return false
}

/** The words of a mention `name` that hold the date are written around it again: the same name at another place. */
function writtenAround(text: string, date: DateMention, name: { start: number; end: number }): boolean {
  const surface = text.slice(name.start, name.end)
  const offset = surface.indexOf(date.text)
  return offset >= 0 && date.start >= offset && text.startsWith(surface, date.start - offset)
}

/**
 * 1 for each block that is not content: a plain array filled by a loop (`Uint8Array.from` with a mapping reads through
 * an iterator, and a typed array per article costs more to make than this one does).
 */
function creditBlocksOf(blocks: readonly Block[]): number[] {
  const credit: number[] = new Array(blocks.length).fill(0)
  for (let b = 0; b < blocks.length; b++) credit[b] = isContentBlock(blocks[b]!.kind) ? 0 : 1
  return credit
}

/** The headline is the block of the first word when more blocks follow; a text of one block (a lone sentence) has none. */
function headlineBlock(blocks: readonly Block[], words: readonly Word[]): number {
  return blocks.length > 1 ? (words[0]?.block ?? -1) : -1
}
