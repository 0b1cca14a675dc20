// Outlets and bodies of maintained lists (`@marsad/core/bodies`), registered at start: they join the gazetteer and
// the name tables the hand lists (`lang/ar/media.ts`, `lang/ar/organizations.ts`) are compiled into, so that the
// extractor reads them exactly as it reads those.
import type { MediaOutlet } from '../lang/ar/media.ts'
import type { Organization } from '../lang/ar/organizations.ts'
import { addOutlets } from '../outlets/outlet.ts'
import {
  commonWordSet,
  givenNameSet,
  headedOnlyNames,
  mediaByName,
  mediaPhrasesByFirstWord,
  norm,
  organizationPhrasesByFirstWord,
  organizationsByName,
  type Phrase,
  phrasesByFirstWord,
  Start,
  startFlags,
  type Target,
} from './lexicon.ts'
import { sourceGivenNameNormSet } from './source-given-names.ts'
import { resetWordFlags } from './word-flags.ts'

/** The lists `registerBodies` takes: news outlets (as `media.ts` writes them) and bodies (as `organizations.ts`). */
export interface BodyLists {
  outlets: readonly MediaOutlet[]
  bodies: readonly Organization[]
}

const registered = new Set<string>()

/**
 * Adds outlets and bodies to entity recognition, for every `parseArticle` after the call (the lists of
 * `@marsad/core/bodies`; the Node API, its Worker, the CLI and the evaluation register them at start). Each entry
 * counts as an entry of the hand lists does: its name where it has no `headed` forms, its variants, its headed forms
 * (صحيفة الرياض), and its bare name after an outlet's or a body's head. A name the lists already give keeps its
 * entity, and an entry named as a hand-list entry adds its forms to that entity. A bare name that needs a head and
 * that the gazetteer knows as something else (الرياض, a place), that news writes as an ordinary word (العهد) or that
 * is a given name (كريم; the registered ones count where `registerGivenNames` came first) stays
 * out of the name tables: only its headed forms name it. Registering twice changes nothing.
 */
export function registerBodies(lists: BodyLists): void {
  const gazetteer = phrasesByFirstWord as Map<string, Phrase[]>
  const starts = startFlags as Map<string, number>
  const touched = new Set<Phrase[]>()
  // The gazetteer's phrases by their words joined, read once: a look-up per form, not a walk of its first word's list.
  const inGazetteer = new Map<string, Target>()
  for (const list of gazetteer.values()) {
    for (const phrase of list) {
      const key = phrase.words.join(' ')
      if (!inGazetteer.has(key)) inGazetteer.set(key, phrase.target)
    }
  }
  const givenNames = new Set([...givenNameSet].map(norm))
  const keys = new Map<string, readonly string[]>()
  const keyOf = (form: string): readonly string[] => {
    let words = keys.get(form)
    if (words === undefined) {
      words = norm(form).split(/\s+/).filter(Boolean)
      keys.set(form, words)
    }
    return words
  }
  const known = (words: readonly string[]): Target | undefined => inGazetteer.get(words.join(' '))
  const addPhrase = (form: string, target: Target) => {
    const words = keyOf(form)
    const key = words.join(' ')
    if (words.length === 0 || inGazetteer.has(key)) return
    inGazetteer.set(key, target)
    const list = gazetteer.get(words[0]!) ?? []
    list.push({ words, target })
    gazetteer.set(words[0]!, list)
    starts.set(words[0]!, (starts.get(words[0]!) ?? 0) | Start.Phrase)
    touched.add(list)
  }
  const addName = (
    byName: Map<string, Target>,
    byFirstWord: Map<string, Phrase[]>,
    form: string,
    target: Target,
  ) => {
    const words = keyOf(form)
    const key = words.join(' ')
    if (words.length === 0 || byName.has(key)) return
    byName.set(key, target)
    const list = byFirstWord.get(words[0]!) ?? []
    list.push({ words, target })
    byFirstWord.set(words[0]!, list)
    touched.add(list)
  }
  const register = (
    entry: Organization,
    fresh: Target,
    byName: Map<string, Target>,
    byFirstWord: Map<string, Phrase[]>,
    other: ReadonlyMap<string, Target>,
  ) => {
    const bare = keyOf(entry.name)
    const target = byName.get(bare.join(' ')) ?? fresh
    if (!entry.headed) addPhrase(entry.name, target)
    for (const form of entry.variants ?? []) addPhrase(form, target)
    for (const form of entry.headed ?? []) addPhrase(form, target)
    // The bare name of a headed entry, known as another entity's (a place, an outlet of the same name), written as
    // an ordinary word of news (العهد، التعاون، النفط) or a given name (كريم), is no name alone: it is read after a
    // head (صحيفة، نادي) or as a side where the text names the club with its head (`team-names.ts`), never alone.
    const elsewhere = known(bare)
    const taken =
      other.has(bare.join(' ')) ||
      (elsewhere !== undefined && elsewhere.name !== target.name) ||
      (bare.length === 1 &&
        (commonWordSet.has(bare[0]!) || givenNames.has(bare[0]!) || sourceGivenNameNormSet.has(bare[0]!)))
    if (!entry.headed || !taken) addName(byName, byFirstWord, entry.name, target)
    else if (bare.length === 1 && byName === bodies && !byName.has(bare[0]!))
      (headedOnlyNames as Map<string, Target>).set(bare[0]!, target)
    for (const form of entry.variants ?? []) addName(byName, byFirstWord, form, target)
  }
  const media = mediaByName as Map<string, Target>
  const bodies = organizationsByName as Map<string, Target>
  const mediaPhrases = mediaPhrasesByFirstWord as Map<string, Phrase[]>
  const bodyPhrases = organizationPhrasesByFirstWord as Map<string, Phrase[]>
  const outlets = lists.outlets.filter((outlet) => !registered.has(`media:${outlet.name}`))
  for (const outlet of outlets) {
    registered.add(`media:${outlet.name}`)
    const fresh: Target = {
      kind: 'media',
      name: outlet.name,
      ...(outlet.country && { gloss: outlet.country }),
    }
    register(outlet, fresh, media, mediaPhrases, bodies)
  }
  for (const body of lists.bodies) {
    if (registered.has(`organization:${body.name}`)) continue
    registered.add(`organization:${body.name}`)
    register(body, { kind: 'organization', name: body.name }, bodies, bodyPhrases, media)
  }
  for (const list of touched) list.sort((a, b) => b.words.length - a.words.length)
  addOutlets(outlets)
  resetWordFlags()
}
