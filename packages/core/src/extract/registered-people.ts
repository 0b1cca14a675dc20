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
  type Target,
  titleHeadSet,
} from './lexicon.ts'
import { registeredPhrasesByFirstWord, registeredPhrasesChanged } from './registered-phrases.ts'

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
 * for them where the article has named them in full; a short form of one word is a known family name too. A form
 * the gazetteer already has keeps its entity: registering twice changes nothing.
 */
export function registerPeople(people: string): void {
  const aliases = contextualAliases as Map<string, readonly string[]>
  const surnames = knownSurnameSet as Set<string>
  // The forms already indexed under a first word, the gazetteer's and the registered ones, joined once a bucket
  // (a first word such as محمد opens hundreds of names: joining them at every form made registration quadratic).
  const known = new Map<string, Set<string>>()
  const knownUnder = (first: string): Set<string> => {
    let keys = known.get(first)
    if (keys === undefined) {
      const phrases = [
        ...(phrasesByFirstWord.get(first) ?? []),
        ...(registeredPhrasesByFirstWord.get(first) ?? []),
      ]
      keys = new Set(phrases.map((phrase: Phrase) => phrase.words.join(' ')))
      known.set(first, keys)
    }
    return keys
  }
  for (const person of parsePeople(people)) {
    const target: Target = { kind: 'person', name: person.name }
    const full = [person.name, ...person.variants]
    for (const form of [...full, ...full.flatMap(joinedForms), ...person.short]) {
      const words = norm(form).split(' ')
      const key = words.join(' ')
      // A form the gazetteer has keeps its entity (بوتين); a form registered before is left.
      const keys = knownUnder(words[0]!)
      if (keys.has(key)) continue
      const entries = registeredPhrasesByFirstWord.get(words[0]!) ?? []
      // الأمير ويليام: a name that opens with a title is left to the rules of titles; a form of one word that is an
      // ordinary word (a misfiled short form) is never a name.
      if (titleHeadSet.has(words[0]!)) continue
      if (words.length === 1 && (commonWordSet.has(key) || functionWordSet.has(key))) continue
      entries.push({ words, target })
      keys.add(key)
      registeredPhrasesByFirstWord.set(words[0]!, entries)
    }
    if (person.contextual.length > 0 && !aliases.has(person.name)) {
      aliases.set(person.name, person.contextual.map(norm))
    }
    // Only the short forms, surnames vetted as never ordinary words, are known family names: a name's other words
    // (الصيد، شرف، عبيد، أمير in حسين أمير عبد اللهيان) are ordinary words, titles or halves of compounds
    // (شرف الدين، عبيد الله) that would end or stretch the names of others.
    for (const form of person.short) {
      const word = norm(form)
      if (!word.includes(' ') && !commonWordSet.has(word) && !functionWordSet.has(word)) surnames.add(word)
    }
  }
  registeredPhrasesChanged()
}
