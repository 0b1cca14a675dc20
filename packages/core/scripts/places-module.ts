// The text of `src/lang/ar/generated/places.ts` (after its header) from CLDR's and i18n-iso-countries' names, as
// `generate-language-data.ts` writes it. The names are stored with the letter step of `front-coding.ts` (each Arabic
// letter one ASCII letter): 9.3 KB gzipped as arrays of strings, 6.6 KB so; the arrays are built once at load.
import { encodeArabicText } from '../src/lang/ar/front-coding.ts'

export function placesModule(
  territories: readonly (readonly string[])[],
  subdivisions: readonly (readonly [string, string])[],
  cities: readonly string[],
): string {
  // Names separated by `,` within a row and `|` between rows or cities, so neither may be in a name.
  const stored = (list: readonly string[]) =>
    list.map((name) => {
      if (name.length === 0 || /[|,'\\]/.test(name)) throw new Error(`Cannot store the name "${name}"`)
      return name
    })
  const literal = (text: string) => `'${encodeArabicText(text)}'`
  const codes = (list: readonly string[]) => {
    for (const code of list)
      if (!/^[A-Za-z0-9]+$/.test(code)) throw new Error(`Cannot store the code "${code}"`)
    return `'${list.join(' ')}'`
  }
  return [
    "import { decodeArabicText } from '../front-coding.ts'",
    '',
    '/** States and territories: the ISO 3166 alpha-2 code, then every Arabic name either source gives. */',
    'export const territoryNames: readonly (readonly string[])[] = rows(',
    `  ${codes(territories.map(([code]) => code!))},`,
    `  ${literal(territories.map(([, ...list]) => stored(list).join(',')).join('|'))},`,
    ')',
    '',
    "/** Subdivisions of the Arab League's states: the ISO 3166-2 code in lower case, and the name as CLDR writes it. */",
    'export const subdivisionNames = rows<readonly [string, string]>(',
    `  ${codes(subdivisions.map(([code]) => code))},`,
    `  ${literal(stored(subdivisions.map(([, name]) => name)).join('|'))},`,
    ')',
    '',
    '/** Exemplar cities of the time zones. */',
    'export const exemplarCities: readonly string[] = decodeArabicText(',
    `  ${literal(stored(cities).join('|'))},`,
    ").split('|')",
    '',
    '/** Rows of a code (from `codes`, split at spaces) and its names (a row of `coded`, split at commas). */',
    'function rows<Row extends readonly string[] = string[]>(codes: string, coded: string): Row[] {',
    "  const names = decodeArabicText(coded).split('|')",
    "  return codes.split(' ').map((code, i) => {",
    "    const row = names[i]!.split(',')",
    '    // Not `[code, ...row]`: run once, cold, a spread took half as long again as `unshift` (CPU time, a fresh process).',
    '    row.unshift(code)',
    '    return row as readonly string[] as Row',
    '  })',
    '}',
  ].join('\n')
}
