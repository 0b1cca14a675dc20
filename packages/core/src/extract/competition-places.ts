// A place named inside a competition's name (كأس آسيا، كأس أمم أفريقيا) is part of that name, not a place of the text.
import { competitionHeads, competitionLinks } from '../lang/ar/heads.ts'
import { norm } from './lexicon.ts'
import { type Found, joined, type Scan } from './scan.ts'

const HEADS: ReadonlySet<string> = new Set(competitionHeads.map(norm))
const LINKS: ReadonlySet<string> = new Set(competitionLinks.map(norm))

/**
 * The found names less the places that stand in a competition's name: right after its head, bare or behind a
 * particle (بكأس الخليج), or after a link word (كأس أمم أفريقيا، دوري أبطال آسيا). The guideline lists no competition,
 * and the annotators leave its place out where the text names it nowhere else; a mention elsewhere still names it.
 */
export function withoutCompetitionPlaces(scan: Scan, found: Found[]): Found[] {
  let kept: Found[] | undefined
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    const inName = f.kind === 'location' && f.form === 'name' && inCompetition(scan, f.first)
    if (inName && kept === undefined) kept = found.slice(0, n)
    else if (!inName && kept !== undefined) kept.push(f)
  }
  return kept ?? found
}

function inCompetition(scan: Scan, first: number): boolean {
  const { words } = scan
  if (first === 0 || !joined(words, first)) return false
  const before = words[first - 1]!
  if (isHead(before.bases)) return true
  if (!LINKS.has(before.norm) || first < 2 || !joined(words, first - 1)) return false
  return isHead(words[first - 2]!.bases)
}

function isHead(bases: readonly { base: string; cut: number }[]): boolean {
  for (let n = 0; n < bases.length; n++) if (bases[n]!.cut <= 1 && HEADS.has(bases[n]!.base)) return true
  return false
}
