import { entityId } from '../extract/index.ts'
import { type Score, scoresIn } from '../extract/match-scores.ts'
import { countries } from '../lang/ar/countries.ts'
import type { Difference } from '../model/coverage.ts'
import { differenceValue } from './difference-value.ts'
import type { SentenceSpace } from './sentence-space.ts'

// The news puts the result in the title and the first sentences; later ones tell of other matches (the last round's).
const LEAD_SENTENCES = 3

interface Stated {
  article: number
  sentence: number
  score: Score
}

/**
 * Articles whose leads give a match's result differently (2-1 in one, 3-1 in another; a shootout's 3-0 and 4-2 each
 * apart from the match's). Each article's result is the first score its first sentences state of the match, and of
 * its shootout; goals are compared winner first, so «خسر … 1-2» and «فاز … 2-1» are one result.
 */
export function scoreDifferences(space: SentenceSpace): Difference[] {
  const leads = space.articles.map((article, a) =>
    article.sentences
      .slice(0, LEAD_SENTENCES)
      .flatMap((sentence, s) => scoresIn(sentence.text).map((score) => ({ article: a, sentence: s, score }))),
  )
  const stated = leads.map((scores) => {
    // A result of a leg the lead names beside the match's own (وكان لقاء الذهاب قد انتهى …) is context: the first
    // result of no leg named is the article's, else its first.
    return (['match', 'shootout'] as const).flatMap(
      (kind) =>
        scores.find((x) => x.score.of === kind && x.score.leg === undefined) ??
        scores.find((x) => x.score.of === kind) ??
        [],
    )
  })
  const places = (x: Stated) => placesIn(space, x.article, x.sentence)
  const differences: Difference[] = []
  for (const kind of ['match', 'shootout'] as const) {
    const results = stated.flatMap((list) => list.filter((x) => x.score.of === kind))
    results.forEach((x, i) => {
      for (const y of results.slice(i + 1)) {
        if (sameResult(x.score, y.score)) continue
        // A lead that also states the other's result (the first leg's 0-0 beside the second's 1-0) tells two matches
        // or two moments of one, and the two articles agree on the one they share.
        if (states(leads[x.article]!, y.score) || states(leads[y.article]!, x.score)) continue
        if (x.score.leg !== undefined && y.score.leg !== undefined && x.score.leg !== y.score.leg) continue
        if (otherMatch(places(x), places(y))) continue
        differences.push({ kind: 'number', subject: 'النتيجة', values: [value(space, x), value(space, y)] })
      }
    })
  }
  return differences
}

/**
 * Each sentence names a state the other does not (الجزائر وكينيا, الجزائر والسنغال): the results of two matches. Only
 * states: a national team is named by its state, while a city or a stadium (الدوحة، استاد لوسيل) is where one match
 * was played, which one outlet names and another does not.
 */
function otherMatch(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((place) => !b.has(place)) && [...b].some((place) => !a.has(place))
}

const stateIds: ReadonlySet<string> = new Set(countries.map((country) => entityId('location', country.name)))

/** The states (entity ids) the extraction found in a sentence. */
function placesIn(space: SentenceSpace, article: number, sentence: number): ReadonlySet<string> {
  const span = space.articles[article]!.sentences[sentence]!
  const end = span.start + span.text.length
  return new Set(
    space.extractions[article]!.entities.filter(
      (entity) =>
        stateIds.has(entity.id) &&
        (entity.mentions ?? []).some((mention) => mention.start >= span.start && mention.end <= end),
    ).map((entity) => entity.id),
  )
}

/** Winner's goals first, so «خسر … 1-2» and «فاز … 2-1» are one result. */
const sameResult = (a: Score, b: Score) => a.high === b.high && a.low === b.low

const states = (scores: readonly Stated[], score: Score) => scores.some((x) => sameResult(x.score, score))

const value = (space: SentenceSpace, { article, sentence, score }: Stated) =>
  differenceValue(space, article, sentence, score, `${score.high}-${score.low}`)
