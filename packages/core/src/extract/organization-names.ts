import {
  bodyPluralSet,
  careAdjectiveSet,
  chamberComplementSet,
  chamberHeadSet,
  expoSet,
  genitiveGoverningSet,
  governedPrepositionSet,
  hospitalKindSet,
  rankDistrictHeadSet,
  schoolKindSet,
  specialisedSet,
  teenWordSet,
  venueGenitiveSet,
  venueTailSet,
} from '../lang/ar/compiled-cues.ts'
import {
  TEAM_CATEGORY,
  teamAgeOpenerSet,
  teamAgeUnitSet,
  teamEpithetSet,
  teamHeadSet,
  teamSportSet,
} from '../lang/ar/teams.ts'
import {
  boardOfBodySet as BOARDS,
  commonWordSet,
  complementPrepositionSet,
  descriptiveAdjectiveSet as DESCRIPTIVE_ADJECTIVES,
  descentParticleSet,
  describingParticipleSet,
  displayForm,
  epithetAdjectiveSet as EPITHETS,
  functionBodyHeadSet as FUNCTION_HEADS,
  featureHeadSet,
  genericAdjectiveSet as GENERIC_ADJECTIVES,
  governingHeadSet as GOVERNING_HEADS,
  genericBodySet,
  institutionHeadSet,
  leadershipHeadSet as LEADERSHIP_HEADS,
  leadershipComplementSet,
  municipalityHeadSet as MUNICIPALITY_HEADS,
  mediaByName,
  mediaGenitiveSet,
  placeNameAdjectiveSet as NAME_ADJECTIVES,
  namedAfterHeadSet as NAMED_AFTER_HEADS,
  namedOnlyHeadSet as NAMED_ONLY_HEADS,
  numeralWordSet as NUMBER_WORDS,
  nisbaPlaces,
  norm,
  numberedHeadSet,
  openHeadSet as OPEN_HEADS,
  openHeadNeedingNameSet as OPEN_NEEDS_NAME,
  organizationHeadSet,
  organizationsByName,
  organOfBodySet,
  peoplePluralAdjectiveSet,
  placeBodyHeadSet,
  placeHeadSet,
  placeNameOpenerSet,
  purposeNounSet,
  seatedHeadSet as SEATED_HEADS,
  sovereignTitleSet as SOVEREIGN_TITLES,
  Start,
  type Target,
  verbalNounHeadSet,
  weekdayByName,
  yearWordSet,
} from './lexicon.ts'
import { hamzaOnAlef } from './name-words.ts'
import { matchPhrase, mediaPhrases, organizationPhrases } from './phrase-match.ts'
import { opensPredicate } from './quote-names.ts'
import { addAlternate, displaySpan, type Found, foundFrom, joined, type Scan } from './scan.ts'
import { matchStateBody } from './state-bodies.ts'
import {
  indefiniteGenitive,
  isAdjectiveLike,
  isCalendarWord,
  isDefiniteNisba,
  isFunctionWord,
  isGivenName,
  isGivenNameAfterArticle,
  isVerb,
  looksVerbal,
  titleHead,
} from './word-classes.ts'
import { WordFlag } from './word-flags.ts'
import { WordPairs } from './word-pairs.ts'
import { type Base, readingIn, type Word } from './words.ts'

const MAX_COMPLEMENTS = 5
/**
 * Words of a name that lists joined portfolios (وزارة إعداد التراب الوطني والتعمير والإسكان وسياسة المدينة): once
 * a complement is joined by و, the name may run past `MAX_COMPLEMENTS`.
 */
const MAX_JOINED_COMPLEMENTS = 9

const BOARD_PAIRS = new WordPairs(BOARDS)
const GENERIC_BODY_PAIRS = new WordPairs(genericBodySet)
const PLACE_BODY_HEAD_PAIRS = new WordPairs(placeBodyHeadSet)
const ORGAN_PAIRS = new WordPairs(organOfBodySet)

/** Words of a name of no known class after an open head (جامعة بيرزيت، شركة جدوى للاستثمار). */
const MAX_OPEN_WORDS = 2
/** Ends of indefinite adjectives, which describe a body rather than name it (شركة ناشئة، محكمة مختصة). */
const INDEFINITE_ADJECTIVE = /(?:ة|ين|ون)$/

/**
 * An organisation named by a head noun and what specifies it: `وزارة الدفاع البريطانية`, `البنك المركزي المصري`,
 * `جامعة دمشق`, `حركة "حماس"`. A definite head (الجيش، المحكمة) needs an adjective after it (الجيش السوري).
 */

function chamberOf(word: Word | undefined): boolean {
  if (!word) return false
  const w = word.norm.startsWith('ال') ? word.norm.slice(2) : word.norm
  return chamberComplementSet.has(w)
}

export function matchOrganizationHead(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const word = words[i]!
  let base: Base | undefined
  for (let n = 0; n < word.bases.length; n++) {
    const reading = word.bases[n]!
    // Every head noun starts an organisation: a reading without the start flag is none.
    if ((reading.flags & Start.OrganizationHead) !== 0 && organizationHeadSet.has(reading.base)) {
      base = reading
      break
    }
  }
  if (!base)
    return matchOrgan(scan, i) ?? placeBody(scan, i) ?? functionBody(scan, i) ?? matchStateBody(scan, i)
  // 15 مستشفى دمرتها الحرب: an indefinite head counted by the number before it is a count of bodies, not a name
  // (not the day closing a date, 2025-09-22 بنك …).
  if (base.cut === 0 && i > 0 && countedBy(words, i) && !base.base.startsWith('ال')) return undefined
  if (base.base === CENTRE) {
    const venue = matchVenue(scan, i, base)
    if (venue) return venue
  }
  const quoted = quotedName(scan, i)
  if (quoted) {
    quoted.head = i
    return quoted
  }
  const head = base.base
  // غرفة النوم، غرفة العمليات: a room; only a chamber of trade, industry or a court names a body.
  if (chamberHeadSet.has(head) && !chamberOf(words[i + 1])) return undefined
  // قيادة and مكتب are also the leading and the office of a body (بقيادة صندوق الاستثمارات، مكتب وزارة الخارجية،
  // إدارة المركز الوطني للأبحاث): before another body's head they govern it and name no second body.
  const following = words[i + 1]
  if (
    GOVERNING_HEADS.has(head) &&
    following &&
    joined(words, i + 1) &&
    following.bases.some(
      (b) => b.cut === 0 && (organizationHeadSet.has(b.base) || FUNCTION_HEADS.has(b.base)),
    )
  )
    return undefined
  // رئاسة إدارة الكوارث: an office's head in the construct state still names a body.
  if (
    LEADERSHIP_HEADS.has(head) &&
    following &&
    joined(words, i + 1) &&
    !leadershipComplementSet.has(following.norm) &&
    !FUNCTION_HEADS.has(`ال${following.norm}`)
  )
    return undefined
  // بعثة اللجنة في السودان: a mission of a body named before by its head alone names no body of its own.
  if (SEATED_HEADS.has(head) && following && joined(words, i + 1) && bareBodyHead(scan, i + 1))
    return undefined
  if (verbalNounHeadSet.has(head) && governedNoun(scan, i, base)) return undefined
  // تنظيم المؤتمر، تنظيم الجولة الثانية: organising an ordinary thing; a known group (تنظيم القاعدة) is the lists'.
  if (head === ORGANISING && following && joined(words, i + 1) && organisedThing(scan, i + 1))
    return undefined
  // مجلس إدارة البنك: a board before the body it governs.
  if (following && joined(words, i + 1) && BOARD_PAIRS.has(head, following.norm)) return undefined
  const definite = head.startsWith('ال')
  let last = i
  let count = 0
  let open = 0
  let namesake: Found | undefined
  // A genitive with ل closes the construct: after it only adjectives go on (المنتخب الوطني لكرة القدم العاصمةَ: the
  // verb's object).
  let closed = false
  // The last word of a place the name took (بلدية سوسة), -1 if none.
  let placeLast = -1
  const inner: Found[] = []
  // The adjective joined by و after a definite head's adjectives, -1 if none.
  let kindAt = -1
  const namedAfter = !definite && sovereignAfter(scan, i, head)
  const centrePlace = !definite && !namedAfter ? placeAfterCentre(scan, i, head) : undefined
  if (centrePlace) inner.push(centrePlace)
  const namedForPerson = !definite && !namedAfter && (centrePlace !== undefined || personAfter(scan, i, head))
  const lineage = !definite && !namedAfter && !namedForPerson ? lineageAfter(scan, i, head) : -1
  if (namedAfter) {
    last = i + 2
    count = 2
  } else if (lineage > 0) {
    last = lineage
    count = 1
  } else if (namedForPerson) {
    last = i + 1
    count = 1
  } else if (NAMED_ONLY_HEADS.has(head)) return undefined
  // A complement joined by و was taken: the name lists portfolios and may be longer.
  let listed = false
  for (
    let j = last + 1;
    j < words.length && count < (listed ? MAX_JOINED_COMPLEMENTS : MAX_COMPLEMENTS);
    j++
  ) {
    if (!joined(words, j)) break
    const next = words[j]!
    if (count > 0 && teamHeadSet.has(head) && teamAgeOpenerSet.has(next.norm)) {
      const age = ageCategoryEnd(words, j)
      if (age > 0) last = age
      break
    }
    if (next.number) {
      // إعدادية دار النعيم 1: a school's number ends its name.
      if (count > 0 && numberedHeadSet.has(head) && /^\d{1,2}$/.test(next.raw)) last = j
      break
    }
    // منتخب السنغال للصعود، المنتخب المغربي الفائز: after its state a national team's name goes on only with its
    // epithet or its sport and category (منتخب الجزائر لكرة القدم، المنتخب التونسي للأواسط).
    if (count > 0 && teamHeadSet.has(head) && !teamNameGoesOn(words, j)) break
    if (count > 0 || !definite) {
      const place = matchPhrase(scan, j, (target) => target.kind === 'location')
      if (place && place.base.cut === 0) {
        // بلدية غزة، منتخب فلسطين: the place right after the head, which the body is named after, is named too
        // (not the state at the end of شركة الزيت العربية السعودية).
        if (count === 0)
          namesake = foundFrom(scan, place.first, place.last, place.base, place.target, 'name', true)
        placeLast = place.last
        last = place.last
        j = place.last
        count++
        continue
      }
    }
    // بعثة الاتحاد الإفريقي، سفارة الاتحاد الأوروبي: a mission's body is named too, and whole (منظمة اليونيسف is
    // that body itself).
    if (!definite && count === 0 && SEATED_HEADS.has(head)) {
      const body = matchPhrase(scan, j, undefined, organizationPhrases)
      if (body?.base.cut === 0 && body.first === j) {
        inner.push(foundFrom(scan, j, body.last, body.base, body.target, 'name', true))
        last = body.last
        j = body.last
        count += 2
        continue
      }
    }
    // العدالة و التنمية، الصحة و السكان: و written apart joins a definite complement as it does written on it.
    if (count > 0 && next.norm === AND && spacedComplement(scan, j + 1)) {
      last = j + 1
      j++
      count++
      continue
    }
    // البرلمان الصومالي الاثنين: a weekday after the name is the clause's date, though الاثنين is a number too.
    if (count > 0 && weekdayByName.has(next.norm)) break
    // دائرة الاستئناف الأولى، المجلس النيابي السادس عشر: an ordinal after the complement numbers the body (not a
    // month's, though الأولى ends one).
    if (count > 0 && next.norm.startsWith('ال') && NUMBER_WORDS.has(next.norm.slice(2))) {
      last = joined(words, j + 1) && teenWordSet.has(words[j + 1]!.norm) ? j + 1 : j
      j = last
      count++
      continue
    }
    if (isFunctionWord(next) || isVerb(next) || titleHead(next) || isCalendarWord(next) || isGivenName(next))
      break
    const w = next.norm
    // جيش الاحتلال وآلياته، الوزارة آلاف: آ folds to the article's ا, but a word written with it has none; after the
    // name's first complement it is the clause's.
    if (count > 0 && writtenWithMadda(next.raw)) break
    // وزارة الصحة والأونروا، الجيش السوداني والدعم السريع، الوزارة ووكالة الغوث: a second body after و is its own.
    if (count > 0 && w[0] === 'و' && secondBody(scan, j)) break
    // شركة ألمانية: a word whose alef carries a hamza has no article, though folding writes it as one; a place's
    // nisba so written right after an indefinite head describes the body, unnamed.
    const hamza = hamzaOnAlef(next, next.bases[0]!)
    if (hamza && !definite && count === 0 && nisbaPlaces.has(w)) break
    if (w.startsWith('ال') && !hamza) {
      // ائتلاف دولة القانون المرتبة الثالثة، الحزب الديمقراطي المركز الثالث: a definite noun with its own ordinal
      // after it is a rank the clause gives the body, no part of its name.
      if (count > 0 && !adjective(w) && ordinalAfter(words, j + 1)) break
      if (definite && count === 0 && !isAdjectiveLike(w)) break
      // جلسة المجلس العاديةِ: an adjective that does not agree with the head describes another noun.
      if (definite && count === 0 && !agrees(head, w)) break
      // المجلس الانتقالي المدعوم إماراتياً، الشركة المتخصصة في …: a participle with its own complement describes
      // the body; it names no part of it.
      if (count > 0 && describingParticiple(scan, j)) break
      // دعت وزارة الصحة المواطنين، أعلنت المفوضية العليا للانتخابات النتائج: a noun, not an adjective, after a
      // genitive with ل or in a plural of people is the verb's object.
      if (count > 0 && !adjective(w) && (closed || afterGenitive(words[last]!.norm) || PEOPLE_PLURAL.test(w)))
        break
      // المحكمة العليا الحكمَ، وزارة الصحة النظرَ: a definite noun after a definite complement is no genitive of
      // it; only adjectives go on (participles, elatives: المتحدة، الأعلى، الكبرى).
      // بلدية سوسة التدخلَ: after a place in the name, too, a definite noun is the clause's.
      if (
        count > 0 &&
        !adjective(w) &&
        (words[last]!.norm.startsWith('ال') || placeLast === last) &&
        !adjectiveShaped(w)
      )
        break
      // حركة الشباب الموالية لتنظيم القاعدة: a participle of allegiance describes the body; it names no part of it.
      if (count > 0 && describingParticipleSet.has(w)) break
      if (count === 0 && GENERIC_BODY_PAIRS.has(head, w)) return undefined
      // مليشيا الحوثي الإرهابيةُ الأحياءَ: after an epithet only adjectives go on.
      if (EPITHETS.has(w)) closed = true
      last = j
      count++
      continue
    }
    // بلدية تونس للسنة الحالية، الوزارة للحصول على: a period or a purpose (a verbal noun with its preposition)
    // after ل is the clause's, not the body's.
    if (count > 0 && w.startsWith('لل') && genitiveOfClause(scan, j)) break
    // مديرية التربية للواء قصبة إربد، المجلس البلدي لمدينة غزة: the district a body serves, after ل, is in its name.
    // A known body's name is whole: a region after it names a branch (منظمة الصحة العالمية لإقليم شرق المتوسط).
    const district =
      count > 0 && w[0] === 'ل' && !organizationsByName.has(norm(displaySpan(scan, i, last, base)))
        ? districtAfterLam(scan, j)
        : undefined
    if (district) {
      inner.push(district)
      last = district.last
      j = district.last
      count += 2
      closed = true
      continue
    }
    // التحالف العالمي للقاحات والشركاء، مليشيا الحوثي والمخلوع: people joined after the name, or one named by an
    // epithet, are the sentence's, not the body's.
    if (
      count > 0 &&
      w.startsWith('وال') &&
      (PEOPLE_BROKEN_PLURAL.test(w.slice(1)) || EPITHETS.has(w.slice(1)))
    )
      break
    // مركز قطر للتبرع بالأعضاء، الجمعية الوطنية للتوعية بالمخاطر: a verbal noun of the pattern تفعّل after ل keeps
    // the object it governs with ب (not a place: the body's seat).
    if (
      count > 0 &&
      last === j - 1 &&
      words[last]!.norm.startsWith('للت') &&
      w.startsWith('بال') &&
      w.length > 5
    ) {
      const seat = matchPhrase(scan, j, (target) => target.kind === 'location')
      if (!seat) {
        last = j
        count++
        continue
      }
    }
    // مجلس السيادة السوداني والحكومة، أمانة بغداد والشرطة: after the state's nisba or the place that closes a body's
    // name, و joins a second noun of the clause, not a complement.
    if (count > 0 && w.startsWith('وال') && (placeLast === last || nisbaPlaces.has(words[last]!.norm))) break
    // الهيئة الإدارية والتدريسية، الجامعة المحلية والخارجية: a definite head and adjectives joined by و name a kind
    // of body, unless a district or genitive follows (الغرفة التجارية والصناعية لمحافظة …); after them a noun joined
    // by و is the clause's (القيادة الشمالية والاستخبارات).
    if (definite && count > 0 && w.startsWith('وال') && adjectivesOnly(words, i + 1, last)) {
      if (!isDefiniteNisba(w.slice(1))) break
      kindAt = j
    }
    // هيئة تحرير الشام الإرهابية والفصائل: after an epithet only adjectives go on; و joins the clause's next noun.
    if (count > 0 && w.startsWith('وال') && EPITHETS.has(words[last]!.norm)) break
    // Joined complements: الصحة والسكان، العدالة والتنمية، الهيئة العامة للاستثمار.
    if (count > 0 && ((w.startsWith('وال') && w.length > 4) || lamGenitive(scan, j))) {
      if (w[0] === 'و') listed = true
      last = j
      count++
      continue
    }
    // وزارة النقل والاتصالات وتقنية المعلومات: in a list of joined portfolios, و on a noun without the article and
    // its definite genitive is one portfolio more.
    if (count > 0 && coordinatedConstruct(scan, j, last)) {
      listed = true
      last = j + 1
      j++
      count += 2
      continue
    }
    // المجلس البلدي لبلدية NAME: a municipality behind ل is a body of its own, which the main pass names with its
    // town (a body named inside another is two).
    if (count > 0 && words[j]!.bases.some((b) => b.cut === 1 && MUNICIPALITY_HEADS.has(b.base))) break
    // ل on a noun without the article and its genitive: الاتحاد الدولي لألعاب القوى.
    if (count > 0 && indefiniteGenitive(scan, j)) {
      last = j + 1
      j++
      count += 2
      closed = true
      continue
    }
    // مجلس بلدية طرابلس، مديرية صحة حلب، هيئة مياه ولاية الخرطوم: a construct chain that ends at the place served.
    const served =
      !definite && count === 0 && w[0] !== 'و' && w.length > 2
        ? (placeServed(scan, j + 1) ?? coordinatedServed(scan, j + 1))
        : undefined
    if (served) {
      inner.push(...served)
      last = served.at(-1) === served[0] ? served[0]!.last : Math.max(...served.map((f) => f.last))
      j = last
      count += 2
      closed = true
      continue
    }
    // A construct chain: ائتلاف دولة القانون، هيئة تنظيم الاتصالات.
    if (!definite && count === 0 && joined(words, j + 1) && words[j + 1]!.norm.startsWith('ال')) {
      const after = words[j + 1]!
      if (w[0] !== 'و' && !isGivenName(after) && !isFunctionWord(after) && w.length > 2) {
        // محكمة جنايات السويس: the place that ends the chain is named too.
        const place = matchPhrase(scan, j + 1, (target) => target.kind === 'location')
        if (place?.base.cut === 0 && place.last === j + 1)
          inner.push(foundFrom(scan, j + 1, j + 1, place.base, place.target, 'name', true))
        last = j + 1
        j++
        count += 2
        continue
      }
    }
    if (
      !definite &&
      count === open &&
      open < MAX_OPEN_WORDS &&
      OPEN_HEADS.has(head) &&
      // بلدية برقايل: a municipality's town is one word, with no particle (بلدية وسلط، بلدية بطيوة لإحياء).
      !(MUNICIPALITY_HEADS.has(head) && (open > 0 || w[0] === 'و' || w[0] === 'ل')) &&
      !looksVerbal(next) &&
      // مستشفى للطوارئ، شركة بالقاهرة: a noun behind a preposition says what the body is for or where, not its name.
      !PREPOSITION_ARTICLE.test(w) &&
      w.length > 2 &&
      (open === 0 || (w[0] !== 'و' && !INDEFINITE_ADJECTIVE.test(w))) &&
      !(open === 0 && OPEN_NEEDS_NAME.has(head) && INDEFINITE_ADJECTIVE.test(w)) &&
      !(open === 0 && DESCRIPTIVE_ADJECTIVES.has(w))
    ) {
      last = j
      count++
      open++
      continue
    }
    break
  }
  // منتخب بلاده لمواجهة: ordinary words of the news (counted, `commonWordSet`) alone name no body (محكمة سيدي امحمد
  // has a name word).
  if (open > 0 && ordinaryWords(words, i + 1, i + open)) return undefined
  // منظمة الرحمة بلا حدود، جمعية أطباء بلا حدود: the humanitarian names' ending is the name's.
  if (count > 0 && withoutBorders(words, last + 1)) last += 2
  // مجلس النواب الممدد، الديوان الملكي السابق: the body's state is no part of its name; the news also writes it
  // in (هيئة المجتمعات العمرانية الجديدة، حكومة الوحدة المؤقتة), which stays another form of the name.
  const withEpithet = last
  while (last > i && EPITHETS.has(words[last]!.norm)) {
    last--
    count--
  }
  if (count <= 0 || kindAt === last) return undefined
  // إدارة المهرجان، إدارة المستشفى، إدارة الموقع: managing, or the management of, one thing named by its common
  // noun alone is no body of its own (the thing, where the text names it, is).
  if (verbalNounHeadSet.has(head) && last === i + 1 && words[last]!.norm.startsWith('ال')) return undefined
  const seat = SEATED_HEADS.has(head) ? seatPlace(scan, last) : undefined
  if (seat) last = seat.last
  // شركة النفط والغاز الحكومية "سوناطراك": a body described by its head and complements, its name in quote marks
  // right after, is named by the marks.
  const apposed = definite ? undefined : apposedQuotedName(scan, last)
  if (apposed) {
    apposed.head = i
    addAlternate(apposed, displaySpan(scan, i, last, base))
    return apposed
  }
  // المنظمة الدولية، الهيئة الأممية: an epithet, not a name.
  if (definite && allGeneric(scan, i + 1, last)) return undefined
  const found = bodyOver(scan, i, last, base)
  const nested = [
    ...(namesake && namesake.last <= last ? [namesake] : []),
    ...endingBy(inner, last),
    ...(seat ? [seat] : []),
  ]
  const town = definite || nested.length > 0 ? undefined : namedTown(scan, i, last, head)
  if (town) nested.push(town)
  if (nested.length > 0) found.nested = nested
  if (withEpithet > last) addAlternate(found, displaySpan(scan, i, withEpithet, base))
  const specialised = specialisedCourt(scan, last)
  if (specialised > last) {
    addAlternate(found, displaySpan(scan, i, last + 1, base))
    if (specialised > last + 1) addAlternate(found, displaySpan(scan, i, specialised, base))
  }
  // المحكمة الابتدائية بتونس: the news names a body with its city and without; the first is another form of it.
  const seated = seat ? undefined : seatAfter(scan, last)
  if (seated !== undefined) addAlternate(found, displaySpan(scan, i, seated, base))
  return found
}

/** Words `j` and `j + 1` are بلا حدود, joined to the name before them, and no adjective of حدود follows (زمنية). */
function withoutBorders(words: readonly Word[], j: number): boolean {
  if (words[j]?.norm !== WITHOUT || words[j + 1]?.norm !== BORDERS) return false
  if (!joined(words, j) || !joined(words, j + 1)) return false
  const after = words[j + 2]
  return !after || !joined(words, j + 2) || !/(?:ي|ية)$/.test(after.norm)
}

const WITHOUT = norm('بلا')
const BORDERS = norm('حدود')

/** Word `i` follows a count of one to three digits, no part of a date. */
function countedBy(words: readonly Word[], i: number): boolean {
  const count = words[i - 1]!
  return count.number && joined(words, i) && COUNT.test(count.digits) && !DATE_JOINER.test(count.gap)
}

const COUNT = /^\d{1,3}$/
const DATE_JOINER = /[-/]/

/** في إدارة الأزمة، لإدارة المدينة، مجلس إدارة الشركة: word `i`, read as `base`, is a noun something governs. */
function governedNoun(scan: Scan, i: number, base: Base): boolean {
  const word = scan.words[i]!
  if (base.cut > 0 && word.norm[0] !== 'و') return true
  const before = scan.words[i - 1]
  return before !== undefined && joined(scan.words, i) && genitiveGoverningSet.has(before.norm)
}

const ORGANISING = norm('تنظيم')

function organisedThing(scan: Scan, j: number): boolean {
  return (
    commonWordSet.has(scan.words[j]!.norm) &&
    matchPhrase(scan, j - 1, undefined, organizationPhrases) === undefined &&
    matchPhrase(scan, j, undefined, organizationPhrases) === undefined
  )
}

/**
 * The town a body no list knows is named after: a municipality's (بلدية القرقف، بلدية برج العرب, also a place with
 * its head), or a hospital's or a school's before the word of its kind (مستشفى الفضيلية العام، مدرسة حلتا الرسمية،
 * مدرسة الحصن للبنات; not مستشفى الحسين التعليمي, named after a person).
 */
function namedTown(scan: Scan, i: number, last: number, head: string): Found | undefined {
  if (MUNICIPALITY_HEADS.has(head)) {
    const town = townServed(scan, i + 1, last)
    if (town)
      addAlternate(town, displaySpan(scan, i, last, scan.words[i]!.bases.find((b) => b.base === head)!))
    return town
  }
  const kind = scan.words[last]!.norm
  if ((head === HOSPITAL && hospitalKindSet.has(kind)) || (head === SCHOOL && schoolKindSet.has(kind)))
    return townServed(scan, i + 1, last - 1)
  return undefined
}

const HOSPITAL = norm('مستشفى')
const SCHOOL = norm('مدرسة')

/**
 * A town's name after a body's head, where no list knows it: one word that is no ordinary word of news (not بلدية
 * العاصمة) or given name, or two of which the first is none or opens a place's name (برج، وادي) and the second is no
 * adjective (not بلدية الاحتلال الإسرائيلي) and, after a name, no ordinary word.
 */
function townServed(scan: Scan, first: number, last: number): Found | undefined {
  const { words } = scan
  if (last < first || last - first > 1) return undefined
  const word = words[first]!
  const base = word.bases[0]!
  if (base.cut !== 0 || word.number || isFunctionWord(word) || isGivenName(word)) return undefined
  if (isGivenNameAfterArticle(word)) return undefined
  const ordinary = commonWordSet.has(word.norm) || (base.flags & WordFlag.Known) !== 0 || word.norm.length < 4
  if (last === first && ordinary) return undefined
  if (last > first) {
    const second = words[last]!
    const opener = placeNameOpenerSet.has(word.norm) || featureHeadSet.has(word.norm)
    if (ordinary && !opener) return undefined
    if (second.number || isAdjectiveLike(second.norm) || nisbaPlaces.has(second.norm)) return undefined
    // بلدية الزعرورة المشروعَ: an ordinary word after a name is the clause's object.
    if (!opener && commonWordSet.has(second.norm)) return undefined
  }
  const town = foundFrom(scan, first, last, base, { kind: 'location', name: '' }, 'name', false)
  town.name = town.surface
  return town
}

/**
 * A definite word shaped like an adjective no list holds: a participle (المتحدة), an elative (الأعلى، الكبرى), or
 * of the patterns فعيل and فاعل (السريع، الرديف، السادس), or a people's plural nisba (العرب). A
 * verbal noun of the patterns إفعال, افتعال and استفعال (الإضراب، الاجتماع) is none, though it opens as an elative does.
 */
function adjectiveShaped(w: string): boolean {
  return (
    w.startsWith('الم') ||
    (w.startsWith('الا') && !VERBAL_NOUN_PATTERN.test(w)) ||
    w.endsWith('ي') ||
    ADJECTIVE_PATTERN.test(w) ||
    peoplePluralAdjectiveSet.has(w)
  )
}

const ADJECTIVE_PATTERN = /^ال(?:..ي.|.ا..)$/
const VERBAL_NOUN_PATTERN = /^الا(?:..ا.|.ت.ا.|ست..ا.)$/

/**
 * المحكمة الجزائية المتخصصة في قضايا الفساد: the specialisation the news writes after a court's name, or leaves
 * out. The last word of the participle, and of its domain after في (a noun and its definite genitive), or -1.
 */
function specialisedCourt(scan: Scan, last: number): number {
  const { words } = scan
  const participle = words[last + 1]
  if (!participle || !joined(words, last + 1) || !specialisedSet.has(participle.norm)) return -1
  const preposition = words[last + 2]
  const noun = words[last + 3]
  const genitive = words[last + 4]
  if (preposition?.norm !== IN || !noun || !genitive || !joined(words, last + 3) || !joined(words, last + 4))
    return last + 1
  if (noun.norm.startsWith('ال') || isFunctionWord(noun) || isVerb(noun) || !genitive.norm.startsWith('ال'))
    return last + 1
  // في الرياض، في مدينة جدة: the court's seat, not its domain.
  if (matchPhrase(scan, last + 3, (target) => target.kind === 'location')?.base.cut === 0) return last + 1
  if (noun.bases.some((b) => b.cut === 0 && placeHeadSet.has(b.base))) return last + 1
  return last + 4
}

/**
 * مديرية الدفاع المدني بحلب، محكمة الجنايات بمدينة مراكش: the city after ب (or a place's head and the city) that a
 * body's name may run on to: the last word of the city, or undefined.
 */
function seatAfter(scan: Scan, last: number): number | undefined {
  const { words } = scan
  const word = words[last + 1]
  if (!word || !joined(words, last + 1) || word.norm[0] !== 'ب') return undefined
  const head = word.bases.some((b) => b.cut === 1 && placeHeadSet.has(b.base))
  const at = head && joined(words, last + 2) ? last + 2 : last + 1
  const place = matchPhrase(scan, at, (target) => target.kind === 'location')
  if (!place || place.first !== at || place.base.cut !== (at === last + 1 ? 1 : 0)) return undefined
  return place.last
}

function adjectivesOnly(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!adjective(words[k]!.norm)) return false
  return true
}

function ordinaryWords(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!commonWordSet.has(words[k]!.norm)) return false
  return true
}

/** An adjective after a body's head, by its shape or its list (السوري، العليا، الدولي، السابق). */
function adjective(w: string): boolean {
  return isAdjectiveLike(w) || NAME_ADJECTIVES.has(w) || GENERIC_ADJECTIVES.has(w) || EPITHETS.has(w)
}

/**
 * A known place at word `k`, or a place's head and a known place (ولاية الخرطوم): the places found, the outer
 * first, or undefined.
 */
/** غرفة تجارة وصناعة نابلس: a second noun joined by و, then the place served. */
function coordinatedServed(scan: Scan, k: number): Found[] | undefined {
  const word = scan.words[k]
  if (!word || !joined(scan.words, k) || word.norm[0] !== 'و' || word.norm.startsWith('وال')) return undefined
  if (word.norm.length < 4 || isFunctionWord(word) || isVerb(word)) return undefined
  return placeServed(scan, k + 1)
}

function placeServed(scan: Scan, k: number): Found[] | undefined {
  const { words } = scan
  if (!joined(words, k)) return undefined
  const word = words[k]!
  const headBase = word.bases.find((b) => b.cut === 0 && placeHeadSet.has(b.base))
  const at = headBase && joined(words, k + 1) ? k + 1 : k
  const place = matchPhrase(scan, at, (target) => target.kind === 'location')
  if (place?.base.cut !== 0 || place.first !== at) return undefined
  const known = foundFrom(scan, at, place.last, place.base, place.target, 'name', true)
  if (at === k) return [known]
  const name = displaySpan(scan, k, place.last, headBase!)
  return [foundFrom(scan, k, place.last, headBase!, { kind: 'location', name }, 'name', false), known]
}

/**
 * ل on a district's head and the place it names, ending at a known place (للواء قصبة إربد، لمحافظة جرش): the
 * district, as one place.
 */
function districtAfterLam(scan: Scan, j: number): Found | undefined {
  const { words } = scan
  // ل before a noun that starts with ل is read as لل (للواء → الواء): the head is the word without its first letter.
  const word = words[j]!
  const bare = word.norm.slice(1)
  if (!(placeHeadSet.has(bare) || rankDistrictHeadSet.has(bare)) || !joined(words, j + 1)) return undefined
  const lam = word.bases.find((b) => b.cut === 1) ?? word.bases[0]!
  const base: Base = { ...lam, base: bare }
  for (let k = j + 1; k <= j + 2 && k < words.length && joined(words, k); k++) {
    const place = matchPhrase(scan, k, (target) => target.kind === 'location')
    if (place?.base.cut === 0 && place.first === k) {
      const name = displaySpan(scan, j, place.last, base)
      // لمدينة غزة is غزة; لواء قصبة إربد a district of its own.
      if (k > j + 1) return foundFrom(scan, j, place.last, base, { kind: 'location', name }, 'name', false)
      const known = foundFrom(scan, k, place.last, place.base, place.target, 'name', true)
      addAlternate(known, name)
      return known
    }
    const between = words[k]!
    if (between.norm.startsWith('ال') || isFunctionWord(between) || isVerb(between) || between.number) break
  }
  return undefined
}

/** Word `k` is a body's definite head with no adjective or genitive after it (اللجنة، الوزارة). */
function bareBodyHead(scan: Scan, k: number): boolean {
  const { words } = scan
  const word = words[k]!
  if (!word.bases.some((b) => b.cut === 0 && (organizationHeadSet.has(b.base) || FUNCTION_HEADS.has(b.base))))
    return false
  if (!word.norm.startsWith('ال')) return false
  const after = words[k + 1]
  return !after || !joined(words, k + 1) || !(isAdjectiveLike(after.norm) || after.norm.startsWith('لل'))
}

/**
 * A definite singular head and its adjective agree in gender: المجلس الوطني، الهيئة العامة, not المجلس العادية. An
 * adjective in ات or of neither ending (العليا، الأعلى) says nothing.
 */
function agrees(head: string, adjective: string): boolean {
  const feminineHead = head.endsWith('ة')
  if (adjective.endsWith('ة')) return feminineHead
  if (adjective.endsWith('ي')) return !feminineHead
  return true
}

/** Word `j` (لل…) is a period (للسنة، للعام) or a verbal noun before its preposition (للحصول على، للتأكد من). */
function genitiveOfClause(scan: Scan, j: number): boolean {
  const { words } = scan
  const word = words[j]!
  if (word.bases.some((b) => b.cut === 1 && yearWordSet.has(b.base))) return true
  const next = words[j + 1]
  return (
    word.bases.some((b) => b.cut === 1 && purposeNounSet.has(b.base)) &&
    next !== undefined &&
    joined(words, j + 1) &&
    complementPrepositionSet.has(next.norm)
  )
}

const MAX_FUNCTION_ADJECTIVES = 3
/** Nouns joined to a body's genitive with ل, or its adjective (للمسرح والموسيقى والفنون الشعبية). */
const MAX_JOINED_GENITIVES = 3

/**
 * المركز الوطني للإحصاء، المجموعة الكونفدرالية الديموقراطية للشغل، الوكالة الوطنية للنشر والإشهار: a head of
 * `functionBodyHeads`, its adjectives, and a genitive with ل (and what و joins to it); or a known body after ل,
 * directly or after a plural of states (المركز الإحصائي لدول مجلس التعاون لدول الخليج العربية).
 */
function functionBody(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const base = readingIn(words[i]!, FUNCTION_HEADS)
  // والمركز، بالمركز: a conjunction or a preposition before the head (not ل, whose لل is read apart).
  if (!base || (base.cut === 1 && !'وب'.includes(words[i]!.norm[0]!))) return undefined
  let k = i + 1
  while (k < words.length && k - i <= MAX_FUNCTION_ADJECTIVES && joined(words, k)) {
    const w = words[k]!.norm
    // المركز الأول، المجموعة الثانية: a rank, not a name.
    if (!w.startsWith('ال') || !isAdjectiveLike(w) || EPITHETS.has(w) || NUMBER_WORDS.has(w.slice(2))) break
    k++
  }
  if (k === i + 1 || !joined(words, k)) return undefined
  const inner = bodyAfterLam(scan, k)
  let last = inner?.last ?? -1
  const office = inner ? -1 : officeAfterLam(scan, k)
  if (office > 0) last = office
  else if (!inner) {
    const genitive = words[k]!
    // اللجنة الجهوية لمجابهة الكوارث: a committee named by its task is no body (the guideline's rule).
    const construct = base.base === COMMITTEE ? -1 : constructAfterLam(scan, k)
    if (construct > 0) last = construct
    else if (!lamGenitive(scan, k) || isAdjectiveLike(genitive.norm)) return undefined
    else last = k
    for (let m = k + 1; m - k <= MAX_JOINED_GENITIVES && joined(words, m); m++) {
      const w = words[m]!.norm
      // الإدارة العامة للأمن المركزي، الشبكة الوطنية للمراقبة والإنذار الزلزالي: the genitive's adjective.
      const genitiveAdjective = w.startsWith('ال') && isAdjectiveLike(w) && !EPITHETS.has(w)
      if (!genitiveAdjective && (!w.startsWith('وال') || w.length <= 4)) break
      last = m
      if (genitiveAdjective) break
    }
  }
  // المركز الوطني للزلزال في سوريا: a name of function alone names no one body; the state it serves is part of it.
  const seat = inner ? undefined : seatPlace(scan, last)
  if (seat) last = seat.last
  const found = bodyOver(scan, i, last, base)
  const nested = inner ?? seat
  if (nested) found.nested = [nested]
  return found
}

/**
 * لل on a noun at `j`, a body's domain: الهيئة العامة للاستثمار، المجلس الأعلى للطب. A noun of two letters after
 * the article is the domain too, but not before a preposition, where it is the clause's purpose (للحد من …).
 */
function lamGenitive(scan: Scan, j: number): boolean {
  const { words } = scan
  const w = words[j]!.norm
  if (!w.startsWith('لل') || w.length < 4) return false
  if (w.length > 4) return true
  const next = words[j + 1]
  return !(next !== undefined && joined(words, j + 1) && complementPrepositionSet.has(next.norm))
}

const FROM = norm('من')

/** المنتخب المغربي لأقل من 20 سنة، منتخب مصر تحت 23 عاما: the last word of an age category opening at `j`, or -1. */
function ageCategoryEnd(words: readonly Word[], j: number): number {
  let k = words[j + 1]?.norm === FROM && joined(words, j + 1) ? j + 2 : j + 1
  const age = words[k]
  if (!age?.number || !joined(words, k) || !/^\d{2}$/.test(age.raw)) return -1
  const unit = words[k + 1]
  if (unit && joined(words, k + 1) && teamAgeUnitSet.has(unit.norm)) k++
  return k
}

/** The word at `j` may go on a national team's name after its state: a nisba, an epithet, a sport or a category. */
function teamNameGoesOn(words: readonly Word[], j: number): boolean {
  const w = words[j]!.norm
  return nisbaPlaces.has(w) || teamEpithetSet.has(w) || teamSportSet.has(w) || TEAM_CATEGORY.test(w)
}

const COMMITTEE = norm('اللجنة')

/**
 * المركز الوطني لأبحاث الفضاء، المركز الألماني لأبحاث علوم الأرض: ل on an indefinite noun that governs a construct
 * ending in a definite noun (one more indefinite noun at most between them) and its adjectives; the last word, else -1.
 */
function constructAfterLam(scan: Scan, k: number): number {
  const { words } = scan
  const word = words[k]!
  if (word.norm[0] !== 'ل' || word.norm.startsWith('لل') || word.norm.length < 4) return -1
  const noun = word.bases.find((b) => b.cut === 1)
  if (!noun || isFunctionWord(word) || isVerb(word) || (noun.flags & WordFlag.TitleHead) !== 0) return -1
  for (let m = k + 1; m <= k + 2 && m < words.length && joined(words, m); m++) {
    const next = words[m]!
    if (next.number || isFunctionWord(next) || isVerb(next)) return -1
    if (!next.norm.startsWith('ال')) continue
    if (isDefiniteNisba(next.norm)) return -1
    // لوكالة الأنباء الفلسطينية: the construct's adjectives are its own.
    let last = m
    while (last - m < 2 && joined(words, last + 1) && isAdjectiveLike(words[last + 1]?.norm ?? '')) last++
    return last
  }
  return -1
}

/**
 * ل on a title and its definite complement (لرئيس الوزراء، لوزير الكهرباء): the office a press office or a bureau
 * serves, whose last word is returned, else -1.
 */
function officeAfterLam(scan: Scan, k: number): number {
  const { words } = scan
  const word = words[k]!
  const complement = words[k + 1]
  if (word.norm[0] !== 'ل' || word.norm.startsWith('لل') || !complement || !joined(words, k + 1)) return -1
  const title = word.bases.some((b) => b.cut === 1 && (b.flags & WordFlag.TitleHead) !== 0)
  return title && complement.norm.startsWith('ال') && !isFunctionWord(complement) ? k + 1 : -1
}

/** A known body after ل at word `k` (لمنظمة الصحة العالمية), or after لدول. */
function bodyAfterLam(scan: Scan, k: number): Found | undefined {
  const { words } = scan
  const word = words[k]!
  if (word.norm[0] !== 'ل') return undefined
  const at = word.norm === STATES && joined(words, k + 1) ? k + 1 : k
  const body = matchPhrase(scan, at, undefined, organizationPhrases)
  const cut = at === k ? 1 : 0
  if (!body || body.first !== at || body.base.cut !== cut) return undefined
  return foundFrom(scan, body.first, body.last, body.base, body.target, 'name', true)
}

const STATES = norm('لدول')

/** The body over words `i`…`last`: the gazetteer's when it knows the name (as a body or an outlet), else a new one. */
function bodyOver(scan: Scan, i: number, last: number, base: Base): Found {
  const name = displaySpan(scan, i, last, base)
  const key = norm(name)
  const known = organizationsByName.get(key) ?? mediaByName.get(key)
  const target = known ?? {
    kind: institutionHeadSet.has(base.base) ? 'organization' : kindOfBody(scan, i, last),
    name,
  }
  const found = foundFrom(scan, i, last, base, target, 'name', known !== undefined, name)
  // A body's head with its genitive is a name by its form; only its kind may be doubted, which the check cannot mend.
  if (target.kind === 'media') found.vouched = true
  return found
}

/**
 * An outlet when its genitive names news (الهيئة العامة للإذاعة والتلفزيون), else an organisation; an institution's
 * head (`institutionHeads`) keeps it an organisation before it is asked.
 */
function kindOfBody(scan: Scan, first: number, last: number): 'organization' | 'media' {
  for (let k = first + 1; k <= last; k++) if (mediaGenitiveSet.has(scan.words[k]!.norm)) return 'media'
  return 'organization'
}

/** السفارة الأردنية في موسكو: a mission's name runs on to the city it sits in. */
function seatPlace(scan: Scan, last: number): Found | undefined {
  const { words } = scan
  const preposition = words[last + 1]
  if (!preposition || !joined(words, last + 1) || preposition.norm !== IN || !joined(words, last + 2))
    return undefined
  const place = matchPhrase(scan, last + 2, (target) => target.kind === 'location')
  if (place?.base.cut !== 0) return undefined
  return foundFrom(scan, last + 2, place.last, place.base, place.target, 'name', true)
}

const IN = norm('في')
const AND = norm('و')

/** Word `k` after a و written apart is a definite complement: no body's head, function word or verb. */
function spacedComplement(scan: Scan, k: number): boolean {
  const word = scan.words[k]
  if (!word || !joined(scan.words, k) || !word.norm.startsWith('ال') || word.norm.length < 5) return false
  if (isFunctionWord(word) || isVerb(word) || isGivenName(word)) return false
  // المجلس البلدي و المواطنين: people joined after the name are the sentence's, as with والشركاء.
  if (PEOPLE_PLURAL.test(word.norm) || PEOPLE_BROKEN_PLURAL.test(word.norm)) return false
  return !word.bases.some(
    (b) =>
      b.cut === 0 &&
      (organizationHeadSet.has(b.base) || FUNCTION_HEADS.has(b.base) || bodyPluralSet.has(b.base)),
  )
}

/**
 * Word `j` is و before a body's head or a known body or outlet, or before a committee or a plural of bodies
 * (هيئة الشباب والرياضة واللجنة الأولمبية، صندوق شهداء القوات المسلحة والأجهزة الأمنية).
 */
function secondBody(scan: Scan, j: number): boolean {
  const word = scan.words[j]!
  const base = word.bases.find((b) => b.cut === 1)
  if (!base) return false
  if (organizationHeadSet.has(base.base) || FUNCTION_HEADS.has(base.base) || bodyPluralSet.has(base.base))
    return true
  const known =
    matchPhrase(scan, j, undefined, organizationPhrases) ?? matchPhrase(scan, j, undefined, mediaPhrases)
  return known !== undefined && known.base.cut === 1
}

/**
 * A definite participle (المدعوم، المتخصصة، المكلفة، المنعقدة) followed by what it governs: an adverb in -اً, or a
 * preposition (في، من، على، بـ).
 */
function describingParticiple(scan: Scan, j: number): boolean {
  const { words } = scan
  const w = words[j]!.norm
  if (!PARTICIPLE.test(w) || isAdjectiveLike(w)) return false
  const next = words[j + 1]
  if (!next || !joined(words, j + 1)) return false
  if (governedPrepositionSet.has(next.norm)) return true
  // محكمة الجنايات المنعقدة بالتجمع: ب joined to a definite noun (المتحدة is a name's: الأمم المتحدة بالتعاون).
  // A known place after ب is the body's seat (المحكمة الجزائية المتخصصة بالرياض).
  if (next.norm.startsWith('بال') && next.norm.length > 4 && w !== UNITED)
    return matchPhrase(scan, j + 1, (target) => target.kind === 'location')?.base.cut !== 1
  return ADVERB.test(next.norm) && !next.norm.startsWith('ال')
}

const UNITED = norm('المتحدة')

/** A genitive with ل, or a noun و joins to one (للإذاعة والتلفزيون): a definite noun after it is no part of the name. */
function afterGenitive(w: string): boolean {
  return w.startsWith('لل') || w.startsWith('وال')
}

const PARTICIPLE = /^الم.{4,}$/
const PREPOSITION_ARTICLE = /^(?:لل|بال|وال)/
const PEOPLE_PLURAL = /^ال.{3,}(?:ين|ون)$/
/** فُعَلاء, a plural of people (الشركاء، الوزراء، الخبراء); الأنباء، الإحصاء have another pattern. */
const PEOPLE_BROKEN_PLURAL = /^ال[^ا][^ا][^ا]اء$/
const ADVERB = /يا$/

/** Word `i + 1` is a sovereign's title and `i + 2` his name, after a head that names bodies after people. */
function sovereignAfter(scan: Scan, i: number, head: string): boolean {
  const { words } = scan
  if (!NAMED_AFTER_HEADS.has(head) || !joined(words, i + 1) || !joined(words, i + 2)) return false
  const title = words[i + 1]!
  const name = words[i + 2]!
  if (!SOVEREIGN_TITLES.has(title.norm) || name.number) return false
  return !isFunctionWord(name) && !isVerb(name) && !name.norm.startsWith('ال')
}

/**
 * مؤسسة حمد الطبية، مستشفى حمد العام، مركز الحسين للسرطان: a head of bodies named after people, a given name, then an
 * adjective or a genitive with ل that names the body's kind.
 */
function personAfter(scan: Scan, i: number, head: string): boolean {
  const { words } = scan
  if (!NAMED_AFTER_HEADS.has(head) || !joined(words, i + 1) || !joined(words, i + 2)) return false
  const name = words[i + 1]!
  const kind = words[i + 2]!.norm
  // الحسين، الملك: a given name may carry the article.
  const given = isGivenName(name) || (name.norm.startsWith('ال') && isGivenNameAfterArticle(name))
  if (!given || isFunctionWord(name)) return false
  return (kind.startsWith('ال') && isAdjectiveLike(kind)) || (kind.startsWith('لل') && kind.length > 4)
}

/**
 * مستشفى خليفة بن زايد، جامعة محمد بن راشد، مستشفى عائشة بنت حمد العطية: a head of bodies named after people, then a
 * person's name with its lineage (a given name, بن or بنت and a name, again, and a family name with the article);
 * the last word of the name, else -1. The person is the body's namesake, not an entity of the text.
 */
function lineageAfter(scan: Scan, i: number, head: string): number {
  const { words } = scan
  if (!NAMED_AFTER_HEADS.has(head) || !joined(words, i + 1) || !isGivenName(words[i + 1]!)) return -1
  let last = i + 1
  while (
    joined(words, last + 1) &&
    joined(words, last + 2) &&
    descentParticleSet.has(words[last + 1]!.norm) &&
    !isFunctionWord(words[last + 2]!)
  )
    last += 2
  if (last === i + 1) return -1
  const family = words[last + 1]
  return family && joined(words, last + 1) && family.norm.startsWith('ال') && !isFunctionWord(family)
    ? last + 1
    : last
}

/**
 * مركز مصراتة الطبي، مركز قطر للتبرع بالأعضاء، مركز حلب لإعادة التأهيل: a centre, which alone is also a place or
 * a rank (مركز المدينة), names a body after a known place when what it does follows: a medical or health adjective,
 * or a genitive with ل.
 */
function placeAfterCentre(scan: Scan, i: number, head: string): Found | undefined {
  const { words } = scan
  if (!NAMED_ONLY_HEADS.has(head) || !joined(words, i + 1) || !joined(words, i + 2)) return undefined
  const place = matchPhrase(scan, i + 1, (target) => target.kind === 'location')
  if (place?.base.cut !== 0 || place.last !== i + 1) return undefined
  const kind = words[i + 2]!
  // مركز مصر للمعارض والمؤتمرات: a hall of fairs and conferences is a site, not a body.
  if (venueGenitiveSet.has(kind.norm)) return undefined
  const named =
    careAdjectiveSet.has(kind.norm) ||
    (kind.norm.startsWith('لل') && kind.norm.length > 4) ||
    indefiniteGenitive(scan, i + 2)
  return named ? foundFrom(scan, i + 1, i + 1, place.base, place.target, 'name', true) : undefined
}

const CENTRE = norm('مركز')

/**
 * مركز مصر للمعارض والمؤتمرات الدولية، مركز البحرين العالمي للمعارض، مركز إكسبو الشارقة: a hall of fairs and
 * conferences is a site, named with its head, and the known place in its name besides.
 */
function matchVenue(scan: Scan, i: number, base: Base): Found | undefined {
  const { words } = scan
  let last = -1
  if (joined(words, i + 1) && expoSet.has(words[i + 1]!.norm)) {
    const name = words[i + 2]
    if (name && joined(words, i + 2) && !isFunctionWord(name) && !isVerb(name) && !name.number) last = i + 2
  } else {
    for (let j = i + 2; j <= i + 4 && j < words.length && joined(words, j); j++) {
      const word = words[j]!
      if (venueGenitiveSet.has(word.norm)) {
        last = j
        break
      }
      if (word.number || isFunctionWord(word) || isVerb(word)) break
    }
  }
  if (last < 0) return undefined
  while (joined(words, last + 1) && venueTailSet.has(words[last + 1]!.norm)) last++
  const venue = foundFrom(
    scan,
    i,
    last,
    base,
    { kind: 'location', name: displaySpan(scan, i, last, base) },
    'name',
    false,
  )
  const first = expoSet.has(words[i + 1]!.norm) ? i + 2 : i + 1
  const place = matchPhrase(scan, first, (target) => target.kind === 'location')
  if (place?.base.cut === 0 && place.last <= last)
    venue.nested = [foundFrom(scan, first, place.last, place.base, place.target, 'name', true)]
  return venue
}

// Loops, not closures: a closure over a local gives every call of its function a context to allocate.
function placeBodyHead(word: Word, next: Word): Base | undefined {
  for (let n = 0; n < word.bases.length; n++) {
    const b = word.bases[n]!
    if (b.cut <= 1 && PLACE_BODY_HEAD_PAIRS.has(b.base, next.norm)) return b
  }
  return undefined
}

function endingBy(found: readonly Found[], last: number): Found[] {
  const kept: Found[] = []
  for (const f of found) if (f.last <= last) kept.push(f)
  return kept
}

/** ولاية أمن الدار البيضاء: a body named by its two-word head and the known place it serves, the place nested. */
function placeBody(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const next = words[i + 1]
  const base = next && placeBodyHead(words[i]!, next)
  if (!base || !joined(words, i + 1) || !joined(words, i + 2)) return undefined
  const place = matchPhrase(scan, i + 2, (target) => target.kind === 'location')
  if (place?.base.cut !== 0) return undefined
  const name = displaySpan(scan, i, place.last, base)
  const found = foundFrom(scan, i, place.last, base, { kind: 'organization', name }, 'name', false)
  found.nested = [foundFrom(scan, i + 2, place.last, place.base, place.target, 'name', true)]
  return found
}

/** An organ of a body before the body it belongs to (اللجنة المركزية لحركة فتح): see `organsOfBodies`. */
function matchOrgan(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const next = words[i + 1]
  const base = words[i]!.bases.find((b) => b.cut === 0 || (b.cut === 1 && b.base.startsWith('ال')))
  if (!base || !next || !joined(words, i + 1) || !ofNamedBody(scan, i + 2)) return undefined
  if (!ORGAN_PAIRS.has(base.base, next.norm)) return undefined
  const name = displaySpan(scan, i, i + 1, base)
  return foundFrom(scan, i, i + 1, base, { kind: 'organization', name }, 'name', false)
}

/**
 * اللجنة التنفيذية لمنظمة التحرير، اللجنة المركزية لحركة فتح: an organ named by its function and the body it
 * belongs to (ل on that body's head or name) is a body of its own.
 */
function ofNamedBody(scan: Scan, k: number): boolean {
  const { words } = scan
  const word = words[k]
  if (!word || !joined(words, k) || word.norm[0] !== 'ل') return false
  return word.bases.some(
    (b) => b.cut === 1 && (organizationHeadSet.has(b.base) || organizationsByName.has(b.base)),
  )
}

function allGeneric(scan: Scan, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!GENERIC_ADJECTIVES.has(scan.words[k]!.norm)) return false
  return true
}

/** A name in quote marks right after a head: the span inside the marks, matched against the gazetteer. */
function quotedName(scan: Scan, i: number): Found | undefined {
  const quote = scan.quoteOpeningAt.get(i + 1)
  if (!quote || quote.depth > 0 || quote.continued) return undefined
  const last = lastWordBefore(scan, quote.close)
  if (last < i + 1 || last - i > 6) return undefined
  // وقال إن المؤسسة "تواجه صعوبات": words that open with a verb are what is said of the body, not its name.
  if (scan.words[i]!.norm.startsWith('ال') && opensPredicate(scan, i + 1, quote.close)) return undefined
  const inside = scan.text.slice(quote.open + 1, quote.close)
  const key = norm(inside.trim())
  const known = organizationsByName.get(key) ?? mediaByName.get(key)
  const target: Target = known ?? { kind: 'organization', name: displayForm(inside) }
  return foundFrom(scan, i + 1, last, scan.words[i + 1]!.bases[0]!, target, 'name', known !== undefined)
}

/** Words of a quoted name apposed to a described body. */
const MAX_APPOSED_NAME_WORDS = 3
const FIRST_PERSON_PRESENT = /^[نأ].{3}$/

/**
 * A name in quote marks right after a body's description ending at word `last` (`شركة … الحكومية "سوناطراك"`): one to
 * three words, the first no function word, verb, ordinary word of news or word behind a particle, and not what is
 * said of the body (`المحكمة العليا "ترفض الطعن"`).
 */
function apposedQuotedName(scan: Scan, last: number): Found | undefined {
  const { words } = scan
  const first = last + 1
  const quote = scan.quoteOpeningAt.get(first)
  if (!quote || quote.depth > 0 || quote.continued) return undefined
  const word = words[first]
  if (!word || word.sentence !== words[last]!.sentence) return undefined
  if (scan.text.slice(words[last]!.end, quote.open).trim() !== '') return undefined
  const end = lastWordBefore(scan, quote.close)
  if (end < first || end - first >= MAX_APPOSED_NAME_WORDS) return undefined
  for (let k = first + 1; k <= end; k++) if (words[k]!.number || isVerb(words[k]!)) return undefined
  const base = word.bases[0]!
  if (word.bases.length > 1 || base.cut > 0 || word.number || isFunctionWord(word) || isVerb(word))
    return undefined
  if (commonWordSet.has(word.norm) || word.norm.startsWith('ال') || looksVerbal(word)) return undefined
  // الناطق باسم الوزارة « NAME1 NAME2 »: a given name and more words in the marks are a person's name, whose role the
  // body serves, not the body's other name.
  if (end > first && isGivenName(word)) return undefined
  // "نرفض التأجيل": words of speech open with a verb, in the first person too.
  if (opensPredicate(scan, first, quote.close) || (end > first && FIRST_PERSON_PRESENT.test(word.norm)))
    return undefined
  const inside = scan.text.slice(quote.open + 1, quote.close)
  const key = norm(inside.trim())
  const known = organizationsByName.get(key) ?? mediaByName.get(key)
  const target: Target = known ?? { kind: 'organization', name: displayForm(inside) }
  return foundFrom(scan, first, end, base, target, 'name', known !== undefined)
}

export function lastWordBefore(scan: Scan, offset: number): number {
  const { words } = scan
  let low = 0
  let high = words.length - 1
  let found = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (words[mid]!.end <= offset) {
      found = mid
      low = mid + 1
    } else high = mid - 1
  }
  return found
}

/** A nisba right after a name (موقع "ستاندرد" البريطاني): the place it points to, for the gloss. */
export function nisbaAfter(scan: Scan, last: number): string | undefined {
  const next = scan.words[last + 1]
  if (!next || next.sentence !== scan.words[last]!.sentence) return undefined
  const gap = next.gap
  if (gap.length > 3) return undefined
  return nisbaPlaces.get(next.norm)
}

/** Word `k` is an ordinal with the article joined to the word before it (المرتبة الثالثة). */
function ordinalAfter(words: readonly Word[], k: number): boolean {
  const word = words[k]
  return (
    word !== undefined &&
    joined(words, k) &&
    word.norm.startsWith('ال') &&
    NUMBER_WORDS.has(word.norm.slice(2))
  )
}

/** آلية، وآلياته: a word whose ا of ال is written آ (behind و or ف at most), so no article. */
function writtenWithMadda(raw: string): boolean {
  const at = raw.charCodeAt(0) === WAW_LETTER || raw.charCodeAt(0) === FEH_LETTER ? 1 : 0
  return raw.charCodeAt(at) === MADDA_ALEF && raw.charCodeAt(at + 1) === LAM_LETTER
}

const WAW_LETTER = 0x0648
const FEH_LETTER = 0x0641
const MADDA_ALEF = 0x0622
const LAM_LETTER = 0x0644

/** An abstract noun (تقنية، سياسة) or a verbal noun تفعيل (تطوير): a portfolio, not people (أولياء، موظفو). */
const PORTFOLIO_NOUN = /^(?:.{3,}ة|ت..ي.)$/

/**
 * و on a noun without the article at `j`, after the joined complement at `last`, and a definite genitive after it
 * (والاتصالات وتقنية المعلومات): one more item of the body's list of portfolios.
 */
function coordinatedConstruct(scan: Scan, j: number, last: number): boolean {
  const { words } = scan
  const word = words[j]!
  const genitive = words[j + 1]
  if (!words[last]!.norm.startsWith('وال') || word.norm[0] !== 'و' || word.norm.startsWith('وال'))
    return false
  if (word.norm.length < 4 || !genitive || !joined(words, j + 1) || !genitive.norm.startsWith('ال'))
    return false
  if (!PORTFOLIO_NOUN.test(word.norm.slice(1))) return false
  return (
    !isFunctionWord(genitive) &&
    !isVerb(genitive) &&
    !isGivenName(genitive) &&
    !isAdjectiveLike(genitive.norm)
  )
}
