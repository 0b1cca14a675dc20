// Generates src/lang/ar/generated/*.ts from well-kept public data, so that places and month names come from a
// source that others maintain rather than from hand lists. Run `pnpm --filter @marsad/core data:generate`; the
// output is committed, and the package never downloads anything at run time.
//
// Sources (pinned; fetched from the npm registry with `npm pack`, nothing else is reached):
// - Unicode CLDR 48 through the `cldr` package's XML (Unicode-3.0 licence): Arabic territory names, the names of
//   subdivisions (provinces, governorates, wilayas, regions), exemplar city names of time zones, and the month
//   names of every ar-* locale. Only the data is used, not the package's code.
// - `i18n-iso-countries` (MIT): Arabic country names with their alternative forms.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const CLDR_PACKAGE = 'cldr@8.0.0'
const COUNTRIES_PACKAGE = 'i18n-iso-countries@7.14.0'
const OUT = fileURLToPath(new URL('../src/lang/ar/generated/', import.meta.url))

/** Members of the Arab League (ISO 3166 alpha-2): their subdivisions are the places Arabic news names most. */
const ARAB_STATES = 'dz bh km dj eg iq jo kw lb ly mr ma om ps qa sa so sd sy tn ae ye'.split(' ')

function unpack(spec: string, files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-data-'))
  const tarball = execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' }).trim()
  execFileSync('tar', ['-xzf', tarball, '--wildcards', ...files.map((file) => `package/${file}`)], {
    cwd: dir,
  })
  return join(dir, 'package')
}

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

/** `<tag type="…" …>text</tag>` elements of an XML fragment: [type, attributes, text]. */
function elements(xml: string, tag: string): [string, string, string][] {
  const pattern = new RegExp(`<${tag} type="([^"]+)"([^>]*)>([^<]*)</${tag}>`, 'g')
  return [...xml.matchAll(pattern)].map((m) => [m[1]!, m[2]!, decode(m[3]!.trim())])
}

function section(xml: string, tag: string): string {
  const start = xml.indexOf(`<${tag}>`)
  return start < 0 ? '' : xml.slice(start, xml.indexOf(`</${tag}>`, start))
}

function territories(cldr: string, isoNames: Record<string, string | string[]>) {
  const xml = section(readFileSync(`${cldr}/3rdparty/cldr/common/main/ar.xml`, 'utf8'), 'territories')
  const byCode = new Map<string, Set<string>>()
  for (const [code, , name] of elements(xml, 'territory')) {
    if (!/^[A-Z]{2}$/.test(code) || !name) continue
    byCode.set(code, (byCode.get(code) ?? new Set()).add(name))
  }
  for (const [code, names] of Object.entries(isoNames)) {
    for (const name of [names].flat()) byCode.set(code, (byCode.get(code) ?? new Set()).add(name))
  }
  return [...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([code, names]) => [code, ...names])
}

function subdivisions(cldr: string) {
  const xml = readFileSync(`${cldr}/3rdparty/cldr/common/subdivisions/ar.xml`, 'utf8')
  return elements(xml, 'subdivision')
    .filter(([code]) => ARAB_STATES.includes(code.slice(0, 2)))
    .map(([code, , name]) => [code, name])
    .sort(([a], [b]) => a!.localeCompare(b!))
}

function cities(cldr: string) {
  const xml = readFileSync(`${cldr}/3rdparty/cldr/common/main/ar.xml`, 'utf8')
  const pattern =
    /<zone type="([^"]+)">\s*(?:<[^>]+>[^<]*<\/[^>]+>\s*)*?<exemplarCity>([^<]+)<\/exemplarCity>/g
  const seen = new Map<string, string>()
  for (const m of xml.matchAll(pattern)) if (!seen.has(m[1]!)) seen.set(m[1]!, decode(m[2]!.trim()))
  return [...new Set(seen.values())].sort()
}

/** Gregorian month names (format and stand-alone, wide) of every ar-* locale, each name once per month. */
function months(cldr: string) {
  const byMonth = new Map<number, Set<string>>()
  const locales = execFileSync('ls', [`${cldr}/3rdparty/cldr/common/main/`], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => /^ar(_[A-Z0-9]+)?\.xml$/.test(file))
  for (const file of locales) {
    const xml = readFileSync(`${cldr}/3rdparty/cldr/common/main/${file}`, 'utf8')
    const gregorian = xml.match(/<calendar type="gregorian">([\s\S]*?)<\/calendar>/)?.[1] ?? ''
    for (const width of gregorian.matchAll(/<monthWidth type="wide">([\s\S]*?)<\/monthWidth>/g)) {
      for (const [month, , name] of elements(width[1]!, 'month')) {
        if (!name || name.length < 3) continue
        const set = byMonth.get(Number(month)) ?? new Set()
        byMonth.set(Number(month), set.add(name))
      }
    }
  }
  return [...byMonth].sort(([a], [b]) => a - b).map(([, names]) => [...names].sort())
}

function write(file: string, header: string, body: string) {
  writeFileSync(`${OUT}${file}`, `${header}\n${body}\n`)
}

const HEADER = `// Generated by packages/core/scripts/generate-language-data.ts — do not edit by hand.
// Data of Unicode CLDR 48 (${CLDR_PACKAGE}; Unicode-3.0 licence, © Unicode, Inc.) and ${COUNTRIES_PACKAGE} (MIT).`

const cldr = unpack(CLDR_PACKAGE, [
  '3rdparty/cldr/common/main/ar*.xml',
  '3rdparty/cldr/common/subdivisions/ar.xml',
])
const iso = unpack(COUNTRIES_PACKAGE, ['langs/ar.json'])
try {
  const isoNames = JSON.parse(readFileSync(`${iso}/langs/ar.json`, 'utf8')).countries
  const json = (value: unknown) => JSON.stringify(value)
  write(
    'places.ts',
    HEADER,
    [
      '/** States and territories: the ISO 3166 alpha-2 code, then every Arabic name either source gives. */',
      `export const territoryNames: readonly (readonly string[])[] = ${json(territories(cldr, isoNames))}`,
      '',
      "/** Subdivisions of the Arab League's states: the ISO 3166-2 code in lower case, and the name as CLDR writes it. */",
      `export const subdivisionNames: readonly (readonly [string, string])[] = ${json(subdivisions(cldr))}`,
      '',
      '/** Exemplar cities of the time zones. */',
      `export const exemplarCities: readonly string[] = ${json(cities(cldr))}`,
    ].join('\n'),
  )
  write(
    'months.ts',
    HEADER,
    `/** Gregorian month names of every ar-* locale, January first. */\nexport const gregorianMonthNames: readonly (readonly string[])[] = ${json(months(cldr))}`,
  )
} finally {
  rmSync(join(cldr, '..'), { recursive: true, force: true })
  rmSync(join(iso, '..'), { recursive: true, force: true })
}
