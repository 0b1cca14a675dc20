import type { CitedSource, CitedSourceKind } from '../model/extraction.ts'
import { speakerNounSet } from './lexicon.ts'
import type { Report } from './reports.ts'
import type { Scan } from './scan.ts'
import type { Subject } from './subjects.ts'

/**
 * The sources an article cites: whatever an attribution names (بحسب وكالة "سبوتنيك"، وفقاً للكرملين، نقلاً عن
 * مصادر مطلعة), outlets that pass words on (نقلت وكالة رويترز عن …), and outlets that speak (قال موقع "ستاندرد").
 * A cue before a phrase that names no one (وفق القانون) is no citation.
 */
export function extractSources(scan: Scan, reports: readonly Report[]): CitedSource[] {
  const sources: CitedSource[] = []
  const seen = new Set<number>()
  const add = (subject: Subject, cue: string) => {
    const source = toSource(scan, subject, cue)
    if (!source || seen.has(source.start)) return
    seen.add(source.start)
    sources.push(source)
  }
  for (const report of reports) {
    if (report.via) add(report.via, report.lemma)
    if (!report.subject) continue
    if (report.kind === 'cue' || report.kind === 'transmission') {
      if (report.subject.speaker.entity || isSourceNoun(scan, report.subject))
        add(report.subject, report.kind === 'transmission' ? 'نقل عن' : report.lemma)
    } else if (report.subject.kind === 'media') add(report.subject, report.lemma)
  }
  return sources.sort((a, b) => a.start - b.start)
}

function isSourceNoun(scan: Scan, subject: Subject): boolean {
  return scan.words[subject.first]!.bases.some(({ base }) => speakerNounSet.has(base))
}

function toSource(scan: Scan, subject: Subject, cue: string): CitedSource | undefined {
  const { text } = scan
  const start = subject.start
  let end = scan.words[subject.last]!.end
  // An outlet named in quote marks keeps its closing mark: وكالة "سبوتنيك".
  const closing = scan.quoteClosingAt.get(subject.last)
  if (closing && closing.close >= end && closing.open >= start) end = closing.close + 1
  if (start >= end) return undefined
  const kind: CitedSourceKind = subject.kind === 'location' ? 'organization' : subject.kind
  return {
    name: subject.speaker.name,
    ...(subject.speaker.entity && { entity: subject.speaker.entity }),
    kind,
    text: text.slice(start, end),
    start,
    end,
    cue,
  }
}
