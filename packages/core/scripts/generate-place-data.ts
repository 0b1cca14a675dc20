// Generates src/lang/ar/generated/administrative-places.ts: the Arabic names of the administrative divisions of
// Arab states below what CLDR lists (Algeria's daïras and communes, Egypt's cities and districts, Yemen's districts
// and ʿuzlas, Morocco's provinces and communes, Saudi Arabia's towns), from sources whose licence fits the package's
// MIT licence. Run `pnpm --filter @marsad/core
// data:places`; the output is committed, and the package never downloads anything at run time.
//
// Sources (pinned):
// - `@dzcode-io/leblad` 1.0.3 on npm (MIT, © 2020 dzCode.io): Algeria's 48 wilayas, 557 daïras, 1,550 communes,
//   fetched with `npm pack`.
// - github.com/Tech-Labs/egypt-governorates-and-cities-db at b1afbfb (MIT, © 2016 Ibrahim Mohamed Abotaleb):
//   Egypt's 27 governorates and 396 cities and districts, `cities.json` and `governorates.json`.
// - github.com/YemenOpenSource/Yemen-info at 66048a8 (MIT, © 2022 Yemen Open Source): Yemen's 22 governorates,
//   333 districts and 2,064 ʿuzlas, `yemen-info.json`.
// - github.com/mahdiboughrous/moroccan-administrative-division-data at 6f017e7 (MIT, © 2024 Mahdi Boughrous):
//   Morocco's 12 regions, 75 provinces and prefectures and 881 communes: `data/regions.json`,
//   `data/region-divisions.json` and `data/communes.json`, saved as `morocco-regions.json`,
//   `morocco-region-divisions.json` and `morocco-communes.json`.
// - github.com/yasseralsamman/saudi-municipal-coding at 2dc5a0d (data CC0-1.0, from the Saudi ministry's Unified
//   Municipal Coding): Saudi Arabia's 13 regions, 15,513 settlements and 21,235 districts, `data/source/regions.json`,
//   `cities.json` and `districts.json`, saved as `saudi-regions.json`, `saudi-cities.json` and `saudi-districts.json`.
// - GeoNames (geonames.org, CC BY 4.0), the Arabic names of the towns of 15,000 people or more of every Arab state, from
//   Debian's libgeonames 0.3.0-1: see `geonames-towns.ts` for the two files to put in `scripts/downloads/`.
// The GitHub files are read from `scripts/downloads/` (git-ignored): put them there under those names first.
// Only the names are taken, never code.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { encodeFrontCoded } from '../src/lang/ar/front-coding.ts'
import { norm } from '../src/lang/ar/spelling.ts'
import { geoNamesTowns } from './geonames-towns.ts'
import { discard, unpack } from './npm-data.ts'

const LEBLAD_PACKAGE = '@dzcode-io/leblad@1.0.3'
const DOWNLOADS = fileURLToPath(new URL('downloads/', import.meta.url))
const OUT = fileURLToPath(new URL('../src/lang/ar/generated/administrative-places.ts', import.meta.url))

/** Nouns a source writes before a name that is also the governorate's (مدينة ذمار): the name is the rest. */
const LEADING_HEADS = new Set(['مدينة', 'مركز', 'قسم', 'حي', 'مديرية'])

/** Moroccan ݣ and ڭ (g) are written ك in most of the press: a name with them is listed both ways. */
const MAGHREB_GAF = /[\u0763\u06AD]/g

/**
 * A source's name as place names: vowel marks and elongation gone, one space between words, no leading head noun,
 * and its other spelling where it has a Maghreb letter.
 */
function cleanName(raw: string): string[] {
  return raw
    .split('/')
    .map((part) =>
      part
        .replace(/[\u064B-\u0652\u0640]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .map((part) => {
      const [first, ...rest] = part.split(' ')
      return LEADING_HEADS.has(first!) && rest.length > 0 ? rest.join(' ') : part
    })
    .filter((part) => /^[\u0621-\u064A\u0670\u0671\u06A4\u06AD\u06AF\u0763 ]+$/.test(part))
    .flatMap((part) => (part.match(MAGHREB_GAF) ? [part, part.replace(MAGHREB_GAF, 'ك')] : [part]))
}

/** One state's names, each once by its normalised form, in the spelling the source gave first. */
class NameList {
  private readonly byNorm = new Map<string, string>()
  add(raw: string | undefined): void {
    for (const name of cleanName(raw ?? '')) {
      const key = norm(name)
      if (key.length > 1 && !this.byNorm.has(key)) this.byNorm.set(key, name)
    }
  }
  has(name: string): boolean {
    return this.byNorm.has(norm(name))
  }
  /** The name as this list writes it (its first spelling), or undefined. */
  spelling(name: string): string | undefined {
    return this.byNorm.get(norm(name))
  }
  names(): string[] {
    return [...this.byNorm.values()].sort((a, b) => a.localeCompare(b, 'ar'))
  }
}

interface Named {
  name_ar?: string
}

/**
 * A state's lists: `names` its divisions and towns, `cued` those named only after a head noun, `towns` those news
 * also names alone (الطائف), so that a town of one word needs no head where the article names its state.
 */
interface StateLists {
  names: NameList
  cued: NameList
  towns: NameList
}

function algeria(): StateLists {
  const leblad = unpack(LEBLAD_PACKAGE, ['data/WilayaList.json', 'LICENSE'])
  try {
    const wilayas: (Named & { dairats?: (Named & { baladyiats?: Named[] })[] })[] = JSON.parse(
      readFileSync(`${leblad}/data/WilayaList.json`, 'utf8'),
    )
    const names = new NameList()
    for (const wilaya of wilayas) {
      names.add(wilaya.name_ar)
      for (const daira of wilaya.dairats ?? []) {
        names.add(daira.name_ar)
        for (const commune of daira.baladyiats ?? []) names.add(commune.name_ar)
      }
    }
    return { names, cued: new NameList(), towns: new NameList() }
  } finally {
    discard(leblad)
  }
}

/** The rows of a phpMyAdmin JSON export's one table. */
function tableRows<T>(file: string): T[] {
  const dump: { type: string; data?: T[] }[] = JSON.parse(readFileSync(download(file), 'utf8'))
  return dump.find((entry) => entry.type === 'table')?.data ?? []
}

function download(file: string): string {
  const path = `${DOWNLOADS}${file}`
  if (!existsSync(path)) throw new Error(`${path} is missing: see the sources at the top of this script`)
  return path
}

function egypt(): StateLists {
  const names = new NameList()
  for (const row of tableRows<{ governorate_name_ar: string }>('egypt-governorates.json'))
    names.add(row.governorate_name_ar)
  for (const row of tableRows<{ city_name_ar: string }>('egypt-cities.json')) names.add(row.city_name_ar)
  return { names, cued: new NameList(), towns: new NameList() }
}

/** Yemen's ʿuzlas (عزلة), villages and tribal lands mostly, are taken only after a head noun: `cued`. */
function yemen(): StateLists {
  const data: {
    governorates: (Named & { districts: (Named & { uzaal?: Named[] })[] })[]
  } = JSON.parse(readFileSync(download('yemen-info.json'), 'utf8'))
  const names = new NameList()
  const cued = new NameList()
  for (const governorate of data.governorates) {
    names.add(governorate.name_ar)
    for (const district of governorate.districts) {
      names.add(district.name_ar)
      for (const uzla of district.uzaal ?? []) cued.add(uzla.name_ar)
    }
  }
  return { names, cued, towns: new NameList() }
}

interface Multilingual {
  name: { ar?: string }
}

/** Morocco's regions, provinces and prefectures, and communes. */
function morocco(): StateLists {
  const names = new NameList()
  const files: [string, string][] = [
    ['morocco-regions.json', 'regions'],
    ['morocco-region-divisions.json', 'region_divisions'],
    ['morocco-communes.json', 'communes'],
  ]
  for (const [file, key] of files) {
    const rows: Multilingual[] = JSON.parse(readFileSync(download(file), 'utf8'))[key]
    for (const row of rows) names.add(row.name.ar)
  }
  return { names, cued: new NameList(), towns: new NameList() }
}

/** A Saudi settlement split into this many districts or more is a town (15,300 of the 15,513 are villages of 1 or 2). */
const TOWN_DISTRICTS = 3

/** A Saudi name in its parts: `صبيا - الخليف` is a town and its quarter, `العطوف (صبح)` a name and a gloss. */
function saudiNames(raw: string): string[] {
  return raw
    .replace(/\([^)]*\)/g, '')
    .split(' - ')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('مخطط'))
}

/** Saudi Arabia's regions, and its towns: the settlements the municipal coding divides into several districts. */
function saudiArabia(): StateLists {
  const names = new NameList()
  const towns = new NameList()
  for (const region of JSON.parse(readFileSync(download('saudi-regions.json'), 'utf8')) as Named[])
    names.add(region.name_ar)
  const districts = new Map<number, number>()
  for (const district of JSON.parse(readFileSync(download('saudi-districts.json'), 'utf8')) as {
    city_id: number
  }[])
    districts.set(district.city_id, (districts.get(district.city_id) ?? 0) + 1)
  const settlements: (Named & { city_id: number })[] = JSON.parse(
    readFileSync(download('saudi-cities.json'), 'utf8'),
  )
  for (const settlement of settlements) {
    if ((districts.get(settlement.city_id) ?? 0) < TOWN_DISTRICTS) continue
    for (const name of saudiNames(settlement.name_ar ?? '')) {
      names.add(name)
      towns.add(name)
    }
  }
  return { names, cued: new NameList(), towns }
}

/** The Arab League's states by ISO 3166 code, each as the `name` of its entry of `countries`. */
const ARAB_STATES: Readonly<Record<string, string>> = {
  DZ: 'الجزائر',
  EG: 'مصر',
  YE: 'اليمن',
  MA: 'المغرب',
  SA: 'السعودية',
  SY: 'سوريا',
  LB: 'لبنان',
  IQ: 'العراق',
  JO: 'الأردن',
  PS: 'فلسطين',
  OM: 'عُمان',
  KW: 'الكويت',
  QA: 'قطر',
  BH: 'البحرين',
  AE: 'الإمارات',
  LY: 'ليبيا',
  TN: 'تونس',
  MR: 'موريتانيا',
  SD: 'السودان',
  SO: 'الصومال',
  DJ: 'جيبوتي',
  KM: 'جزر القمر',
}

const states = new Map<string, StateLists>([
  ['الجزائر', algeria()],
  ['مصر', egypt()],
  ['اليمن', yemen()],
  ['المغرب', morocco()],
  ['السعودية', saudiArabia()],
])
// GeoNames' towns of 15,000 people or more are towns news names alone, in every Arab state.
for (const town of geoNamesTowns(download('geonames-cities.compiled'), download('geonames-ar.mo'))) {
  const state = ARAB_STATES[town.state]
  if (state === undefined || town.name === undefined) continue
  if (!states.has(state))
    states.set(state, { names: new NameList(), cued: new NameList(), towns: new NameList() })
  const lists = states.get(state)!
  // GeoNames writes a few names with a direction mark or a gloss in brackets: الدويم (مدينة).
  const name = town.name.replace(/[\u200e\u200f]/g, '').replace(/\s*\([^)]*\)/g, '')
  lists.names.add(name)
  lists.towns.add(name)
}
const rows = [...states].map(([country, { names, cued, towns }]) => {
  const onlyCued = cued.names().filter((name) => !names.has(name))
  // Each town as `names` writes it, so that registering compares the strings without normalising them again.
  const townNames = towns.names().map((name) => names.spelling(name) ?? name)
  const coded = (list: string[]) => encodeFrontCoded(list.sort())
  return `  { country: '${country}', names: '${coded(names.names())}', cued: '${coded(onlyCued)}', towns: '${coded(townNames)}' },`
})
writeFileSync(
  OUT,
  `// Generated by packages/core/scripts/generate-place-data.ts — do not edit by hand.
// Data of ${LEBLAD_PACKAGE} (MIT, © 2020 dzCode.io), Tech-Labs/egypt-governorates-and-cities-db (MIT, © 2016
// Ibrahim Mohamed Abotaleb), YemenOpenSource/Yemen-info (MIT, © 2022 Yemen Open Source),
// mahdiboughrous/moroccan-administrative-division-data (MIT, © 2024 Mahdi Boughrous),
// yasseralsamman/saudi-municipal-coding (data CC0-1.0) and GeoNames (geonames.org, CC BY 4.0; the Arabic names of
// towns of 15,000 people or more, as Debian's libgeonames 0.3.0-1 ships them).
/**
 * Administrative divisions of Arab states by state (the \`name\` of an entry of \`countries\`): \`names\` are
 * governorates, districts, communes and towns, \`cued\` places named only after a head noun (عزلة، قرية), \`towns\`
 * those of \`names\` news names alone too (الطائف), in the sources' spelling. Each list is front-coded
 * (\`front-coding.ts\`; \`places.ts\` decodes it when it is registered): about 3.5 KB less gzipped than joined by |, and 4.6 KB less again with the letter step.
 */
export const administrativePlaces: readonly { country: string; names: string; cued: string; towns: string }[] = [
${rows.join('\n')}
]
`,
)
