// `node eval/speech-census.ts [--fit | --only stories-1,clutter-3,real-5] [--min 3] [--where WORD] [--speaker NAME]
// [--silent]`: what the parser makes of speech on the cached pages of development batches, annotated or not. It
// counts, for every complementiser (أن، إن، بأن and their pronoun forms) that opens no quote the parser found, the
// words before it, so that a verb of saying the lists lack, or a layout no rule reads, shows up by how often news
// writes it; and it lists the speakers the parser gave by how they are named (an entity, a word no entity holds,
// none). `--where WORD` prints each uncovered complementiser whose four words before hold WORD, with its page and
// line; `--speaker NAME` each quote given that speaker (`null` for none), with the words before it; `--silent` each
// sentence that opens with a finite verb of saying and where no quote starts (`وقال معاليه: …`). A speaker phrase the
// rules cut (`وسائل` for `وسائل إعلام محلية`) shows up here on many unannotated pages where the annotated errors
// hold one.
import { readdirSync } from 'node:fs'
import { norm, reportingForms } from '../src/lang/ar/compiled.ts'
import { parseArticle } from '../src/structure/parse-article.ts'
import { CACHE_DIR, readCached } from './cache.ts'
import './deployed-lists.ts'
import { arg, censusBatches } from './census-args.ts'

const batches = censusBatches()
const min = Number(arg('--min') ?? 3)
const where = arg('--where')
const speakerName = arg('--speaker')
const silent = process.argv.includes('--silent')

const files = readdirSync(CACHE_DIR).filter((file) => file.endsWith('.txt'))
const pages = batches.flatMap((batch) =>
  files.filter((file) => file.startsWith(`${batch}-`)).map((file) => file.slice(0, -'.txt'.length)),
)

const COMPLEMENTISER = /(?<![\p{L}\p{M}])(?:ب|و)?[أإا]ن(?:ه|ها|هم|هما|نا|ني)?(?![\p{L}\p{M}])/gu
const WORD = /[\p{L}\p{M}]+/gu
const bare = (word: string) => {
  const form = norm(word)
  return /^[وف]/.test(form) && form.length > 3 ? form.slice(1) : form
}
const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)

const uncoveredBefore = new Map<string, number>()
const coveredBefore = new Map<string, number>()
const uncoveredRight = new Map<string, number>()
const speakerKinds = new Map<string, number>()
const looseSpeakers = new Map<string, number>()
let uncovered = 0
let covered = 0

for (const id of pages) {
  const text = readCached(id)
  if (text === null) continue
  const article = parseArticle(text)
  const starts = article.quotes.map((quote) => quote.start)
  for (const quote of article.quotes) {
    const kind = quote.speaker === null ? 'none' : quote.speaker.entity !== undefined ? 'entity' : 'words'
    bump(speakerKinds, `${quote.kind} ${kind}`)
    if (quote.speaker !== null && quote.speaker.entity === undefined)
      bump(looseSpeakers, `${quote.kind}\t${quote.speaker.name}`)
    if (speakerName !== undefined && (quote.speaker?.name ?? 'null') === speakerName) {
      const from = Math.max(text.lastIndexOf('\n', quote.start) + 1, quote.start - 160)
      console.log(
        `${id}\t${quote.kind}\t${text.slice(from, quote.start)}⟦${text.slice(quote.start, Math.min(quote.end, quote.start + 60))}`,
      )
    }
  }
  // A sentence whose first or second word is a finite verb of saying and where no quote starts: speech no layout read.
  if (silent)
    for (const sentence of article.sentences) {
      const words = (sentence.text.match(WORD) ?? []).slice(0, 2).map(norm)
      const verb = words.find((word) => {
        const form = reportingForms.get(word) ?? reportingForms.get(word.slice(1))
        return form !== undefined && !form.participle
      })
      if (verb === undefined) continue
      if (starts.some((start) => start >= sentence.start && start < sentence.end)) continue
      console.log(`${id}\t${verb}\t${sentence.text.slice(0, 200).replace(/\n/g, ' ⏎ ')}`)
    }
  for (const match of text.matchAll(COMPLEMENTISER)) {
    const at = match.index ?? 0
    const end = at + match[0].length
    const opens = starts.some((start) => start >= at && start - end < 12)
    const inside = article.quotes.some((quote) => quote.start < at && quote.end > end)
    if (inside) continue
    const lineStart = text.lastIndexOf('\n', at) + 1
    const words = (text.slice(Math.max(lineStart, at - 80), at).match(WORD) ?? []).slice(-4).map(bare)
    const counts = opens ? coveredBefore : uncoveredBefore
    if (opens) covered++
    else uncovered++
    for (const word of new Set(words)) bump(counts, word)
    if (!opens && words.length > 0) bump(uncoveredRight, words.at(-1)!)
    if (!opens && where !== undefined && words.includes(norm(where))) {
      const lineEnd = text.indexOf('\n', end)
      console.log(
        `${id}\t${text.slice(Math.max(lineStart, at - 120), Math.min(lineEnd < 0 ? text.length : lineEnd, end + 80))}`,
      )
    }
  }
}
if (where !== undefined || speakerName !== undefined || silent) process.exit(0)

console.log(`${pages.length} pages of ${batches.length} batches`)
console.log(`complementisers opening a quote: ${covered}; opening none: ${uncovered}`)
console.log('\n## speakers by how they are named\n')
for (const [key, n] of [...speakerKinds].sort()) console.log(`${key}\t${n}`)
console.log('\n## speakers with no entity\n')
for (const [key, n] of [...looseSpeakers]
  .sort((a, b) => b[1] - a[1])
  .filter(([, n]) => n >= (min > 1 ? 2 : 1)))
  console.log(`${n}\t${key}`)
console.log('\n## the word right before a complementiser that opens no quote\n')
for (const [word, n] of [...uncoveredRight].sort((a, b) => b[1] - a[1]).filter(([, n]) => n >= min))
  console.log(`${n}\t${word}`)
console.log('\n## words among the four before a complementiser that opens no quote (opening one beside)\n')
for (const [word, n] of [...uncoveredBefore].sort((a, b) => b[1] - a[1]).filter(([, n]) => n >= min))
  console.log(`${n}\t${coveredBefore.get(word) ?? 0}\t${word}`)
