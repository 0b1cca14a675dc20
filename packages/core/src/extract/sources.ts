import type { CitedSource, CitedSourceKind } from '../model/extraction.ts'
import { interviewNounSet as INTERVIEW, mediaHeadOpen, speakerNounSet } from './lexicon.ts'
import type { MentionIndex } from './mention-index.ts'
import type { Report } from './reports.ts'
import type { Found, Scan } from './scan.ts'
import type { Subject } from './subjects.ts'
import { rawCut } from './words.ts'

/**
 * The sources an article cites: whatever an attribution names (بحسب وكالة "سبوتنيك"، وفقاً للكرملين، نقلاً عن
 * مصادر مطلعة), outlets that pass words on (نقلت وكالة رويترز عن …), and outlets that speak (قال موقع "ستاندرد").
 * A cue before a phrase that names no one (وفق القانون) is no citation.
 */
export function extractSources(scan: Scan, reports: readonly Report[], index: MentionIndex): CitedSource[] {
  const sources: CitedSource[] = []
  const seen = new Set<number>()
  for (const source of outletsSpokenTo(scan, index)) {
    seen.add(source.start)
    sources.push(source)
  }
  const add = (subject: Subject, cue: string) => {
    const source = toSource(scan, subject, cue)
    if (!source || seen.has(source.start)) return
    seen.add(source.start)
    sources.push(source)
  }
  for (let m = 0; m < reports.length; m++) {
    const report = reports[m]!
    if (report.via) add(report.via, report.lemma)
    if (!report.subject) continue
    // Someone an outlet quotes (نقلت الوكالة عن الوزير) is a speaker; unnamed and other sources are cited.
    if (report.kind === 'transmission' && report.subject.kind === 'person') continue
    if (report.kind === 'cue' || report.kind === 'transmission') {
      if (report.subject.speaker.entity || isSourceNoun(scan, report.subject))
        add(report.subject, report.kind === 'transmission' ? 'نقل عن' : report.lemma)
    } else if (report.subject.kind === 'media') add(report.subject, report.lemma)
  }
  return sources.sort((a, b) => a.start - b.start)
}

/** Outlets someone spoke to: قال لقناة "الإخبارية"، في تصريح لوكالة فرانس برس، لرويترز. */
function outletsSpokenTo(scan: Scan, index: MentionIndex): CitedSource[] {
  const { words, text } = scan
  const sources: CitedSource[] = []
  const seen = new Set<Found>()
  for (let n = 0; n < index.mentionAt.length; n++) {
    const mention = index.mentionAt[n]
    // Not `mention?.kind !== 'media'`: the undefined of most words would make V8 compare through its generic builtin.
    if (mention === undefined || mention.kind !== 'media' || !mention.entity || seen.has(mention)) continue
    seen.add(mention)
    const from = index.claimStart.get(mention) ?? mention.first
    const word = words[from]!
    const head = word.bases.find((base) => base.cut === 1)
    const attached =
      word.norm[0] === 'ل' &&
      head !== undefined &&
      (from < mention.first ? mediaHeadOpen.has(head.base) : mention.start > word.start)
    if (!attached && !spokenTo(scan, from)) continue
    const start = from === mention.first ? mention.start : word.start + rawCut(word.raw, 1)
    let end = mention.end
    const closing = scan.quoteClosingAt.get(mention.last)
    if (closing && closing.close >= end) end = closing.close + 1
    sources.push({
      name: mention.name,
      entity: mention.entity,
      kind: 'media',
      text: text.slice(start, end),
      start,
      end,
      cue: 'لـ',
    })
  }
  return sources
}

/** The words before an outlet say someone spoke to it: لـ"الجزيرة نت"، في مقابلة مع التلفزيون الأردني. */
function spokenTo(scan: Scan, from: number): boolean {
  const before = from > 0 ? scan.words[from - 1] : undefined
  if (!before || before.sentence !== scan.words[from]!.sentence) return false
  if (before.norm === 'ل' || before.norm === 'لـ') return true
  const noun = from >= 2 ? scan.words[from - 2] : undefined
  return before.norm === 'مع' && noun !== undefined && INTERVIEW.has(noun.norm)
}

function isSourceNoun(scan: Scan, subject: Subject): boolean {
  return scan.words[subject.first]!.bases.some(({ base }) => speakerNounSet.has(base))
}

function toSource(scan: Scan, subject: Subject, cue: string): CitedSource | undefined {
  const { text } = scan
  const start = subject.start
  let end = scan.words[subject.last]!.end
  // An outlet named in quote marks keeps its closing mark: وكالة "سبوتنيك". A quote left open closes at the text's
  // end, where there is no mark to keep.
  const closing = scan.quoteClosingAt.get(subject.last)
  if (closing && closing.close >= end && closing.close < text.length && closing.open >= start)
    end = closing.close + 1
  if (start >= end) return undefined
  const kind: CitedSourceKind =
    subject.kind === 'location' ? 'organization' : subject.kind === 'unnamed' ? 'anonymous' : subject.kind
  const { name, entity } = subject.speaker
  const cited = text.slice(start, end)
  // Written out in the output's order, not with spreads of the optional fields: V8 defines a field after a spread in
  // its runtime.
  const source: CitedSource = entity
    ? { name, entity, kind, text: cited, start, end }
    : { name, kind, text: cited, start, end }
  if (cue) source.cue = cue
  return source
}
