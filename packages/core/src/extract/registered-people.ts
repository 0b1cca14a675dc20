// People of a list loaded apart (`@marsad/core/people`), registered at start: added to recognition as the entries of
// `lang/ar/people.ts` are, their full names, variants and short forms to the gazetteer.
import {
  commonWordSet,
  contextualAliases,
  functionWordSet,
  knownSurnameSet,
  norm,
  type Phrase,
  phrasesByFirstWord,
  Start,
  type Target,
} from './lexicon.ts'
import { addStartFlags } from './word-flags.ts'

/** A person of a registered list: as `lang/ar/people.ts` writes one. */
export interface RegisteredPerson {
  name: string
  variants: string[]
  short: string[]
  contextual: string[]
}

const ARABIC_PHRASE = /^[\u0621-\u063A\u0640-\u0652 ]+$/

/**
 * Reads a list of people, one a line: the full name, then `= variant`, `+ short`, `~ contextual` (see
 * `lang/ar/written-people.ts`); blank lines and lines opening with # are left out.
 */
export function parsePeople(text: string): RegisteredPerson[] {
  const people: RegisteredPerson[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const parts = line.split(/\s*([=+~])\s*/)
    const person: RegisteredPerson = { name: parts[0]!, variants: [], short: [], contextual: [] }
    for (let k = 1; k + 1 < parts.length; k += 2) {
      const form = parts[k + 1]!
      if (parts[k] === '=') person.variants.push(form)
      else if (parts[k] === '+') person.short.push(form)
      else person.contextual.push(form)
    }
    for (const form of [person.name, ...person.variants, ...person.short, ...person.contextual]) {
      if (!ARABIC_PHRASE.test(form) || /\s{2}/.test(form))
        throw new Error(`registerPeople: "${form}" in "${line}"`)
    }
    people.push(person)
  }
  return people
}

/** عبد الله → عبدالله: a name with عبد is written joined too. */
function joinedForms(form: string): string[] {
  return / عبد |^عبد /.test(form) ? [form.replace(/(^| )عبد /g, '$1عبد')] : []
}

/**
 * Adds people to person recognition, for every `parseArticle` after the call (the list of `@marsad/core/people`;
 * the Node API, its Worker and the CLI register it at start). `people` is written as `lang/ar/written-people.ts`
 * writes it. A full name or a variant names its person anywhere, as a `short` form does; a `contextual` form stands
 * for them where the article has named them in full; the words after a name's first are known family names. A form
 * the gazetteer already has keeps its entity: registering twice changes nothing.
 */
export function registerPeople(people: string): void {
  const byFirstWord = phrasesByFirstWord as Map<string, Phrase[]>
  const aliases = contextualAliases as Map<string, readonly string[]>
  const surnames = knownSurnameSet as Set<string>
  const starts = new Set<string>()
  const touched = new Set<Phrase[]>()
  for (const person of parsePeople(people)) {
    const target: Target = { kind: 'person', name: person.name }
    const full = [person.name, ...person.variants]
    for (const form of [...full, ...full.flatMap(joinedForms), ...person.short]) {
      const words = norm(form).split(' ')
      const key = words.join(' ')
      const entries = byFirstWord.get(words[0]!) ?? []
      if (entries.some((phrase) => phrase.words.join(' ') === key)) continue
      entries.push({ words, target })
      byFirstWord.set(words[0]!, entries)
      touched.add(entries)
      starts.add(words[0]!)
    }
    if (person.contextual.length > 0 && !aliases.has(person.name)) {
      aliases.set(person.name, person.contextual.map(norm))
    }
    for (const form of full) {
      for (const word of norm(form).split(' ').slice(1)) {
        if (word.length >= 3 && !commonWordSet.has(word) && !functionWordSet.has(word)) surnames.add(word)
      }
    }
  }
  for (const entries of touched) entries.sort((a, b) => b.words.length - a.words.length)
  addStartFlags(starts, Start.Phrase)
}
