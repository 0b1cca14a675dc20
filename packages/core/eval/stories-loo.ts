import { type Article, type Story, storiesOf } from '../src/index.ts'
import { averageLink, cosineMatrix } from './baseline.ts'
import type { StoryItem } from './stories.ts'
import { parseCorpus, storiesF1 } from './story-runs.ts'

/** One setting of a clusterer's options, and the B³ F1 it gets on each corpus. */
interface Trial {
  setting: Record<string, number>
  f1: number[]
}

export interface HeldOutFigure {
  corpus: string
  /** B³ F1 on this corpus with the setting that did best on the other corpora together. */
  f1: number
  setting: Record<string, number>
}

interface Clusterer {
  name: string
  settings: Record<string, number>[]
  stories: (
    articles: Article[],
    setting: Record<string, number>,
  ) => readonly Pick<Story, 'id' | 'articleIds'>[]
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Number((from + i * step).toFixed(2)))

/** The options of `storiesOf` chosen on the development corpora, and the grid they are chosen from. */
export const CLUSTERERS: Clusterer[] = [
  {
    // Nothing to choose: what ships, so its figures sit beside the others' held-out ones.
    name: 'storiesOf, as shipped',
    settings: [{}],
    stories: (articles) => storiesOf(articles),
  },
  {
    // The reference point at a threshold chosen on the other corpora, not on the corpus scored: the
    // per-corpus best threshold that `eval` prints is a figure no one can have before the corpus is labelled.
    name: 'TF-IDF average link (baseline)',
    settings: range(0.05, 0.4, 0.01).map((threshold) => ({ threshold })),
    stories: (articles, { threshold }) => baselineStories(articles, threshold!),
  },
  {
    name: 'storiesOf, hand-set link',
    // The threshold only: the other options keep their defaults, so that two corpora choose one number.
    settings: range(0.1, 0.3, 0.01).map((threshold) => ({ threshold })),
    stories: (articles, setting) => storiesOf(articles, { ...setting, pairModel: null }),
  },
]

/**
 * Leave-one-corpus-out: for each corpus, the options that give the best mean B³ F1 on the others, scored on it. A
 * figure a setting tuned on the very corpus it is scored on cannot give: how the rules may do on corpora to come.
 */
export function leaveOneOut(
  corpora: readonly { name: string; items: readonly StoryItem[] }[],
  clusterer: Clusterer,
  dated: boolean,
): HeldOutFigure[] {
  const parsed = corpora.map(({ name, items }) => parseCorpus(name, items, [dated]))
  const trials: Trial[] = clusterer.settings.map((setting) => ({
    setting,
    f1: parsed.map(({ runs, event }) => storiesF1(clusterer.stories(runs[0]!.articles, setting), event)),
  }))
  return corpora.map(({ name }, held) => {
    const others = (trial: Trial) => trial.f1.reduce((sum, f1, i) => sum + (i === held ? 0 : f1), 0)
    // The first of equal settings in grid order: the grid lists the lower thresholds first.
    const best = trials.reduce((a, b) => (others(b) > others(a) ? b : a))
    return { corpus: name, f1: best.f1[held]!, setting: best.setting }
  })
}

function baselineStories(
  articles: readonly Article[],
  threshold: number,
): Pick<Story, 'id' | 'articleIds'>[] {
  const labels = averageLink(similarities(articles), threshold)
  const groups = new Map<number, string[]>()
  for (const [i, label] of labels.entries())
    groups.set(label, [...(groups.get(label) ?? []), articles[i]!.id])
  return [...groups].map(([label, articleIds]) => ({ id: String(label), articleIds }))
}

// The cosines do not depend on the threshold: computed once per corpus, not once per setting.
const similarityCache = new WeakMap<readonly Article[], Float64Array[]>()
function similarities(articles: readonly Article[]): Float64Array[] {
  let matrix = similarityCache.get(articles)
  if (matrix === undefined) {
    matrix = cosineMatrix(articles.map((article) => article.text))
    similarityCache.set(articles, matrix)
  }
  return matrix
}
