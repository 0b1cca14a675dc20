import { nisbaPlaces, norm } from './lexicon.ts'
import { addAlternate, type Found } from './scan.ts'

const TEAM = norm('منتخب')
const THE_TEAM = norm('المنتخب')
const NATIONAL = norm('الوطني')

/**
 * A national team named by its country and by the country's nisba (منتخب المغرب … المنتخب المغربي، منتخب الكويت
 * … المنتخب الوطني الكويتي) is one team: every form takes the name met first and keeps its own as another form.
 */
export function unifyNationalTeams(found: Found[]): void {
  const names = new Map<string, string>()
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!
    if (f.kind !== 'organization') continue
    const key = teamKey(f.name)
    if (key === undefined) continue
    const first = names.get(key)
    if (first === undefined) names.set(key, f.name)
    else if (first !== f.name) {
      addAlternate(f, f.name)
      f.name = first
    }
  }
}

/** The country and the rest of a team's name (منتخب مصر للشباب → مصر|للشباب), or undefined for no team of a country. */
function teamKey(name: string): string | undefined {
  const key = norm(name)
  // Most bodies are no team: their names need no split.
  if (!key.startsWith(TEAM) && !key.startsWith(THE_TEAM)) return undefined
  const words = key.split(' ')
  if (words[0] === TEAM && words.length > 1) return `${words[1]}|${rest(words.slice(2))}`
  if (words[0] !== THE_TEAM) return undefined
  const at = words.findIndex((w, k) => k > 0 && nisbaPlaces.has(w))
  if (at < 0) return undefined
  const place = norm(nisbaPlaces.get(words[at]!)!)
  return `${place}|${rest(words.slice(1).filter((_, k) => k + 1 !== at))}`
}

function rest(words: readonly string[]): string {
  return words.filter((w) => w !== NATIONAL).join(' ')
}
