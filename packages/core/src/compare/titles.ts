import { nisbaPlaces, norm } from '../extract/lexicon.ts'
import {
  bodyNounSet,
  descriptorWordSet,
  eventPartWordSet,
  governmentNounSet,
  gradeWordSet,
  militaryRankSet,
  officeRankSet,
  officeWord,
  otherMomentWordSet,
  relationalTitleSet,
  tenureWordSet,
} from '../lang/ar/offices.ts'
import type { Difference, DifferenceValue, TitlesGiven } from '../model/coverage.ts'
import { type Token, tokenize } from '../normalize/tokenize.ts'
import type { EntityView } from '../similarity/extraction-view.ts'
import { locate, locateRole, sentenceAt } from './locate.ts'
import type { SentenceSpace } from './sentence-space.ts'

/**
 * A title read as an office: its head (وزير، رئيس، مبعوث), the rank under it (نائب), the portfolio or body after it
 * (الخارجية، للشرق الأوسط), and the country of a nisba (الروسي).
 */
interface Office {
  head: number | null
  ranks: Set<string>
  portfolio: Set<number>
  countries: Set<string>
  /** Content terms that name the office, adjectives and relational words left out. */
  terms: Set<number>
  /** A military rank written alone (العميد): set only against another rank. */
  rank: string | null
  /** The title is of another moment than the event's (السابق، المتقاعد، المنتخب). */
  moment: boolean
}

/**
 * The titles the articles give each person, split in two: titles that contradict each other (`role` differences)
 * and titles that can all be true at once (`titles`). Different offices can be held at once (نائب وزير الخارجية and
 * المبعوث الخاص للشرق الأوسط), so only the same office can conflict: the same head with another country (الرئيس
 * الروسي / الرئيس السوري), another rank (نائب وزير الخارجية / وزير الخارجية), or another portfolio (وزير الخارجية /
 * وزير الدفاع). A bare head is read as short for the full title (الوزير, الرئيس), so `الرئيس` and `رئيس الوزراء` do not
 * conflict. Masculine adjectives (التنفيذي، الأممي) are left out of a portfolio, feminine -ية words after the head are
 * kept (الخارجية، المالية). Titles given are listed only when they name offices that share no word; a relational title (نظيره
 * المصري) names no office.
 */
export function compareTitles(space: SentenceSpace): { differences: Difference[]; titles: TitlesGiven[] } {
  const named: { article: number; entity: EntityView; roles: { role: string; office: Office }[] }[] = []
  space.extractions.forEach((extraction, article) => {
    for (const entity of extraction.entities) {
      const roles = (entity.roles ?? []).map((role) => ({ role, office: officeOf(space, role) }))
      const offices = roles.filter((r) => r.office.terms.size > 0)
      if (offices.length > 0) named.push({ article, entity, roles: offices })
    }
  })
  // A title of another moment of the person's life (وزير الدفاع السابق، الرئيس المنتخب) is left out where an article
  // gives the person a title of the event's moment: the two are not set against each other.
  const atEvent = new Set(
    named.filter((item) => item.roles.some((r) => !r.office.moment)).map((item) => item.entity.id),
  )
  const found: { article: number; entity: EntityView; role: string; offices: Office[] }[] = []
  for (const { article, entity, roles } of named) {
    const offices = atEvent.has(entity.id) ? roles.filter((r) => !r.office.moment) : roles
    if (offices.length === 0) continue
    // The title shown is the first that names an office (not «السيد» before it), its office the first of `offices`.
    found.push({ article, entity, role: offices[0]!.role, offices: offices.map((r) => r.office) })
  }
  const byEntity = new Map<string, typeof found>()
  for (const item of found) {
    const list = byEntity.get(item.entity.id) ?? []
    if (!list.some((other) => other.article === item.article)) list.push(item)
    byEntity.set(item.entity.id, list)
  }
  const differences: Difference[] = []
  const titles: TitlesGiven[] = []
  for (const [id, list] of byEntity) {
    const pairs = list.flatMap((p, i) => list.slice(i + 1).map((q) => [p, q] as const))
    const conflict = pairs.some(([p, q]) => p.offices.some((a) => q.offices.some((b) => conflicting(a, b))))
    const distinct = pairs.some(([p, q]) => {
      const set = p.offices.flatMap((a) =>
        q.offices.filter((b) => comparable(a, b)).map((b) => [a, b] as const),
      )
      return set.length > 0 && set.every(([a, b]) => disjoint(a.terms, b.terms))
    })
    if (!conflict && !distinct) continue
    const values: DifferenceValue[] = []
    // Titles given list each office once: «زعيم حماس» and «زعيم حركة حماس» are one title written twice.
    const shownOffices: Office[] = []
    for (const { article, entity, role, offices } of list) {
      const office = offices[0]!
      // A rank is shown only beside ranks, an office only beside offices.
      if (shownOffices.length > 0 && !comparable(shownOffices[0]!, office)) continue
      if (!conflict && shownOffices.some((other) => !disjoint(other.terms, office.terms))) continue
      const value = roleValue(space, article, entity, role)
      if (value === null) continue
      values.push(value)
      shownOffices.push(office)
    }
    if (values.length < 2) continue
    const subject = list[0]!.entity.name
    if (conflict) differences.push({ kind: 'role', subject, entity: id, values })
    else titles.push({ subject, entity: id, values })
  }
  return { differences, titles }
}

function officeOf(space: SentenceSpace, role: string): Office {
  const office: Office = {
    head: null,
    ranks: new Set(),
    portfolio: new Set(),
    countries: new Set(),
    terms: new Set(),
    rank: null,
    moment: false,
  }
  const tokens = tokenize(role)
  // A military rank alone (العميد، اللواء) is a rank, named by itself.
  const alone = tokens.length === 1 ? officeWord(tokens[0]!.text) : null
  if (alone !== null && militaryRankSet.has(alone)) {
    return {
      ...office,
      head: space.table.intern(`military:${alone}`),
      rank: alone,
      terms: new Set([space.table.intern(`military:${alone}`)]),
    }
  }
  for (const written of tokens) {
    const token = office.head === null ? written : (definitePortfolio(written) ?? written)
    const word = officeWord(token.text)
    if (relationalTitleSet.has(word)) return { ...office, terms: new Set() }
    if (office.head === null && descriptorWordSet.has(word)) return { ...office, terms: new Set() }
    // The person's part in the event (المرشح) and a grade's general word (الجنرال) name no office.
    if (office.head === null && (eventPartWordSet.has(word) || gradeWordSet.has(word)))
      return { ...office, terms: new Set() }
    if (otherMomentWordSet.has(word)) {
      office.moment = true
      continue
    }
    const place = nisbaPlaces.get(norm(token.text)) ?? nisbaPlaces.get(word)
    if (place !== undefined) {
      office.countries.add(place)
      continue
    }
    if (officeRankSet.has(word)) {
      office.ranks.add(word)
      continue
    }
    if (tenureWordSet.has(word)) continue
    const info = space.table.word(token)
    if (!info.content || word.endsWith('ي')) continue
    if (office.head !== null && (bodyNounSet.has(word) || governmentNounSet.has(word))) {
      const body = space.table.intern(bodyNounSet.has(word) ? BODY : GOVERNMENT)
      office.terms.add(body)
      office.portfolio.add(body)
      continue
    }
    // A feminine -ية word after the head is a portfolio (الخارجية، المالية) but names no office on its own.
    if (office.head === null && (word.endsWith('يه') || word.endsWith('ية'))) continue
    if (!word.endsWith('يه') && !word.endsWith('ية')) office.terms.add(info.term)
    if (office.head === null) office.head = info.term
    else office.portfolio.add(info.term)
  }
  for (const rank of office.ranks) office.terms.add(space.table.intern(`rank:${rank}`))
  return office
}

/** وزير خارجيته: after the head, a portfolio with a possessive pronoun is the portfolio (الخارجية). */
function definitePortfolio(token: Token): Token | undefined {
  const stem = /^(\p{L}{3,})ت(?:ه|ها|هم)$/u.exec(token.text)?.[1]
  return stem === undefined ? undefined : { ...token, text: `ال${stem}ة` }
}

// One term for every noun of a public body (لجنة، هيئة): two outlets' words for one board; one for a government's.
const BODY = 'body:'
const GOVERNMENT = 'government:'

/** A rank is set only against a rank, an office against an office (العماد / قائد الجيش gives no item). */
function comparable(a: Office, b: Office): boolean {
  return (a.rank === null) === (b.rank === null)
}

function conflicting(a: Office, b: Office): boolean {
  if (!comparable(a, b)) return false
  if (a.rank !== null && b.rank !== null) return a.rank !== b.rank
  if (a.head === null || a.head !== b.head) return false
  if (a.countries.size > 0 && b.countries.size > 0 && disjointStrings(a.countries, b.countries)) return true
  if (a.ranks.size !== b.ranks.size || [...a.ranks].some((rank) => !b.ranks.has(rank))) return true
  return a.portfolio.size > 0 && b.portfolio.size > 0 && disjoint(a.portfolio, b.portfolio)
}

function disjoint(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const term of a) if (b.has(term)) return false
  return true
}

function disjointStrings(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return false
  return true
}

function roleValue(
  space: SentenceSpace,
  article: number,
  entity: EntityView,
  role: string,
): DifferenceValue | null {
  const source = space.articles[article]!
  const mention = entity.mentions?.[0]
  const span = mention !== undefined ? locateRole(source, role, mention) : locate(source, role)
  if (span === null) return null
  const sentence = sentenceAt(source, span.start)
  return {
    articleId: source.id,
    text: source.text.slice(span.start, span.end),
    ...(sentence !== undefined ? { sentence } : {}),
    start: span.start,
    end: span.end,
  }
}
