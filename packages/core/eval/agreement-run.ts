// `pnpm --filter @marsad/core eval:agreement`: every second annotation in eval/agreement/ scored against its gold
// (eval/agreement.ts). With --system, the parser's figures on the same articles beside it: for a held-out set that
// is a reading of it, so the flag is for the lead, once.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { precision, recall } from '../test/extraction/score.ts'
import './deployed-lists.ts'
import { clutterAgreement, differencesAgreement, extractionAgreement, storiesAgreement } from './agreement.ts'
import { loadGold, readCached, withCachedText } from './cache.ts'
import { scoreClutter } from './clutter.ts'
import { EXTRACTION_HEADER, extractionRow, scoreArticles, sumScores } from './extraction.ts'
import {
  ClutterGoldSchema,
  DifferencesGoldSchema,
  ExtractionGoldSchema,
  StoriesGoldSchema,
} from './gold-schema.ts'
import { scoreStories } from './stories.ts'

const AGREEMENT_DIR = fileURLToPath(new URL('./agreement/', import.meta.url))
const withSystem = process.argv.includes('--system')

const files = existsSync(AGREEMENT_DIR)
  ? readdirSync(AGREEMENT_DIR).filter((name) => name.endsWith('.json'))
  : []
if (files.length === 0) console.log('No second annotation in eval/agreement/: nothing to compare.')
const f = (value: number) => value.toFixed(3)

for (const file of files.sort()) {
  const name = file.slice(0, -'.json'.length)
  const raw = JSON.parse(readFileSync(AGREEMENT_DIR + file, 'utf8'))
  if (name.startsWith('real-')) {
    const gold = loadGold('real', [name])[0]!.articles
    const second = ExtractionGoldSchema.parse(raw).articles
    const { scores, articles } = extractionAgreement(gold, second, readCached)
    if (articles === 0) {
      console.log(`${name}: skipped, its texts are not in the cache`)
      continue
    }
    console.log(
      `\n${name}: ${articles} articles, the second annotation scored against the gold\n${EXTRACTION_HEADER}`,
    )
    console.log(extractionRow('second annotator', scores))
    if (withSystem) {
      console.log(extractionRow('parser', sumScores(scoreArticles(withCachedText(gold)))))
    }
  } else if (name.startsWith('stories-')) {
    const gold = loadGold('stories', [name])[0]!.articles
    const second = StoriesGoldSchema.parse(raw).articles
    const b = storiesAgreement(gold, second)
    console.log(
      `\n${name}: ${b.articles} articles, ${b.events[0]} events in the gold and ${b.events[1]} in the second annotation; B³ of the second against the gold P ${f(b.precision)} R ${f(b.recall)} F1 ${f(b.f1)}`,
    )
    if (withSystem) {
      const s = scoreStories(withCachedText(gold))
      console.log(
        `parser on the same articles: B³ F1 with dates ${f(s.withDates.f1)}, without ${f(s.withoutDates.f1)}`,
      )
    }
  } else if (name.startsWith('clutter-')) {
    const gold = withCachedText(loadGold('clutter', [name])[0]!.pages)
    const second = ClutterGoldSchema.parse(raw).pages
    const { figures, sameLabel, kappa } = clutterAgreement(gold, second)
    console.log(
      `\n${name}: ${gold.length} pages, ${figures.lines} lines; the second annotation's clutter lines against the gold's P ${f(precision(figures.clutter))} R ${f(recall(figures.clutter))}, article lines put in clutter ${figures.bodyLost.length}, same label ${sameLabel} of ${figures.lines}, kappa (content / clutter) ${f(kappa)}`,
    )
    if (withSystem) {
      const s = scoreClutter(gold)
      console.log(
        `parser on the same pages: P ${f(precision(s.clutter))} R ${f(recall(s.clutter))}, article lines lost ${s.bodyLost.length}`,
      )
    }
  } else if (name.startsWith('differences-')) {
    const gold = loadGold('differences', [name])[0]!.events
    const d = differencesAgreement(gold, DifferencesGoldSchema.parse(raw).events)
    const kinds = Object.entries(d.byKind)
      .map(([kind, { gold, both }]) => `${kind} ${both} of ${gold}`)
      .join(', ')
    console.log(
      `\n${name}: ${d.gold} disagreements in the gold, ${d.second} in the second annotation, ${d.both} in both (${kinds}); P ${f(d.both / Math.max(1, d.second))} R ${f(d.both / Math.max(1, d.gold))}`,
    )
  } else console.log(`${file}: not a batch or corpus name this script compares`)
}
